#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

int registryWriterMain(const QString& path); // RegistryTest.cpp

int main(int argc, char* argv[])
{
    if (argc == 3 && QByteArray(argv[1]) == "--registry-writer") {
        QCoreApplication app(argc, argv);
        spdlog::set_level(spdlog::level::off); // stdout carries only the committed counter
        return registryWriterMain(QString::fromLocal8Bit(argv[2]));
    }
    kilotse::test::isolateUserFolders();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
