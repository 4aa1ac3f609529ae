# Writes a C++ source that holds every schemas/NNN_name.sql migration as a string, in order.
# Run as: cmake -DSCHEMA_DIR=... -DOUTPUT=... -P EmbedMigrations.cmake
file(GLOB migrations RELATIVE "${SCHEMA_DIR}" "${SCHEMA_DIR}/[0-9][0-9][0-9]_*.sql")
list(SORT migrations)

set(body "")
set(expected 1)
foreach(name IN LISTS migrations)
  string(SUBSTRING "${name}" 0 3 number)
  math(EXPR number "${number}")
  if(NOT number EQUAL expected)
    message(FATAL_ERROR "migration ${name}: expected number ${expected}; migrations must be numbered without gaps")
  endif()
  math(EXPR expected "${expected} + 1")
  file(READ "${SCHEMA_DIR}/${name}" sql)
  string(APPEND body "    {${number}, \"${name}\", R\"peer_sql(${sql})peer_sql\"},\n")
endforeach()

file(WRITE "${OUTPUT}.tmp"
"// Generated from schemas/*.sql by cmake/EmbedMigrations.cmake. Do not edit.\n"
"#include \"migrations.hpp\"\n\n"
"namespace peer::journal {\n\n"
"const std::vector<Migration>& migrations()\n{\n"
"    static const std::vector<Migration> all{\n${body}    };\n"
"    return all;\n}\n\n"
"} // namespace peer::journal\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
