#define CATCH_CONFIG_RUNNER
#include "Mnemonics.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    kilotse::test::isolateUserFolders();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    kilotse::gui::applyTheme(app);
    kilotse::gui::MnemonicKeeper::install(app);
    return Catch::Session().run(argc, argv);
}
