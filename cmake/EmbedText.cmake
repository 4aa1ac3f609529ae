# Writes a C++ source that holds one text file as a std::string_view.
# Run as: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=identifier -P EmbedText.cmake
file(READ "${INPUT}" text)
string(FIND "${text}" ")peer_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )peer_text\"")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.\n"
"#include <string_view>\n\n"
"namespace peer::embedded {\n\n"
"extern const std::string_view ${NAME};\n"
"const std::string_view ${NAME} = R\"peer_text(${text})peer_text\";\n\n"
"} // namespace peer::embedded\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
