#include "run.hpp"

int main(int argc, char** argv)
{
    return peer::cli::run(argc, argv);
}
