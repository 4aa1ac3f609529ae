# Timing helpers that bench/run.sh and bench/exchange.sh share (sourced, not run).

seconds() { # seconds COMMAND...: the wall time of one run (bash's clock: no process to start)
    local start end
    start=$EPOCHREALTIME
    "$@" >/dev/null
    end=$EPOCHREALTIME
    echo "$end - $start" | bc -l
}
lower() { # lower BEST T: T if BEST is empty or T is lower, else BEST
    if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi
}
best_of() { # best_of N COMMAND...: the fastest of N runs
    local n=$1 best=""
    shift
    for _ in $(seq "$n"); do
        best=$(lower "$best" "$(seconds "$@")")
    done
    echo "$best"
}
ratio() { echo "scale=2; $1 / $2" | bc -l; }
report() { printf '%-58s %9.3f s  %9.3f s  %6s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")"; }
machine() { # the machine and the versions compared
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "peer: $("$1" --version); sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
}
