#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    kilotse::test::isolateUserFolders();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
