#!/usr/bin/env python3
"""Types a command into an interactive bash at a real terminal, answers what it shows, then
closes the terminal as a window closes: the shell gets SIGHUP, passes it on to its job, and
the command's reads fail with EIO.

    close_terminal.py COMMAND [SHOWN TYPED]...

For each pair, waits (up to ten seconds) until the terminal shows SHOWN, then types TYPED.
Then closes the terminal and waits until COMMAND's process is gone (up to ten seconds).
Prints what the terminal showed on stdout. Exit status 0 when every SHOWN was seen."""

import os
import pty
import select
import sys
import time


def read_until(fd, shown, seen, timeout=10.0):
    end = time.monotonic() + timeout
    while shown not in seen:
        left = end - time.monotonic()
        if left <= 0:
            return seen, False
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return seen, False
            if not data:
                return seen, False
            seen += data.decode("utf-8", "replace")
    return seen, True


def running(command):
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                words = f.read().split(b"\0")
        except OSError:
            continue
        if b" ".join(w for w in words if w).decode("utf-8", "replace") == command:
            return True
    return False


def wait_until_gone(command, timeout=10.0):
    end = time.monotonic() + timeout
    while running(command) and time.monotonic() < end:
        time.sleep(0.05)


def main():
    command, pairs = sys.argv[1], sys.argv[2:]
    env = dict(os.environ, PS1="$ ", TERM="dumb")
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe("bash", ["bash", "--norc", "--noprofile", "-i"], env)
    seen, ok = read_until(fd, "$ ", "")
    os.write(fd, (command + "\n").encode())
    for shown, typed in zip(pairs[0::2], pairs[1::2]):
        seen, ok = read_until(fd, shown, seen)
        if not ok:
            break
        os.write(fd, typed.encode())
    time.sleep(0.2)
    os.close(fd)  # the window closes: the terminal hangs up
    os.waitpid(pid, 0)
    wait_until_gone(command)
    sys.stdout.write(seen)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
