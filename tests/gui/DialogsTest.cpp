// Every path of the GUI that opens a message box or a file dialog, answered through the
// MessageBox/FileDialog seam (src/gui/MessageBox.h) as a clerk or an admin would answer it.
#include "CheckWizard.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecordDialogs.h"
#include "RegistryPage.h"
#include "TestSupport.h"
#include "WorkshopPage.h"
#include "registry/Registry.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    std::unique_ptr<MainWindow> window;
    Setup()
    {
        kilotse::test::isolateUserFolders();
        RegistryError error;
        registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
        REQUIRE(registry);
        REQUIRE(registry->seedDemo(demoServices(), &error));
        window = std::make_unique<MainWindow>(policy, registry.get());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        MessageBox::takeShown();
        FileDialog::takeCaptions();
    }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    template <typename T> T* child(const QString& name) const
    {
        T* w = window->findChild<T*>(name);
        REQUIRE(w);
        return w;
    }
};

QPushButton* registryButton(Setup& s, const char* name)
{
    for (int i = 0; i < 8; ++i) { // the Dienste tab is built when first shown
        auto* tabs = s.window->findChild<QTabWidget*>(QStringLiteral("pageTabWidget"));
        tabs->setCurrentIndex(5);
        QApplication::processEvents();
        if (auto* b = s.window->findChild<QPushButton*>(QLatin1String(name)))
            return b;
    }
    FAIL("no registry button " << name);
    return nullptr;
}

} // namespace

TEST_CASE("dialogs_openRecord_missingBrokenAndValid", "[gui][dialogs]")
{
    Setup s;
    auto* open = s.child<QAction>(QStringLiteral("openRecordAction"));

    FileDialog::setNextFileName(QString()); // cancelled: nothing happens
    open->trigger();
    CHECK(FileDialog::takeCaptions().size() == 1);
    CHECK(MessageBox::takeShown().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(s.dir.filePath(QStringLiteral("gibt-es-nicht.json")));
    open->trigger();
    auto shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].icon == QMessageBox::Warning);
    CHECK(shown[0].text.contains(QStringLiteral("gibt-es-nicht.json")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(s.write(QStringLiteral("kaputt.json"), "{\"format\": 1, \"antworten\": ["));
    open->trigger();
    shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].text.contains(QStringLiteral("kein gültiger Prüfvermerk")));
    CHECK_FALSE(shown[0].details.isEmpty()); // the problems with their place, in "Details"
}

TEST_CASE("dialogs_registryImport_rejectedAskedAndDeclined", "[gui][dialogs]")
{
    Setup s;
    RegistryError demoError; // the demo question comes first otherwise (RegistryAdminGuiTest)
    REQUIRE(s.registry->clearDemoMark(&demoError));
    QPushButton* import = registryButton(s, "importButton");
    REQUIRE(import->isEnabled());
    const int before = s.registry->serviceCount();

    // A file with a broken row: refused with the problems in the details, nothing changed.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(
        s.write(QStringLiteral("fehler.csv"), "name;vendor;max_level;status\nNeuer Dienst;Firma;7;approved\n"));
    import->click();
    auto shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].title == QStringLiteral("Import abgelehnt"));
    CHECK_FALSE(shown[0].details.isEmpty());
    CHECK(s.registry->serviceCount() == before);

    // A good file: the dry run asks; "No" changes nothing.
    // The export of one existing service under a new name: a file as an admin would prepare it.
    Service fresh = s.registry->services().value(0);
    fresh.id = 0;
    fresh.name = QStringLiteral("Probe-Dienst");
    fresh.status = Service::Status::Pilot;
    const QString good = s.write(QStringLiteral("gut.csv"), servicesToCsv({fresh}));
    MessageBox::setNextAnswer(QMessageBox::No);
    FileDialog::setNextFileName(good);
    import->click();
    shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    INFO(shown[0].text.toStdString() << "\n" << shown[0].details.toStdString());
    CHECK(shown[0].icon == QMessageBox::Question);
    CHECK(shown[0].text.contains(QStringLiteral("1 neue")));
    CHECK(s.registry->serviceCount() == before);

    // "Yes" imports.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok); // a possible notice afterwards
    FileDialog::setNextFileName(good);
    import->click();
    CHECK(s.registry->serviceCount() == before + 1);
    MessageBox::takeShown();
    while (!MessageBox::takeShown().isEmpty()) {
    }
}

TEST_CASE("dialogs_registryExport_toAnUnwritablePlace_warns", "[gui][dialogs]")
{
    Setup s;
    QPushButton* exportButton = registryButton(s, "exportButton");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(s.dir.filePath(QStringLiteral("kein/ordner/da/export.csv")));
    exportButton->click();
    const auto shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].icon == QMessageBox::Warning);

    const QString path = s.dir.filePath(QStringLiteral("export.csv"));
    FileDialog::setNextFileName(path);
    exportButton->click();
    CHECK(MessageBox::takeShown().isEmpty());
    CHECK(QFile::exists(path));
}

TEST_CASE("dialogs_history_deleteAll_onAnEmptyHistory_asksNothing", "[gui][dialogs]")
{
    Setup s;
    HistoryDialog history(s.policy.pack, s.dir.filePath(QStringLiteral("history")));
    CHECK(history.deleteAll()); // empty: nothing to ask, nothing to delete
    CHECK(MessageBox::takeShown().isEmpty());
}

TEST_CASE("dialogs_workshop_brokenScenarioFile_isNamed", "[gui][dialogs]")
{
    Setup s;
    auto* tabs = s.window->findChild<QTabWidget*>(QStringLiteral("pageTabWidget"));
    tabs->setCurrentIndex(6);
    QApplication::processEvents();
    auto* workshop = s.window->findChild<WorkshopPage*>();
    REQUIRE(workshop);
    QPushButton* load = nullptr;
    for (QPushButton* b : workshop->findChildren<QPushButton*>())
        if (QString(b->text()).remove(u'&').startsWith(QStringLiteral("Eigene Szenariodatei")))
            load = b;
    REQUIRE(load);
    FileDialog::setNextFileName(s.write(QStringLiteral("szenarien.json"), "{\"scenarios\": [ {\"id\": 7} ]}"));
    load->click();
    QApplication::processEvents();
    CHECK(FileDialog::takeCaptions().size() == 1);
    CHECK(MessageBox::takeShown().isEmpty()); // the page says it, in place, not in a box
    auto* problems = workshop->findChild<QLabel*>(QStringLiteral("workshopProblemsLabel"));
    REQUIRE(problems);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("nicht geladen")));
    CHECK(problems->text().contains(QStringLiteral("szenarien.json"))); // with the file and its place
}

TEST_CASE("dialogs_recordExport_savesWhereTheFileDialogSays", "[gui][dialogs]")
{
    Setup s;
    // A finished check: "Nein" everywhere.
    CheckWizard* wizard = s.window->checkWizard();
    s.window->findChild<QListWidget*>(QStringLiteral("useCaseListWidget"))->setCurrentRow(1);
    wizard->goNext();
    while (!wizard->isShowingResult()) {
        const int before = wizard->currentStep();
        for (QAbstractButton* b : wizard->findChildren<QAbstractButton*>())
            if (b->isVisible() && QString(b->text()).remove(u'&') == QStringLiteral("Nein"))
                b->click();
        wizard->goNext();
        if (wizard->currentStep() == before)
            break;
    }
    REQUIRE(wizard->isShowingResult());
    std::unique_ptr<ExportRecordDialog> dialog(s.window->createExportDialog());
    REQUIRE(dialog);
    dialog->setFormat(RecordFormat::Json);
    const QString path = s.dir.filePath(QStringLiteral("vermerk"));
    FileDialog::setNextFileName(path);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Save)->click();
    CHECK(QFile::exists(path + QStringLiteral(".json"))); // the extension is added
    CHECK(MessageBox::takeShown().isEmpty());
}
