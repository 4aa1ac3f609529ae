# Every dependency comes from a Debian 12 package. A missing one stops the configure step with
# the name of the package that provides it.

function(peer_require package debian_package)
  find_package(${package} CONFIG QUIET)
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "peer needs ${package}, which was not found.\n"
      "On Debian 12 install it with: apt-get install ${debian_package}\n"
      "(or run the set-up command in README.md, which installs everything).")
  endif()
endfunction()

peer_require(CLI11 libcli11-dev)
peer_require(SQLiteCpp libsqlitecpp-dev)
peer_require(fmt libfmt-dev)
peer_require(tomlplusplus libtomlplusplus-dev)
peer_require(nlohmann_json nlohmann-json3-dev)
peer_require(doctest doctest-dev)
peer_require(utf8cpp libutfcpp-dev)
peer_require(simdjson libsimdjson-dev) # reading exports (lib/exchange/export_read.cpp)

find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
  message(FATAL_ERROR "peer needs SQLite 3. On Debian 12: apt-get install libsqlite3-dev")
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(UTF8PROC QUIET IMPORTED_TARGET libutf8proc)
  pkg_check_modules(NETTLE QUIET IMPORTED_TARGET nettle)
endif()
if(NOT UTF8PROC_FOUND)
  message(FATAL_ERROR "peer needs utf8proc. On Debian 12: apt-get install libutf8proc-dev pkg-config")
endif()
# Nettle: SHA-1 for name-based UUIDs (the ids of xAPI statements, peer/core/uuid.hpp).
if(NOT NETTLE_FOUND)
  message(FATAL_ERROR "peer needs Nettle. On Debian 12: apt-get install nettle-dev pkg-config")
endif()
