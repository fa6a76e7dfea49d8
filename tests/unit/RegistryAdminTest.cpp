// Safe administration of the registry (issue 18): the approval checklist prefilled from the form,
// its phases and progress, and the audit log in German with its CSV export.
#include "TestSupport.h"
#include "registry/AuditText.h"
#include "registry/Checklist.h"
#include "registry/Registry.h"
#include "registry/ServiceFields.h"
#include "registry/Tools.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kilotse;

namespace {

const RegistryPolicy& policy()
{
    REQUIRE(test::defaultPack().registry);
    return *test::defaultPack().registry;
}

// A level-2 service whose form says everything it can say.
Service fullForm()
{
    Service s;
    s.name = QStringLiteral("Stadt-KI");
    s.vendor = QStringLiteral("Stadt Musterstadt");
    s.product = QStringLiteral("Assistent");
    s.models = {QStringLiteral("Modell A")};
    s.deployment = Service::Deployment::Saas;
    s.location = Service::Location::EU;
    s.backflowExcluded = true;
    s.avvPresent = true;
    s.dpiaDone = true;
    s.staffCouncilInvolved = true;
    s.maxLevel = 2;
    s.useCases = {QStringLiteral("drafting")};
    s.ownerDepartment = QStringLiteral("Hauptamt");
    s.ownerContact = QStringLiteral("ki@musterstadt.example");
    s.status = Service::Status::Approved;
    s.nextReview = QDate::currentDate().addDays(200);
    return s;
}

int itemsFor(int level)
{
    int n = 0;
    for (const ChecklistItem& item : policy().checklist)
        n += item.levels.contains(level) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("checklist_prefill_takesWhatTheFormSays", "[registry-admin]")
{
    const QMap<QString, QString> given{{QStringLiteral("gov.terms"), QStringLiteral("yes")},
                                       {QStringLiteral("proc.avv"), QStringLiteral("no")}};
    const QMap<QString, QString> answers = prefillChecklist(policy(), fullForm(), given);
    for (const char* id : {"proc.avv", "plan.dpia", "plan.staff_council", "proc.no_training", "proc.eu_location",
                           "gov.inventory", "gov.review"}) {
        INFO(id);
        CHECK(answers.value(QLatin1String(id)) == QStringLiteral("yes"));
    }
    CHECK(answers.value(QStringLiteral("gov.terms")) == QStringLiteral("yes"));            // stored answers stay
    CHECK(answers.value(QStringLiteral("proc.special_secrecy")) == QStringLiteral("n/a")); // not cleared
    CHECK_FALSE(answers.contains(QStringLiteral("proc.cloud_standard")));                  // SaaS: not for the form
    // Every prefilled answer says where it comes from.
    for (const ChecklistFormAnswer& a : checklistFormAnswers(policy(), fullForm()))
        CHECK(a.reason.startsWith(QStringLiteral("Im Formular")));

    Service own = fullForm();
    own.deployment = Service::Deployment::OnPremises;
    own.location = Service::Location::DE;
    CHECK(prefillChecklist(policy(), own, {}).value(QStringLiteral("proc.cloud_standard")) == QStringLiteral("n/a"));
    CHECK(prefillChecklist(policy(), own, {}).value(QStringLiteral("proc.eu_location")) == QStringLiteral("yes"));
}

TEST_CASE("checklist_prefill_neverInventsYes", "[registry-admin]")
{
    Service empty; // nothing ticked, nothing filled, processing outside the EU
    empty.location = Service::Location::NonEU;
    empty.specialSecrecyPermitted = true;
    const QMap<QString, QString> given{{QStringLiteral("plan.dpia"), QStringLiteral("no")}};
    const QMap<QString, QString> answers = prefillChecklist(policy(), empty, given);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() != QStringLiteral("yes"));
    }
    CHECK(answers.value(QStringLiteral("plan.dpia")) == QStringLiteral("no"));        // an unticked box changes nothing
    CHECK(answers.value(QStringLiteral("proc.eu_location")) == QStringLiteral("no")); // the form says so
    CHECK_FALSE(answers.contains(QStringLiteral("proc.special_secrecy")));            // cleared: the admin decides

    // Partly filled inventory, or a review date that is overdue or too far away: not answered.
    Service partial = fullForm();
    partial.ownerContact.clear();
    partial.nextReview = QDate::currentDate().addDays(-1);
    CHECK_FALSE(prefillChecklist(policy(), partial, {}).contains(QStringLiteral("gov.inventory")));
    CHECK_FALSE(prefillChecklist(policy(), partial, {}).contains(QStringLiteral("gov.review")));
    partial.nextReview = QDate::currentDate().addDays(policy().reviewIntervalDays + 1);
    CHECK_FALSE(prefillChecklist(policy(), partial, {}).contains(QStringLiteral("gov.review")));

    // A pack with other item ids gets no answers for ids it does not have.
    RegistryPolicy other;
    other.checklist.append(ChecklistItem{
        QStringLiteral("x.own"), QStringLiteral("planning"), QStringLiteral("Eigen"), {}, {}, true, {2}, {}});
    CHECK(prefillChecklist(other, fullForm(), {}).isEmpty());
}

TEST_CASE("checklist_phases_inPackOrder_withProgressPerPhaseAndTotal", "[registry-admin]")
{
    const QMap<QString, QString> answers = prefillChecklist(policy(), fullForm(), {});
    const QList<ChecklistPhase> phases = checklistPhases(policy(), 2, answers);
    QStringList ids;
    for (const ChecklistPhase& p : phases)
        ids << p.id;
    CHECK(ids == QStringList{QStringLiteral("governance"), QStringLiteral("planning"), QStringLiteral("procurement"),
                             QStringLiteral("adaptation"), QStringLiteral("integration"), QStringLiteral("operation"),
                             QStringLiteral("termination")});
    CHECK(phases.value(2).title == QStringLiteral("Beschaffung"));
    ChecklistProgress sum;
    for (const ChecklistPhase& p : phases) {
        CHECK(p.progress.total == p.items.size());
        for (const ChecklistItem* item : p.items)
            CHECK(item->phase == p.id);
        sum.total += p.progress.total;
        sum.answered += p.progress.answered;
        sum.openMust += p.progress.openMust;
    }
    const ChecklistProgress total = checklistProgress(policy(), 2, answers);
    CHECK(total.total == itemsFor(2));
    CHECK(sum.total == total.total);
    CHECK(sum.answered == total.answered);
    CHECK(sum.openMust == total.openMust);
    CHECK(total.answered == answers.size()); // every prefilled item applies to level 2
    CHECK(total.openMust == openMustItems(policy(), 2, answers).size());
    // Level 1 shows only its items.
    CHECK(checklistProgress(policy(), 1, {}).total == itemsFor(1));
    CHECK(checklistProgress(policy(), 1, {}).total < itemsFor(2));
}

TEST_CASE("checklist_openMustItems_needYesOrNotApplicable", "[registry-admin]")
{
    QMap<QString, QString> answers;
    for (const ChecklistItem& item : policy().checklist)
        answers.insert(item.id, QStringLiteral("yes"));
    CHECK(openMustItems(policy(), 2, answers).isEmpty());
    answers.insert(QStringLiteral("proc.avv"), QStringLiteral("n/a"));
    CHECK(openMustItems(policy(), 2, answers).isEmpty());
    answers.insert(QStringLiteral("proc.avv"), QStringLiteral("no"));
    CHECK(openMustItems(policy(), 2, answers) ==
          QStringList{QStringLiteral("Auftragsverarbeitungsvertrag abgeschlossen")});
    answers.remove(QStringLiteral("proc.avv"));
    CHECK(openMustItems(policy(), 2, answers).size() == 1);
    CHECK(openMustItems(policy(), 1, answers).isEmpty());             // the AVV item is for level 2 only
    answers.insert(QStringLiteral("gov.vuln"), QStringLiteral("no")); // SOLL, never open
    CHECK(openMustItems(policy(), 2, answers).size() == 1);
}

TEST_CASE("auditText_everyFieldHasAGermanTitle", "[registry-admin]")
{
    for (const ServiceField& f : serviceFields()) {
        const QString title = auditFieldTitle(QLatin1String(f.name));
        INFO(f.name);
        CHECK(title != QLatin1String(f.name));
        CHECK_FALSE(title.contains(u'_'));
    }
    CHECK(auditFieldTitle(QStringLiteral("max_level")) == QStringLiteral("Höchste Schutzstufe"));
    CHECK(auditFieldTitle(QStringLiteral("status")) == QStringLiteral("Status"));
    CHECK(auditFieldTitle(QStringLiteral("unknown\x1b")) == QStringLiteral("unknown\u241b"));
}

TEST_CASE("auditText_valuesAndActionsAreWorded", "[registry-admin]")
{
    CHECK(auditValueText(QStringLiteral("status"), QStringLiteral("approved")) == QStringLiteral("freigegeben"));
    CHECK(auditValueText(QStringLiteral("status"), QStringLiteral("pilot")) == QStringLiteral("Pilot"));
    CHECK(auditValueText(QStringLiteral("status"), QStringLiteral("suspended")) == QStringLiteral("ausgesetzt"));
    CHECK(auditValueText(QStringLiteral("status"), QStringLiteral("retired")) == QStringLiteral("außer Betrieb"));
    CHECK(auditValueText(QStringLiteral("max_level"), QStringLiteral("2")) == QStringLiteral("Schutzstufe 2"));
    CHECK(auditValueText(QStringLiteral("max_level"), QStringLiteral("0")) == QStringLiteral("keine"));
    CHECK(auditValueText(QStringLiteral("avv_present"), QStringLiteral("true")) == QStringLiteral("ja"));
    CHECK(auditValueText(QStringLiteral("dpia_done"), QStringLiteral("false")) == QStringLiteral("nein"));
    CHECK(auditValueText(QStringLiteral("location"), QStringLiteral("NON_EU")) == QStringLiteral("außerhalb der EU"));
    CHECK(auditValueText(QStringLiteral("deployment"), QStringLiteral("on_premises")) ==
          QStringLiteral("eigener Betrieb"));
    CHECK(auditValueText(QStringLiteral("next_review"), QStringLiteral("2027-02-28")) == QStringLiteral("28.02.2027"));
    CHECK(auditValueText(QStringLiteral("name"), QStringLiteral("true")) == QStringLiteral("true")); // text stays text
    CHECK(auditValueText(QStringLiteral("notes"), QStringLiteral("a\x07z")) == QStringLiteral("a\u2407z"));
    CHECK(auditValueText(QStringLiteral("name"), QStringLiteral("x\u202Ey")) == QStringLiteral("x<U+202E>y"));
    const PolicyPack& pack = test::defaultPack();
    CHECK(auditValueText(QStringLiteral("checklist"), QStringLiteral("proc.avv=yes | gov.terms=n/a"), &pack) ==
          QStringLiteral("Auftragsverarbeitungsvertrag abgeschlossen: ja | "
                         "Nutzungsbedingungen für den Dienst festgelegt: entfällt"));
    CHECK(auditValueText(QStringLiteral("checklist"), QStringLiteral("proc.avv=no")) ==
          QStringLiteral("proc.avv: nein"));
    REQUIRE_FALSE(pack.useCases.isEmpty());
    CHECK(auditValueText(QStringLiteral("use_cases"), pack.useCases[0].id, &pack) == pack.useCases[0].title);

    CHECK(auditActionTitle(QStringLiteral("add")) == QStringLiteral("angelegt"));
    CHECK(auditActionTitle(QStringLiteral("update")) == QStringLiteral("geändert"));
    CHECK(auditActionTitle(QStringLiteral("status")) == QStringLiteral("Status geändert"));
    CHECK(auditActionTitle(QStringLiteral("import")) == QStringLiteral("importiert"));
    CHECK(auditActionTitle(QStringLiteral("seed")) == QStringLiteral("Demo angelegt"));
    CHECK(auditActionTitle(QStringLiteral("retire-demo")) == QStringLiteral("Demo-Dienst außer Betrieb genommen"));
}

TEST_CASE("auditCsv_bomSemicolonsCrlf_germanHeaders_noFormulas_noRawControlCharacters", "[registry-admin]")
{
    AuditEntry e;
    e.id = 7;
    e.serviceId = 3;
    e.serviceName = QStringLiteral("=HYPERLINK(\"http://evil\";\"x\")");
    e.at = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    e.actor = QStringLiteral("ki_lotse_admin");
    e.action = QStringLiteral("status");
    e.field = QStringLiteral("status");
    e.oldValue = QStringLiteral("approved");
    e.newValue = QStringLiteral("suspended");
    AuditEntry nasty = e;
    nasty.id = 8;
    nasty.serviceName = QStringLiteral("@Dienst");
    nasty.field = QStringLiteral("notes");
    nasty.oldValue = QStringLiteral("-1+1");
    nasty.newValue = QString::fromUtf8("Zeile 1\r\nZeile 2\tmit\x1b[31m und ") + QChar(u'\0') + QChar(u'\u0085');

    const QByteArray csv = auditToCsv({e, nasty});
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.endsWith("\r\n"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two entries, the empty rest after the last CRLF
    CHECK(lines[0] == QStringLiteral("Nr.;Zeitpunkt;Wer;Aktion;Dienst-Nr.;Dienst;Feld;Vorher;Nachher"));
    CHECK(lines[1].contains(QStringLiteral(";Status geändert;")));
    CHECK(lines[1].contains(QStringLiteral(";Status;freigegeben;ausgesetzt")));
    CHECK(lines[1].contains(QStringLiteral("ki_lotse_admin")));
    CHECK(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\""))); // quoted, no formula
    CHECK(lines[2].contains(QStringLiteral(";'@Dienst;")));
    CHECK(lines[2].contains(QStringLiteral(";Notizen;'-1+1;")));
    CHECK(lines[1].contains(e.at.toLocalTime().toString(Qt::ISODate)));
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '\r' || u == '\n')
            continue;
        INFO(u);
        CHECK_FALSE((u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)));
    }
    CHECK(lines[2].contains(QStringLiteral("Zeile 1\u240d\u240aZeile 2\u2409mit\u241b[31m und \u2400<U+0085>")));
}

TEST_CASE("auditText_entriesOfARealRegistry_areWordedAndFiltered", "[registry-admin]")
{
    test::isolateUserFolders();
    QTemporaryDir dir;
    RegistryError error;
    auto registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
    REQUIRE(registry);
    REQUIRE(registry->seedDemo(demoServices(), &error));
    const Service s = registry->services().value(0);
    REQUIRE(registry->setStatus(s.id, Service::Status::Suspended, s.version, QStringLiteral("anna"), &error));
    AuditFilter filter;
    filter.actor = QStringLiteral("anna");
    const QList<AuditEntry> entries = registry->audit(filter, 100, &error);
    REQUIRE_FALSE(error);
    REQUIRE(entries.size() == 1);
    CHECK(auditActionTitle(entries[0].action) == QStringLiteral("Status geändert"));
    CHECK(auditFieldTitle(entries[0].field) == QStringLiteral("Status"));
    CHECK(auditValueText(entries[0].field, entries[0].newValue) == QStringLiteral("ausgesetzt"));
    CHECK(registry->auditActors(&error).contains(QStringLiteral("anna")));
    // Every field an addition writes has a German title and a worded value (no raw "true"/ids).
    for (const AuditEntry& e : registry->audit(AuditFilter{}, 10000, &error)) {
        INFO(e.field.toStdString() << " = " << e.newValue.toStdString());
        CHECK(auditFieldTitle(e.field) != e.field);
        const QString worded = auditValueText(e.field, e.newValue, &test::defaultPack());
        CHECK_FALSE(worded.contains(QRegularExpression(QStringLiteral("^(true|false|approved|pilot|NON_EU)$"))));
    }
}
