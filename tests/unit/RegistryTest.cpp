#include "registry/Registry.h"

#include "TestConfig.h"
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "registry/Permission.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

using namespace kilotse;

namespace {

Service goodService(const QString& name = QStringLiteral("Stadt-KI"))
{
    Service s;
    s.name = name;
    s.vendor = QStringLiteral("Stadt Musterstadt");
    s.product = QStringLiteral("Assistent");
    s.models = {QStringLiteral("Modell A")};
    s.deployment = Service::Deployment::OnPremises;
    s.location = Service::Location::DE;
    s.backflowExcluded = true;
    s.avvPresent = true;
    s.avvReference = QStringLiteral("AVV-1");
    s.maxLevel = 2;
    s.personalDataPermitted = true;
    s.useCases = {QStringLiteral("drafting"), QStringLiteral("summarising")};
    s.accessUrl = QStringLiteral("https://ki.musterstadt.example");
    s.status = Service::Status::Approved;
    s.approvedOn = QDate(2026, 1, 10);
    s.nextReview = QDate(2027, 1, 10);
    return s;
}

// A registry file filled with the Musterstadt demo (as the per-user default file gets it).
std::unique_ptr<Registry> openDemo(const QString& path)
{
    RegistryError error;
    auto registry = Registry::open(path, &error);
    REQUIRE(registry);
    REQUIRE(registry->seedDemo(demoServices(), &error));
    return registry;
}

QStringList codes(const PermissionDecision& d)
{
    QStringList list;
    for (const PermissionNote& n : d.notes)
        list << permissionNoteId(n.code) + (n.excludes ? QString() : QStringLiteral("(warning)"));
    return list;
}

std::unique_ptr<Registry> openTemp(const QTemporaryDir& dir, const QString& name = QStringLiteral("r.sqlite"))
{
    RegistryError error;
    auto registry = Registry::open(dir.filePath(name), &error);
    INFO(error.message.toStdString());
    REQUIRE(registry);
    return registry;
}

} // namespace

TEST_CASE("permission_tableOfServicesLevelsAndUseCases_offeredOrNotWithReason", "[registry][permission]")
{
    const RegistryPolicy policy; // the pack defaults: backflow excluded, DE/EU, processor contract
    const QDate today(2026, 11, 22);
    struct Row
    {
        const char* name;
        Service service;
        int level;
        const char* useCase;
        bool personalData;
        bool offered;
        QStringList notes;
    };
    auto with = [](auto change) {
        Service s = goodService();
        change(s);
        return s;
    };
    const std::vector<Row> table{
        {"fully approved, level 2", goodService(), 2, "drafting", true, true, {}},
        {"fully approved, level 1", goodService(), 1, "summarising", false, true, {}},
        {"other use case", goodService(), 1, "translating", false, false, {QStringLiteral("use-case-missing")}},
        {"pilot",
         with([](Service& s) { s.status = Service::Status::Pilot; }),
         1,
         "drafting",
         false,
         false,
         {QStringLiteral("not-approved")}},
        {"suspended",
         with([](Service& s) { s.status = Service::Status::Suspended; }),
         1,
         "drafting",
         false,
         false,
         {QStringLiteral("not-approved")}},
        {"level 1 only",
         with([](Service& s) { s.maxLevel = 1; }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("level-too-low")}},
        {"review overdue at level 1: warning",
         with([](Service& s) { s.nextReview = QDate(2026, 6, 1); }),
         1,
         "drafting",
         false,
         true,
         {QStringLiteral("review-overdue(warning)")}},
        {"review overdue at level 2: excluded",
         with([](Service& s) { s.nextReview = QDate(2026, 6, 1); }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("review-overdue")}},
        {"no review date",
         with([](Service& s) { s.nextReview = QDate(); }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("review-overdue")}},
        {"backflow",
         with([](Service& s) { s.backflowExcluded = false; }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("backflow")}},
        {"backflow irrelevant at level 1",
         with([](Service& s) { s.backflowExcluded = false; }),
         1,
         "drafting",
         false,
         true,
         {}},
        {"non-EU",
         with([](Service& s) { s.location = Service::Location::NonEU; }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("location")}},
        {"no AVV",
         with([](Service& s) { s.avvPresent = false; }),
         2,
         "drafting",
         false,
         false,
         {QStringLiteral("processor-contract")}},
        {"personal data not permitted",
         with([](Service& s) { s.personalDataPermitted = false; }),
         2,
         "drafting",
         true,
         false,
         {QStringLiteral("personal-data")}},
        {"everything wrong",
         with([](Service& s) {
             s.status = Service::Status::Retired;
             s.maxLevel = 0;
             s.location = Service::Location::NonEU;
             s.backflowExcluded = false;
         }),
         2,
         "minutes",
         false,
         false,
         {QStringLiteral("not-approved"), QStringLiteral("level-too-low"), QStringLiteral("use-case-missing"),
          QStringLiteral("backflow"), QStringLiteral("location")}},
    };
    for (const Row& row : table) {
        INFO(row.name);
        const PermissionDecision d =
            decidePermission(row.service, row.level, QString::fromLatin1(row.useCase), row.personalData, policy, today);
        CHECK(d.offered == row.offered);
        CHECK(codes(d) == row.notes);
    }
}

TEST_CASE("permission_level2ConditionsComeFromThePack", "[registry][permission]")
{
    RegistryPolicy strict;
    strict.level2Locations = {QStringLiteral("DE")};
    strict.level2Dpia = true;
    strict.level2StaffCouncil = true;
    Service s = goodService();
    s.location = Service::Location::EU;
    const PermissionDecision d = decidePermission(s, 2, QStringLiteral("drafting"), false, strict, QDate(2026, 11, 22));
    CHECK_FALSE(d.offered);
    CHECK(codes(d) == QStringList{QStringLiteral("location"), QStringLiteral("dpia"), QStringLiteral("staff-council")});
    // The default pack's registry policy is loaded from policies/registry.json.
    REQUIRE(kilotse::test::defaultPack().registry);
    CHECK(kilotse::test::defaultPack().registry->level2Locations.contains(QStringLiteral("EU")));
    CHECK(kilotse::test::defaultPack().registry->checklist.size() >= 10);
}

TEST_CASE("registry_sqlite_addUpdateAudit_inOneTransaction", "[registry]")
{
    QTemporaryDir dir;
    auto registry = openTemp(dir);
    CHECK_FALSE(registry->isReadOnly());
    CHECK_FALSE(registry->isPostgres());
    RegistryError error;
    const qint64 id = registry->add(goodService(), QStringLiteral("admin1"), &error);
    REQUIRE(id > 0);
    Service s = *registry->service(id);
    CHECK(s.version == 1);
    CHECK(s.name == QStringLiteral("Stadt-KI"));
    CHECK(s.useCases == (QStringList{QStringLiteral("drafting"), QStringLiteral("summarising")}));

    s.notes = QStringLiteral("Geprüft „ok“ – Ü");
    s.maxLevel = 1;
    REQUIRE(registry->update(s, QStringLiteral("admin2"), &error));
    const Service after = *registry->service(id);
    CHECK(after.version == 2);
    CHECK(after.notes == s.notes);
    const QList<AuditEntry> audit = registry->audit(id);
    REQUIRE(audit.size() >= 2);
    QStringList changed;
    for (const AuditEntry& e : audit)
        if (e.action == QStringLiteral("update"))
            changed << e.field + u':' + e.oldValue + u'>' + e.newValue + u'@' + e.actor;
    changed.sort();
    CHECK(changed ==
          QStringList{QStringLiteral("max_level:2>1@admin2"), QStringLiteral("notes:>Geprüft „ok“ – Ü@admin2")});

    // Duplicate names and invalid records are refused with the field named.
    CHECK(registry->add(goodService(), QStringLiteral("admin1"), &error) == 0);
    CHECK(error.kind == RegistryError::Kind::Duplicate);
    Service bad = goodService(QStringLiteral("Kaputt"));
    bad.accessUrl = QStringLiteral("javascript:alert(1)");
    CHECK(registry->add(bad, QStringLiteral("admin1"), &error) == 0);
    REQUIRE(error.kind == RegistryError::Kind::Invalid);
    CHECK(error.problems.value(0).field == QStringLiteral("access_url"));
    CHECK(registry->serviceCount() == 1);
}

TEST_CASE("registry_twoEditors_secondSaveIsRefused_nothingLost", "[registry]")
{
    QTemporaryDir dir;
    auto first = openTemp(dir);
    auto second = openTemp(dir); // a second connection, as a second admin would have
    RegistryError error;
    const qint64 id = first->add(goodService(), QStringLiteral("a"), &error);
    Service editA = *first->service(id);
    Service editB = *second->service(id);
    editA.notes = QStringLiteral("Änderung A");
    editB.notes = QStringLiteral("Änderung B");
    REQUIRE(first->update(editA, QStringLiteral("a"), &error));
    CHECK_FALSE(second->update(editB, QStringLiteral("b"), &error));
    CHECK(error.kind == RegistryError::Kind::Conflict);
    CHECK(second->service(id)->notes == QStringLiteral("Änderung A"));
    CHECK(editB.notes == QStringLiteral("Änderung B")); // the second editor still has their input
    // Reloading and saving again works.
    Service reloaded = *second->service(id);
    reloaded.notes = editB.notes;
    CHECK(second->update(reloaded, QStringLiteral("b"), &error));
    CHECK(first->setStatus(id, Service::Status::Suspended, editA.version, QStringLiteral("a"), &error) == false);
    CHECK(error.kind == RegistryError::Kind::Conflict);
}

TEST_CASE("registry_demoSeed_onlyTheDefaultFile_once_andMarked", "[registry]")
{
    QTemporaryDir dir;
    RegistryError error;
    // A configured (non-default) location starts empty; a typo in a URL scheme is refused.
    auto configured = openRegistry(dir.filePath(QStringLiteral("configured.sqlite")), &error);
    REQUIRE(configured);
    CHECK(configured->serviceCount() == 0);
    CHECK_FALSE(openRegistry(QStringLiteral("postgressql://x@y/z"), &error));
    CHECK(error.message.contains(QStringLiteral("unknown registry address")));

    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    auto registry = openRegistry(defaultRegistryPath(), &error);
    qputenv("XDG_DATA_HOME", oldData);
    REQUIRE(registry);
    CHECK(registry->isDemo());
    CHECK(registry->serviceCount() == demoServices().size());
    CHECK(demoServices().size() >= 8);
    CHECK(!overdueReviews(*registry, QDate(2026, 11, 22)).isEmpty());
    REQUIRE(registry->clearDemoMark(&error));
    CHECK_FALSE(registry->isDemo());
    const QString path = registry->location();
    registry.reset();
    auto again = Registry::open(path, &error);
    CHECK(again->serviceCount() == demoServices().size());
    CHECK_FALSE(again->needsDemoSeed());
}

TEST_CASE("registry_exportImport_roundTripsExactly_jsonAndCsv", "[registry][io]")
{
    QTemporaryDir dir;
    RegistryError error;
    auto source = openDemo(dir.filePath(QStringLiteral("a.sqlite")));
    Service tricky = goodService(QStringLiteral("=HYPERLINK(\"x\")"));
    tricky.notes = QStringLiteral("Zeile 1\nZeile 2; mit \"Anführung\", Komma");
    tricky.restrictions = {QStringLiteral("-keine Uploads"), QStringLiteral("@nur intern")};
    tricky.checklist = {{QStringLiteral("proc.avv"), QStringLiteral("yes")},
                        {QStringLiteral("op.access"), QStringLiteral("n/a")}};
    REQUIRE(source->add(tricky, QStringLiteral("a"), &error) > 0);
    const QList<Service> original = source->services();
    for (const bool csv : {false, true}) {
        INFO((csv ? "csv" : "json"));
        const QByteArray exported = csv ? servicesToCsv(original) : servicesToJson(original);
        if (csv) {
            CHECK(exported.startsWith("\xEF\xBB\xBF"));
            CHECK(exported.contains("\r\n"));
            CHECK(exported.contains("'=HYPERLINK")); // formula injection defused
        }
        const ServiceParseResult parsed = csv ? parseServicesCsv(exported, QStringLiteral("x.csv"))
                                              : parseServicesJson(exported, QStringLiteral("x.json"));
        INFO(parsed.problems.value(0).toString().toStdString());
        REQUIRE(parsed.problems.isEmpty());
        auto target =
            Registry::open(dir.filePath(csv ? QStringLiteral("c.sqlite") : QStringLiteral("j.sqlite")), &error);
        const ImportReport report = target->importServices(parsed.rows, false, QStringLiteral("b"));
        REQUIRE(report.applied);
        CHECK(report.added == original.size());
        const QByteArray again = csv ? servicesToCsv(target->services()) : servicesToJson(target->services());
        CHECK(again == exported);
    }
}

TEST_CASE("registry_importBadFiles_clearErrors_databaseUnchanged", "[registry][io][hostile]")
{
    QTemporaryDir dir;
    RegistryError error;
    auto registry = openDemo(dir.filePath(QStringLiteral("r.sqlite")));
    const QByteArray before = servicesToJson(registry->services());
    const QByteArray goodCsv = servicesToCsv(registry->services());
    const QString header = QString::fromUtf8(goodCsv.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
    const QString firstRow = QString::fromUtf8(goodCsv.mid(3)).section(QStringLiteral("\r\n"), 1, 1);

    struct Bad
    {
        const char* name;
        QByteArray bytes;
        bool csv;
        const char* expectedCode;
    };
    QString badEnum = firstRow;
    badEnum.replace(QStringLiteral(";approved;"), QStringLiteral(";genehmigt;"));
    QString badDate = firstRow;
    badDate.replace(QRegularExpression(QStringLiteral(";(\\d{4})-(\\d{2})-(\\d{2});")), QStringLiteral(";2026-13-45;"));
    const std::vector<Bad> cases{
        {"tab-separated", QString(header).replace(u';', u'\t').toUtf8() + "\n", true, "unknown-field"},
        {"missing column", header.section(u';', 1).toUtf8() + "\n", true, "missing-field"},
        {"bad enum", (header + QStringLiteral("\r\n") + badEnum).toUtf8(), true, "invalid-value"},
        {"bad date", (header + QStringLiteral("\r\n") + badDate).toUtf8(), true, "invalid-value"},
        {"duplicate names", (header + QStringLiteral("\r\n") + firstRow + QStringLiteral("\r\n") + firstRow).toUtf8(),
         true, "duplicate-id"},
        {"short row", (header + QStringLiteral("\r\nnur;zwei")).toUtf8(), true, "wrong-column-count"},
        {"binary", QByteArray("\x00\x01\x02junk", 7), true, "nul-byte"},
        {"10 MB junk", QByteArray(kMaxImportBytes + 10, 'x'), true, "too-large"},
        {"json wrong shape", "[1,2,3]", false, "invalid-value"},
        {"json unknown field", R"({"format":"ki-lotse-registry","version":1,"services":[{"name":"x","vendr":"y"}]})",
         false, "unknown-field"},
        {"json deep", QByteArray(5000, '[') + QByteArray(5000, ']'), false, "too-deep"},
    };
    for (const Bad& bad : cases) {
        INFO(bad.name);
        const ServiceParseResult parsed = bad.csv ? parseServicesCsv(bad.bytes, QStringLiteral("bad.csv"))
                                                  : parseServicesJson(bad.bytes, QStringLiteral("bad.json"));
        ImportReport report;
        if (parsed.problems.isEmpty())
            report = registry->importServices(parsed.rows, false, QStringLiteral("a"));
        report.problems = parsed.problems + report.problems;
        REQUIRE(!report.problems.isEmpty());
        CHECK_FALSE(report.applied);
        const bool found = std::any_of(report.problems.cbegin(), report.problems.cend(),
                                       [&](const Diagnostic& d) { return d.code == QLatin1String(bad.expectedCode); });
        INFO(report.problems.value(0).toString().toStdString());
        CHECK(found);
        if (bad.csv && QByteArray(bad.expectedCode) != "too-large" && QByteArray(bad.expectedCode) != "nul-byte")
            CHECK(report.problems.value(0).line > 0);
        CHECK(servicesToJson(registry->services()) == before);
    }
    // A dry run reports but changes nothing, even for a good file.
    const ServiceParseResult good = parseServicesCsv(goodCsv, QStringLiteral("good.csv"));
    const ImportReport dry = registry->importServices(good.rows, true, QStringLiteral("a"));
    CHECK(dry.problems.isEmpty());
    CHECK_FALSE(dry.applied);
    CHECK(dry.updated == 0); // the same content: nothing would change
    CHECK(dry.added == 0);
}

TEST_CASE("registry_partialImport_changesOnlyTheGivenFields_unchangedRowsUntouched", "[registry][io]")
{
    QTemporaryDir dir;
    auto registry = openDemo(dir.filePath(QStringLiteral("r.sqlite")));
    const Service before = *registry->serviceByName(QStringLiteral("Stadt-KI (Eigenbetrieb)"));
    const QByteArray csv = "name;vendor;product;deployment;location;max_level;status;notes\r\n"
                           "Stadt-KI (Eigenbetrieb);" +
                           before.vendor.toUtf8() + ";" + before.product.toUtf8() +
                           ";on_premises;DE;2;approved;neu\r\n";
    const ServiceParseResult parsed = parseServicesCsv(csv, QStringLiteral("teil.csv"));
    REQUIRE(parsed.problems.isEmpty());
    const ImportReport report = registry->importServices(parsed.rows, false, QStringLiteral("a"));
    REQUIRE(report.applied);
    CHECK(report.updated == 1);
    const Service after = *registry->serviceByName(before.name);
    CHECK(after.notes == QStringLiteral("neu"));
    CHECK(after.accessUrl == before.accessUrl); // not in the file: unchanged
    CHECK(after.nextReview == before.nextReview);
    CHECK(after.useCases == before.useCases);
    CHECK(after.checklist == before.checklist);
    // Importing the full export again changes nothing and bumps no version.
    const QByteArray full = servicesToJson(registry->services());
    const ImportReport again =
        registry->importServices(parseServicesJson(full, QStringLiteral("x.json")).rows, false, QStringLiteral("a"));
    CHECK(again.applied);
    CHECK(again.updated == 0);
    CHECK(registry->serviceByName(before.name)->version == after.version);
    CHECK_FALSE(registry->isDemo()); // an organisation's own change takes the demo over
}

TEST_CASE("registry_namesAreUniqueIgnoringCase_andApprovalNeedsAReviewDate", "[registry]")
{
    QTemporaryDir dir;
    auto registry = openTemp(dir);
    RegistryError error;
    REQUIRE(registry->add(goodService(QStringLiteral("ChatKI")), QStringLiteral("a"), &error) > 0);
    CHECK(registry->add(goodService(QStringLiteral("chatki")), QStringLiteral("a"), &error) == 0);
    CHECK(error.kind == RegistryError::Kind::Duplicate);
    Service noReview = goodService(QStringLiteral("Ohne Termin"));
    noReview.nextReview = QDate();
    CHECK(registry->add(noReview, QStringLiteral("a"), &error) == 0);
    REQUIRE(error.kind == RegistryError::Kind::Invalid);
    CHECK(error.problems.value(0).field == QStringLiteral("next_review"));
}

TEST_CASE("registry_parallelFirstOpen_ofANewFile_allSucceed", "[registry]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.sqlite"));
    QList<QProcess*> processes;
    for (int i = 0; i < 3; ++i) {
        auto* p = new QProcess;
        p->start(QStringLiteral(KI_LOTSE_CLI_PATH), {QStringLiteral("tools"), QStringLiteral("--level"),
                                                     QStringLiteral("1"), QStringLiteral("--registry"), path});
        processes << p;
    }
    for (QProcess* p : processes) {
        REQUIRE(p->waitForFinished(30000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
        delete p;
    }
}

// Child mode of the crash test: writes until killed (see main.cpp).
int registryWriterMain(const QString& path)
{
    RegistryError error;
    auto registry = Registry::open(path, &error);
    if (!registry)
        return 3;
    const qint64 id = registry->serviceByName(QStringLiteral("Stadt-KI"))->id;
    for (int i = 1;; ++i) {
        Service s = *registry->service(id);
        s.notes = QStringLiteral("Stand %1").arg(i);
        if (!registry->update(s, QStringLiteral("writer"), &error))
            return 4;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

TEST_CASE("registry_sigkillDuringWrites_everyCommittedChangeAndItsAuditSurvive", "[registry][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        REQUIRE(registry->add(goodService(), QStringLiteral("setup"), &error) > 0);
    }
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--registry-writer"), path});
    REQUIRE(writer.waitForStarted(10000));
    QByteArray output;
    while (output.count('\n') < 60 && writer.waitForReadyRead(10000))
        output += writer.readAllStandardOutput();
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const int lastReported = lines.last().toInt();
    REQUIRE(lastReported >= 60);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

    RegistryError error;
    auto registry = Registry::open(path, &error);
    REQUIRE(registry);
    const Service s = *registry->serviceByName(QStringLiteral("Stadt-KI"));
    const int committed = s.notes.mid(6).toInt();
    CHECK(committed >= lastReported);     // every reported change is there
    CHECK(committed <= lastReported + 1); // at most the one in flight when killed
    CHECK(s.version == committed + 1);    // no half change: version and data agree
    int noteAudits = 0;
    for (const AuditEntry& e : registry->audit(s.id, 100000))
        if (e.field == QStringLiteral("notes") && e.action == QStringLiteral("update"))
            ++noteAudits;
    CHECK(noteAudits == committed); // every committed change has its audit entry
}

TEST_CASE("registry_schema1_isMigratedTo2_andReadOnlyCopiesSayWhatToDo", "[registry]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alt.sqlite"));
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        REQUIRE(registry);
        REQUIRE(registry->add(goodService(), QStringLiteral("admin"), &error) > 0);
    }
    {
        // Turn it into a registry written by KI-Lotse 1.x: no clearance column, schema 1.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE services DROP COLUMN special_secrecy_permitted")));
        REQUIRE(q.exec(QStringLiteral("UPDATE registry_meta SET value = '1' WHERE key = 'schema_version'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    const QString readOnlyCopy = dir.filePath(QStringLiteral("kopie.sqlite"));
    REQUIRE(QFile::copy(path, readOnlyCopy));
    REQUIRE(QFile::setPermissions(readOnlyCopy, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        INFO(error.message.toStdString());
        REQUIRE(registry);
        const QList<Service> all = registry->services(&error);
        REQUIRE(all.size() == 1);
        CHECK_FALSE(all.first().specialSecrecyPermitted); // default: not cleared
        Service cleared = all.first();
        cleared.specialSecrecyPermitted = true;
        REQUIRE(registry->update(cleared, QStringLiteral("admin"), &error));
        CHECK(registry->services().first().specialSecrecyPermitted);
    }
    if (::geteuid() != 0) { // root can write anyway
        RegistryError error;
        CHECK_FALSE(Registry::open(readOnlyCopy, &error));
        CHECK(error.message.contains(QStringLiteral("schema 1 to 2")));
    }
}

TEST_CASE("permission_specialSecrecy_onlyClearedServices_andAvvNotApplicableOnlyForOwnOperation", "[registry]")
{
    RegistryPolicy policy;
    const QDate today(2026, 12, 7);
    Service s = goodService();
    s.dpiaDone = true;
    s.staffCouncilInvolved = true;
    CHECK(decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today, false).offered);
    const PermissionDecision secret = decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today, true);
    CHECK_FALSE(secret.offered);
    CHECK(codes(secret) == QStringList{QStringLiteral("special-secrecy")});
    s.specialSecrecyPermitted = true;
    CHECK(decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today, true).offered);

    // Own operation: the checklist's "not applicable" replaces the processor contract ...
    s.avvPresent = false;
    CHECK(codes(decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today)) ==
          QStringList{QStringLiteral("processor-contract")});
    s.checklist.insert(QStringLiteral("proc.avv"), QStringLiteral("n/a"));
    CHECK(decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today).offered);
    // ... but not for a service someone else runs for the administration.
    s.deployment = Service::Deployment::Saas;
    CHECK(codes(decidePermission(s, 2, QStringLiteral("drafting"), true, policy, today)) ==
          QStringList{QStringLiteral("processor-contract")});

    // A clearance for secrecy data without personal data or level 2 is contradictory.
    Service odd = goodService();
    odd.specialSecrecyPermitted = true;
    odd.personalDataPermitted = false;
    const auto problems = validateService(odd);
    CHECK(std::any_of(problems.cbegin(), problems.cend(), [](const FieldProblem& p) {
        return p.field == QLatin1String("special_secrecy_permitted") && p.code == QLatin1String("inconsistent");
    }));
}

TEST_CASE("toolsForOutcome_demoRegistry_fitsTheVerdicts", "[registry]")
{
    QTemporaryDir dir;
    auto registry = openDemo(dir.filePath(QStringLiteral("demo.sqlite")));
    const PolicyPack& pack = test::defaultPack();
    const Classifier classifier(pack);
    auto names = [](const ToolsForCheck& t) {
        QStringList l;
        for (const ToolOffer& o : t.offered)
            l << o.service.name;
        return l;
    };
    const QDate today(2026, 12, 7);
    // A Grundsicherung summary: only the service cleared for social data, and the list says why.
    const AnswerSet social = test::answers(QStringLiteral("summarising"), {{"special_secrecy", "yes"}});
    const Outcome o1 = classifier.classify(social);
    const ToolsForCheck t1 = toolsForOutcome(*registry, pack, social, o1, today);
    CHECK(names(t1) == QStringList{QStringLiteral("Stadt-KI (Eigenbetrieb)")});
    const QStringList n1 = toolNotices(*registry, pack, social, o1, t1, today);
    CHECK(n1.filter(QStringLiteral("Nach Klärung")).size() == 1);
    CHECK(n1.filter(QStringLiteral("Sozial-, Steuer- oder Meldegeheimnis")).size() == 1);
    // The citizen chatbot needs level 2, and the demo has a level-2 service for it.
    const AnswerSet chatbot = test::answers(QStringLiteral("citizen_communication"), {{"citizen_interaction", "yes"}});
    const Outcome o2 = classifier.classify(chatbot);
    CHECK(o2.level == 2);
    CHECK(names(toolsForOutcome(*registry, pack, chatbot, o2, today)) ==
          QStringList{QStringLiteral("Bürger-Chatbot auf musterstadt.example")});
    // Blocked: nothing, not even notices.
    const AnswerSet blocked = test::answers(QStringLiteral("drafting"), {{"prohibited_practice", "yes"}});
    const Outcome o3 = classifier.classify(blocked);
    const ToolsForCheck t3 = toolsForOutcome(*registry, pack, blocked, o3, today);
    CHECK(t3.offered.isEmpty());
    CHECK(t3.excluded.isEmpty());
    CHECK(toolNotices(*registry, pack, blocked, o3, t3, today).isEmpty());
    // No level-2 service for programming: the use cases that have one are named instead of "no AI".
    const AnswerSet code = test::answers(QStringLiteral("programming"), {{"personal_data", "yes"}});
    const Outcome o4 = classifier.classify(code);
    const ToolsForCheck t4 = toolsForOutcome(*registry, pack, code, o4, today);
    CHECK(t4.offered.isEmpty());
    const QString n4 = toolNotices(*registry, pack, code, o4, t4, today).join(u'\n');
    CHECK(n4.contains(QStringLiteral("Freigegebene Dienste gibt es für:")));
    CHECK(n4.contains(pack.useCase(QStringLiteral("drafting"))->title));
    CHECK_FALSE(n4.contains(QStringLiteral("Nutzen Sie keine KI")));
    // Level 1 without a registered service for the use case: free choice within the house rules.
    RegistryError error;
    auto empty = Registry::open(dir.filePath(QStringLiteral("leer.sqlite")), &error);
    REQUIRE(empty);
    const AnswerSet ideas = test::answers(QStringLiteral("ideas"));
    const Outcome o5 = classifier.classify(ideas);
    const ToolsForCheck t5 = toolsForOutcome(*empty, pack, ideas, o5, today);
    CHECK(toolNotices(*empty, pack, ideas, o5, t5, today)
              .join(u'\n')
              .contains(QStringLiteral("Die Wahl des Werkzeugs ist frei")));
}
