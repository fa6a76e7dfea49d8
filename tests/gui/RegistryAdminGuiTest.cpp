// Registry administration in the GUI (issue 18): leaving the demo registry with a confirmation,
// the approval checklist prefilled from the form with phases and progress, and the audit log in
// German with filters and CSV export.
//
// With KI_LOTSE_ADMIN_SHOTS=<folder> the tests also save pictures of the demo confirmation, the
// checklist and the audit log there (run under a real X server for the screenshots).
#include "AuditDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RegistryModels.h"
#include "RegistryPage.h"
#include "ServiceDialog.h"
#include "TestSupport.h"
#include "policy/PolicyLocator.h"
#include "registry/AuditText.h"
#include "registry/Checklist.h"
#include "registry/Registry.h"
#include "registry/Tools.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <sys/stat.h>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KI_LOTSE_ADMIN_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(150);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Answers the modal windows that open while a button runs its exec(): each step gets the active
// modal widget and returns true when it handled it. A modal window no step expects is closed
// after a while (the test then fails on `unexpected`), so a missing dialog never hangs the run.
struct ModalSteps
{
    QList<std::function<bool(QWidget*)>> steps;
    QStringList unexpected;
    QTimer timer;
    int idle = 0;
    explicit ModalSteps(QList<std::function<bool(QWidget*)>> s) : steps(std::move(s))
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (!steps.isEmpty() && steps.front()(modal)) {
                steps.removeFirst();
                idle = 0;
                return;
            }
            if (++idle > 40) { // ~2 s
                unexpected << modal->objectName() + QStringLiteral(" ") + modal->windowTitle();
                modal->close();
                idle = 0;
            }
        });
        timer.start(50);
    }
};

std::function<bool(QWidget*)> clickIn(const QString& modalName, const QString& buttonName)
{
    return [=](QWidget* modal) {
        if (modal->objectName() != modalName)
            return false;
        auto* button = modal->findChild<QPushButton*>(buttonName);
        REQUIRE(button);
        button->click();
        return true;
    };
}

std::function<bool(QWidget*)> rejectDialog(const char* className, std::function<void(QDialog*)> inspect = {})
{
    return [=](QWidget* modal) {
        if (!modal->inherits(className))
            return false;
        auto* dialog = qobject_cast<QDialog*>(modal);
        if (inspect)
            inspect(dialog);
        dialog->reject();
        return true;
    };
}

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    std::unique_ptr<MainWindow> window;
    RegistryPage* page = nullptr;
    explicit Setup(bool demo = true)
    {
        kilotse::test::isolateUserFolders();
        RegistryError error;
        registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
        REQUIRE(registry);
        REQUIRE(registry->seedDemo(demoServices(), &error));
        if (!demo)
            REQUIRE(registry->clearDemoMark(&error));
        window = std::make_unique<MainWindow>(policy, registry.get());
        window->resize(1200, 760);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        page = window->registryPage();
        REQUIRE(page);
        window->showPage(page);
        page->ensureLoaded();
        MessageBox::takeShown();
    }
    QPushButton* button(const char* name) const
    {
        auto* b = page->findChild<QPushButton*>(QLatin1String(name));
        REQUIRE(b);
        return b;
    }
    QString notice() const { return page->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text(); }
    void selectRow(int row) const
    {
        auto* view = page->findChild<QTableView*>(QStringLiteral("servicesTableView"));
        view->setCurrentIndex(view->model()->index(row, 0));
    }
    QMap<QString, Service::Status> statuses() const
    {
        QMap<QString, Service::Status> out;
        for (const Service& s : registry->services())
            out.insert(s.name, s.status);
        return out;
    }
    int auditSize() const { return static_cast<int>(registry->audit(AuditFilter{}, 100000).size()); }
};

} // namespace

TEST_CASE("registryAdmin_demo_cancelChangesNothing_andTheQuestionComesBeforeEveryKindOfChange", "[registry-admin]")
{
    Setup s;
    REQUIRE(s.registry->isDemo());
    FileDialog::takeCaptions(); // what earlier tests in this process left
    const auto before = s.statuses();
    const int audit = s.auditSize();
    s.selectRow(0);
    for (const char* name : {"addButton", "editButton", "suspendButton", "retireButton", "importButton"}) {
        INFO(name);
        int asked = 0;
        ModalSteps steps({[&](QWidget* modal) {
            if (modal->objectName() != QStringLiteral("demoModeMessageBox"))
                return false;
            ++asked;
            auto* box = qobject_cast<QMessageBox*>(modal);
            REQUIRE(box);
            CHECK(box->text().contains(QStringLiteral("Demo-Verzeichnis der fiktiven Musterstadt")));
            CHECK(box->defaultButton() == box->findChild<QPushButton*>(QStringLiteral("retireDemoButton")));
            CHECK(box->findChild<QPushButton*>(QStringLiteral("keepDemoButton")));
            box->findChild<QPushButton*>(QStringLiteral("cancelDemoButton"))->click();
            return true;
        }});
        s.button(name)->click();
        CHECK(asked == 1);
        CHECK(steps.unexpected.isEmpty());
        CHECK(s.registry->isDemo());
        CHECK(s.statuses() == before);
        CHECK(s.auditSize() == audit);
        CHECK(s.notice().contains(QStringLiteral("Demo-Verzeichnis")));
    }
    CHECK(FileDialog::takeCaptions().isEmpty()); // the import did not even ask for a file
}

TEST_CASE("registryAdmin_demo_retireAndContinue_retiresEveryDemoServiceOnce", "[registry-admin]")
{
    Setup s;
    int approvedBefore = 0;
    for (const Service& svc : s.registry->services())
        approvedBefore += svc.status == Service::Status::Approved ? 1 : 0;
    REQUIRE(approvedBefore > 0);
    REQUIRE_FALSE(s.registry->candidates(1).isEmpty());

    bool shotTaken = false;
    ModalSteps steps({[&](QWidget* modal) {
                          if (modal->objectName() != QStringLiteral("demoModeMessageBox"))
                              return false;
                          if (!shotTaken) {
                              shotTaken = true;
                              shot(modal, QStringLiteral("demo-confirmation"));
                          }
                          modal->findChild<QPushButton*>(QStringLiteral("retireDemoButton"))->click();
                          return true;
                      },
                      rejectDialog("kilotse::gui::ServiceDialog")}); // "Neu …" goes on to the form
    s.button("addButton")->click();
    CHECK(steps.unexpected.isEmpty());
    CHECK(steps.steps.isEmpty());
    CHECK_FALSE(s.registry->isDemo());
    for (const Service& svc : s.registry->services()) {
        INFO(svc.name.toStdString());
        CHECK(svc.status == Service::Status::Retired);
    }
    CHECK(s.registry->candidates(1).isEmpty()); // no "Öffnen" on any result page
    CHECK(s.registry->candidates(2).isEmpty());
    CHECK_FALSE(s.notice().contains(QStringLiteral("Demo-Verzeichnis")));
    CHECK(s.notice().contains(QStringLiteral("außer Betrieb genommen")));
    shot(s.window.get(), QStringLiteral("registry-after-leaving-demo"));
    auto* view = s.page->findChild<QTableView*>(QStringLiteral("servicesTableView"));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->index(row, ServiceTableModel::StatusColumn).data().toString() ==
              QStringLiteral("außer Betrieb"));
    AuditFilter f;
    int retiredEntries = 0;
    for (const AuditEntry& e : s.registry->audit(f, 10000))
        retiredEntries += e.action == QStringLiteral("retire-demo") && e.field == QStringLiteral("status") ? 1 : 0;
    CHECK(retiredEntries >= approvedBefore);

    // Asked once: the next "Neu …" opens the form at once.
    ModalSteps again({rejectDialog("kilotse::gui::ServiceDialog")});
    s.button("addButton")->click();
    CHECK(again.unexpected.isEmpty());
    CHECK(again.steps.isEmpty());
}

TEST_CASE("registryAdmin_demo_keep_leavesTheServicesAsTheyAre_andAsksOnce", "[registry-admin]")
{
    Setup s;
    const auto before = s.statuses();
    s.selectRow(0);
    const QString first = s.page->findChild<QTableView*>(QStringLiteral("servicesTableView"))
                              ->model()
                              ->index(0, ServiceTableModel::NameColumn)
                              .data()
                              .toString();
    ModalSteps steps({clickIn(QStringLiteral("demoModeMessageBox"), QStringLiteral("keepDemoButton"))});
    s.button("suspendButton")->click();
    CHECK(steps.steps.isEmpty());
    CHECK_FALSE(s.registry->isDemo());
    auto after = s.statuses();
    CHECK(after.take(first) == Service::Status::Suspended); // the change the admin asked for
    auto expected = before;
    expected.remove(first);
    CHECK(after == expected);
    CHECK_FALSE(s.notice().contains(QStringLiteral("Demo-Verzeichnis")));

    ModalSteps none({});
    s.selectRow(1);
    s.button("retireButton")->click(); // no question any more
    CHECK(none.unexpected.isEmpty());
}

TEST_CASE("registryAdmin_checklist_prefilledFromTheForm_phasesAndLiveProgress", "[registry-admin]")
{
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    REQUIRE(policy.pack.registry);
    const RegistryPolicy& rp = *policy.pack.registry;
    Service form;
    form.name = QStringLiteral("Stadt-KI");
    form.models = {QStringLiteral("Modell A")};
    form.useCases = {policy.pack.useCases.value(0).id};
    form.ownerDepartment = QStringLiteral("Hauptamt");
    form.ownerContact = QStringLiteral("ki@musterstadt.example");
    form.avvPresent = true;
    form.dpiaDone = true;
    form.staffCouncilInvolved = true;
    form.backflowExcluded = true;
    form.location = Service::Location::DE;
    form.maxLevel = 2;
    form.checklist = {{QStringLiteral("gov.terms"), QStringLiteral("yes")}};

    ChecklistDialog dialog(rp, 2, form);
    dialog.show();
    for (const char* id : {"proc.avv", "plan.dpia", "plan.staff_council", "proc.no_training", "proc.eu_location",
                           "gov.inventory", "gov.terms"}) {
        INFO(id);
        auto* box = dialog.findChild<QComboBox*>(QLatin1String(id) + QStringLiteral("ComboBox"));
        REQUIRE(box);
        CHECK(box->currentData().toString() == QStringLiteral("yes"));
    }
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("proc.avvFormLabel")));
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("proc.avvComboBox"))
              ->accessibleDescription()
              .startsWith(QStringLiteral("Im Formular")));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("gov.termsFormLabel"))); // stored, not from the form

    // Phases as headed groups, in pack order.
    QStringList groups;
    for (const ChecklistPhase& p : checklistPhases(rp, 2, {})) {
        auto* group = dialog.findChild<QGroupBox*>(p.id + QStringLiteral("GroupBox"));
        REQUIRE(group);
        CHECK(group->title().startsWith(p.title));
        CHECK_FALSE(group->accessibleName().isEmpty());
        groups << p.id;
    }
    CHECK(groups.size() >= 5);

    // Progress: as the core counts it, live.
    auto expected = [&] {
        const ChecklistProgress p = checklistProgress(rp, 2, dialog.answers());
        return QStringLiteral("%1 von %2 beantwortet · %3 Pflichtpunkte offen")
            .arg(p.answered)
            .arg(p.total)
            .arg(p.openMust);
    };
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("checklistProgressLabel"));
    REQUIRE(label);
    CHECK(label->text() == expected());
    CHECK(dialog.progressText() == label->text());
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("checklistProgressBar"));
    REQUIRE(bar);
    CHECK(bar->value() == checklistProgress(rp, 2, dialog.answers()).answered);
    shot(&dialog, QStringLiteral("checklist-progress"));

    // Keyboard: jump to the next open MUST item and answer it; the count follows.
    const int openBefore = checklistProgress(rp, 2, dialog.answers()).openMust;
    REQUIRE(dialog.focusNextOpenMustItem());
    auto* focused = qobject_cast<QComboBox*>(dialog.focusWidget());
    REQUIRE(focused);
    CHECK(focused->currentData().toString().isEmpty());
    QTest::keyClick(focused, Qt::Key_Down); // "offen" → "ja"
    CHECK(focused->currentData().toString() == QStringLiteral("yes"));
    CHECK(checklistProgress(rp, 2, dialog.answers()).openMust == openBefore - 1);
    CHECK(label->text() == expected());
    for (QComboBox* box : dialog.findChildren<QComboBox*>())
        CHECK_FALSE(box->accessibleName().isEmpty());

    // Stored answers of items the level does not show survive.
    form.checklist.insert(QStringLiteral("x.other"), QStringLiteral("no"));
    ChecklistDialog level1(rp, 1, form);
    CHECK(level1.answers().value(QStringLiteral("x.other")) == QStringLiteral("no"));
}

TEST_CASE("registryAdmin_serviceDialog_raisingToLevel2_opensTheChecklistPrefilledFromTheForm", "[registry-admin]")
{
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    Setup s(false);
    Service svc = *s.registry->serviceByName(QStringLiteral("Stadt-KI (Eigenbetrieb)"));
    svc.maxLevel = 1;
    svc.checklist.clear();
    svc.avvPresent = false;
    ServiceDialog dialog(policy.pack, svc);
    dialog.findChild<QCheckBox*>(QStringLiteral("avvCheckBox"))->setChecked(true);
    auto* level = dialog.findChild<QComboBox*>(QStringLiteral("maxLevelComboBox"));
    level->setCurrentIndex(level->findData(2));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("approved")));
    QString avvAnswer;
    ModalSteps steps({rejectDialog("kilotse::gui::ChecklistDialog", [&](QDialog* checklist) {
        avvAnswer = checklist->findChild<QComboBox*>(QStringLiteral("proc.avvComboBox"))->currentData().toString();
    })});
    dialog.accept();
    CHECK(steps.steps.isEmpty());
    CHECK(avvAnswer == QStringLiteral("yes")); // ticked in the form, never answered in the checklist
}

TEST_CASE("registryAdmin_auditDialog_german_filters_andCsvExport", "[registry-admin]")
{
    Setup s(false);
    const QList<Service> services = s.registry->services();
    REQUIRE(services.size() >= 2);
    RegistryError error;
    Service a = services[0];
    REQUIRE(s.registry->setStatus(a.id, Service::Status::Suspended, a.version, QStringLiteral("anna"), &error));
    Service b = *s.registry->service(services[1].id);
    b.maxLevel = b.maxLevel == 2 ? 1 : 2;
    b.notes = QStringLiteral("=SUMME(A1)");
    REQUIRE(s.registry->update(b, QStringLiteral("bernd"), &error));

    AuditDialog dialog(*s.registry, s.policy.pack);
    dialog.show();
    QAbstractItemModel* model = dialog.findChild<QTableView*>(QStringLiteral("auditTableView"))->model();
    const int all = dialog.entryCount();
    CHECK(all == s.auditSize());
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    CHECK(headers == QStringList{QStringLiteral("Zeitpunkt"), QStringLiteral("Wer"), QStringLiteral("Aktion"),
                                 QStringLiteral("Dienst"), QStringLiteral("Feld"), QStringLiteral("Vorher"),
                                 QStringLiteral("Nachher")});
    // No raw keys or ids in what people read.
    const QRegularExpression raw(QStringLiteral("^(add|update|status|seed|max_level|approved|suspended|true|false)$"));
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 2; c < model->columnCount(); ++c) {
            INFO(model->index(r, c).data().toString().toStdString());
            CHECK_FALSE(raw.match(model->index(r, c).data().toString()).hasMatch());
        }

    // Filter "Wer": Anna's status change, in words.
    auto* actor = dialog.findChild<QComboBox*>(QStringLiteral("actorFilterComboBox"));
    REQUIRE(actor->findData(QStringLiteral("anna")) > 0);
    actor->setCurrentIndex(actor->findData(QStringLiteral("anna")));
    REQUIRE(dialog.entryCount() == 1);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("anna"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Status geändert"));
    CHECK(model->index(0, 3).data().toString() == a.name);
    CHECK(model->index(0, 4).data().toString() == QStringLiteral("Status"));
    CHECK(model->index(0, 5).data().toString() == statusTitle(a.status));
    CHECK(model->index(0, 6).data().toString() == QStringLiteral("ausgesetzt"));

    // Filter by service: Bernd's changes to b, with the German field name of the level.
    dialog.setFilter(AuditFilter{b.id, QStringLiteral("bernd"), {}, {}});
    CHECK(dialog.entryCount() == 2);
    QStringList fields;
    for (int r = 0; r < model->rowCount(); ++r)
        fields << model->index(r, 4).data().toString();
    CHECK(fields.contains(QStringLiteral("Höchste Schutzstufe")));
    CHECK(fields.contains(QStringLiteral("Notizen")));
    CHECK(dialog.windowTitle().contains(b.name));

    // Date range: today holds everything, tomorrow on or yesterday back nothing.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    dialog.setFilter(AuditFilter{0, {}, today, today});
    CHECK(dialog.entryCount() == all);
    dialog.setFilter(AuditFilter{0, {}, today.addDays(1), {}});
    CHECK(dialog.entryCount() == 0);
    CHECK(dialog.statusText().contains(QStringLiteral("Keine Einträge")));
    dialog.setFilter(AuditFilter{0, {}, {}, today.addDays(-1)});
    CHECK(dialog.entryCount() == 0);
    dialog.findChild<QPushButton*>(QStringLiteral("resetFilterButton"))->click();
    CHECK(dialog.entryCount() == all);
    shot(&dialog, QStringLiteral("audit-log"));

    // Export: what the filter shows, as CSV; a place that cannot be written gets a clear message.
    dialog.setFilter(AuditFilter{0, QStringLiteral("bernd"), {}, {}});
    const QString path = s.dir.filePath(QStringLiteral("protokoll.csv"));
    FileDialog::setNextFileName(path);
    dialog.findChild<QPushButton*>(QStringLiteral("exportAuditButton"))->click();
    CHECK(MessageBox::takeShown().isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBFNr.;Zeitpunkt;Wer;Aktion"));
    CHECK(csv.count("\r\n") == 3); // header and Bernd's two entries
    CHECK(csv.contains("'=SUMME(A1)"));
    CHECK_FALSE(csv.contains(";anna;"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(s.dir.filePath(QStringLiteral("kein/ordner/protokoll.csv")));
    dialog.findChild<QPushButton*>(QStringLiteral("exportAuditButton"))->click();
    const auto shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].icon == QMessageBox::Warning);
    CHECK(shown[0].text.contains(QStringLiteral("nicht gespeichert")));
    CHECK(shown[0].text.contains(QStringLiteral("kein/ordner/protokoll.csv")));
}

TEST_CASE("registryAdmin_registryPage_auditButtonOpensTheGermanAuditLog_forTheSelectedService", "[registry-admin]")
{
    Setup s(false);
    s.selectRow(0);
    const QString name = s.page->findChild<QTableView*>(QStringLiteral("servicesTableView"))
                             ->model()
                             ->index(0, ServiceTableModel::NameColumn)
                             .data()
                             .toString();
    qint64 filtered = -1;
    ModalSteps steps({rejectDialog("kilotse::gui::AuditDialog", [&](QDialog* d) {
        filtered = static_cast<AuditDialog*>(d)->filter().serviceId;
        CHECK(d->windowTitle().contains(name));
    })});
    s.button("auditButton")->click();
    CHECK(steps.steps.isEmpty());
    CHECK(filtered == s.registry->serviceByName(name)->id);
}

TEST_CASE("registryAdmin_statusWords_areTheSameInTheTableAndTheAuditLog", "[registry-admin]")
{
    for (auto st :
         {Service::Status::Pilot, Service::Status::Approved, Service::Status::Suspended, Service::Status::Retired})
        CHECK(auditValueText(QStringLiteral("status"), statusId(st)) == statusTitle(st));
    for (auto d : {Service::Deployment::PublicWeb, Service::Deployment::Saas, Service::Deployment::CloudTenant,
                   Service::Deployment::OnPremises})
        CHECK(auditValueText(QStringLiteral("deployment"), deploymentId(d)) == deploymentTitle(d));
    for (auto l : {Service::Location::DE, Service::Location::EU, Service::Location::NonEU})
        CHECK(auditValueText(QStringLiteral("location"), locationId(l)) == locationTitle(l));
}

TEST_CASE("registryAdmin_import_windows1252AskedFirst_fifoRefusedAtOnce", "[registry-admin]")
{
    Setup s(false);
    QPushButton* import = s.button("importButton");
    const int before = s.registry->serviceCount();
    // An Excel-style CSV in Windows-1252: "Bürgerbüro-Assistent" with ü as the single byte 0xFC.
    const QByteArray latin = "name;vendor;product;deployment;location;max_level;status\n"
                             "B\xFCrgerb\xFCro-Assistent;Firma M\xFCller;Assistent;saas;EU;1;pilot\n";
    const QString path = s.dir.filePath(QStringLiteral("excel.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(latin);
    }
    // Declined: nothing changes, and the question named the encoding.
    MessageBox::resetSeam();
    MessageBox::setNextAnswer(QMessageBox::No);
    FileDialog::setNextFileName(path);
    import->click();
    auto shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].text.contains(QStringLiteral("Windows-1252")));
    CHECK(s.registry->serviceCount() == before);
    // Confirmed: converted, the dry run asks, the import keeps the umlauts.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(path);
    import->click();
    shown = MessageBox::takeShown();
    INFO((shown.isEmpty() ? QString() : shown.last().text + shown.last().details).toStdString());
    REQUIRE(s.registry->serviceCount() == before + 1);
    const auto imported = s.registry->serviceByName(QStringLiteral("Bürgerbüro-Assistent"));
    REQUIRE(imported);
    CHECK(imported->vendor == QStringLiteral("Firma Müller"));
    CHECK_FALSE(imported->name.contains(QChar(0xFFFD)));

    // A FIFO chosen as the file: refused at once instead of waiting for a writer forever.
    const QString fifo = s.dir.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(fifo);
    QElapsedTimer timer;
    timer.start();
    import->click();
    CHECK(timer.elapsed() < 5000);
    shown = MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].icon == QMessageBox::Warning);
    CHECK(s.registry->serviceCount() == before + 1);
}
