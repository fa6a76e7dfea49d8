#include "policy/PolicyLoader.h"

#include "TestConfig.h"
#include "TestSupport.h"
#include "policy/PolicyLocator.h"
#include "policy/SchemaValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kilotse;
using kilotse::test::packWithOverlay;

namespace {
QString describe(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

struct InvalidCase
{
    const char* fixture; // tests/data/packs/invalid/<fixture>
    const char* file;    // expected file name (end of the path)
    int line;
    int column;
    const char* pointer;
    const char* code;
    const char* messagePart;
};
} // namespace

TEST_CASE("shippedPack_isValid_andComplete", "[policy]")
{
    const PolicyLoadResult result = loadPolicyPack(QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies"));
    INFO(describe(result.diagnostics).toStdString());
    REQUIRE(result.ok());
    const PolicyPack& pack = *result.pack;
    // The answers-file contract (docs/policy-format.md): thirteen ids in this order.
    const QStringList questions{QStringLiteral("personal_data"),      QStringLiteral("special_categories"),
                                QStringLiteral("special_secrecy"),    QStringLiteral("criminal_data"),
                                QStringLiteral("official_secrets"),   QStringLiteral("trade_secrets"),
                                QStringLiteral("third_party_data"),   QStringLiteral("public_output"),
                                QStringLiteral("published"),          QStringLiteral("decision_about_persons"),
                                QStringLiteral("high_risk_area"),     QStringLiteral("citizen_interaction"),
                                QStringLiteral("prohibited_practice")};
    QStringList ids;
    for (const Question& q : pack.questions) {
        ids << q.id;
        INFO(q.id.toStdString());
        CHECK(!q.help.isEmpty());
        CHECK(!q.examples.isEmpty());
        REQUIRE(q.options.size() == 3);
        CHECK(q.option(QStringLiteral("yes")));
        CHECK(q.option(QStringLiteral("no")));
        // "Unsure" counts as "yes" — except for prohibited practices, where it means "consult first".
        CHECK(q.effectiveAnswer(QStringLiteral("unsure")) ==
              (q.id == QLatin1String("prohibited_practice") ? QStringLiteral("unsure") : QStringLiteral("yes")));
        CHECK(pack.source(q.source.docId));
    }
    CHECK(ids == questions);
    QStringList useCases;
    for (const UseCase& u : pack.useCases)
        useCases << u.id;
    CHECK(useCases == QStringList{QStringLiteral("ideas"), QStringLiteral("drafting"), QStringLiteral("summarising"),
                                  QStringLiteral("simplifying"), QStringLiteral("translating"),
                                  QStringLiteral("data_analysis"), QStringLiteral("minutes"),
                                  QStringLiteral("research"), QStringLiteral("citizen_communication"),
                                  QStringLiteral("programming")});
    for (const ClassificationRule& r : pack.rules) {
        INFO(r.id.toStdString());
        CHECK(!r.reason.isEmpty());
        CHECK(!r.source.section.isEmpty());
    }
    CHECK(pack.sha256.size() == 64);
    // The legal state the pack rests on, not before the sources it cites.
    CHECK(pack.manifest.legalStatusAsOf == QStringLiteral("2026-12-01"));
    for (const SourceDocument& s : pack.sources) {
        INFO(s.id.toStdString());
        CHECK(pack.manifest.validFrom >= s.date);
    }
    // At least 30 regression scenarios; every new question decisive ("yes") in two, "unsure" in one.
    CHECK(pack.demos.size() >= 30);
    for (const char* id : {"special_secrecy", "criminal_data", "third_party_data", "high_risk_area", "published",
                           "prohibited_practice"}) {
        INFO(id);
        int yes = 0, unsure = 0;
        for (const DemoScenario& d : pack.demos) {
            yes += d.answers.value(QLatin1String(id)) == QLatin1String("yes");
            unsure += d.answers.value(QLatin1String(id)) == QLatin1String("unsure");
        }
        CHECK(yes >= 2);
        CHECK(unsure >= 1);
    }
}

TEST_CASE("packDates_validFromBeforeACitedSource_isRefusedWithItsPlace", "[policy]")
{
    for (const char* key : {"valid_from", "legal_status_as_of"}) {
        INFO(key);
        const QString dir = packWithOverlay(QString());
        QFile f(dir + QStringLiteral("/manifest.json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const QByteArray entry = QByteArray("\"language\": \"de\", \"").append(key).append("\": \"2024-12-31\",");
        text.replace("\"language\": \"de\",", entry);
        if (QByteArray(key) == "valid_from")
            text.replace("\"valid_from\": \"2025-01-01\",", "");
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const PolicyLoadResult result = loadPolicyPack(dir);
        INFO(describe(result.diagnostics).toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.diagnostics.first().pointer == u'/' + QLatin1String(key));
        CHECK(result.diagnostics.first().message.contains(QStringLiteral("doc-a")));
    }
}

TEST_CASE("validate_chosenCondition_withAnUnknownOption_isReportedWithItsPointer", "[policy]")
{
    const QString dir = packWithOverlay(QString());
    QFile f(dir + QStringLiteral("/classification.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    REQUIRE(text.contains("\"is\""));
    text.replace("\"is\": [\"yes\"]", "\"chosen\": [\"perhaps\"]");
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const PolicyLoadResult result = loadPolicyPack(dir);
    REQUIRE_FALSE(result.ok());
    const auto it = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                 [](const Diagnostic& d) { return d.code == QLatin1String("unknown-option"); });
    REQUIRE(it != result.diagnostics.cend());
    CHECK(it->pointer.contains(QStringLiteral("/when/chosen/0")));
}

TEST_CASE("bundledPack_isTheShippedPack", "[policy]")
{
    const PolicyLoadResult shipped = loadPolicyPack(QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies"));
    const PolicyLoadResult bundled = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled);
    REQUIRE(shipped.ok());
    REQUIRE(bundled.ok());
    CHECK(shipped.pack->sha256 == bundled.pack->sha256);
}

TEST_CASE("loadInvalidPack_reportsFileLineAndPointer_forEveryErrorKind", "[policy]")
{
    const std::vector<InvalidCase> cases{
        {"syntax-error", "questionnaire.json", 18, 12, "", "syntax", "invalid JSON"},
        {"wrong-type", "questionnaire.json", 5, 16, "/questions/0/title", "wrong-type",
         "expected a string, found an integer"},
        {"missing-field", "use_cases.json", 4, 5, "/use_cases/1", "missing-field", "\"description\""},
        {"unknown-field", "classification.json", 16, 7, "/rules/0/severity", "unknown-field", "\"severity\""},
        {"duplicate-id", "questionnaire.json", 16, 13, "/questions/1/id", "duplicate-id", "\"q_a\""},
        {"unknown-question", "classification.json", 14, 28, "/rules/0/when/question", "unknown-question", "\"q_x\""},
        {"unknown-option", "classification.json", 14, 49, "/rules/0/when/is/1", "unknown-option", "\"maybe\""},
        {"unknown-use-case", "classification.json", 21, 38, "/rules/1/when/all/0/use_case/0", "unknown-use-case",
         "\"statistics\""},
        {"unknown-source", "questionnaire.json", 25, 25, "/questions/1/source/doc", "unknown-source", "\"doc-z\""},
        {"unknown-level", "classification.json", 15, 25, "/rules/0/then/level", "unknown-level", "level 3"},
        {"bad-counts-as", "questionnaire.json", 23, 58, "/questions/1/options/2/counts_as", "unknown-option", "\"ja\""},
        {"missing-file", "usecases.json", 0, 0, "", "io", "does not exist"},
        {"binary", "sources.json", 1, 14, "", "nul-byte", "NUL byte"},
        {"unknown-area", "guidance.json", 9, 15, "/rules/0/area", "unknown-area", "\"misc\""},
        {"guidance-unknown-question", "guidance.json", 36, 70, "/rules/2/when/all/1/question", "unknown-question",
         "\"q_c\""},
        {"guidance-unknown-level", "guidance.json", 25, 18, "/rules/1/levels/0", "unknown-level", "level 3"},
        {"duplicate-rule-id", "guidance.json", 40, 13, "/rules/3/id", "duplicate-id", "\"always-check\""},
        {"unknown-placeholder", "templates.json", 8, 17, "/templates/0/prompt", "unknown-placeholder", "{{office}}"},
        {"unused-placeholder", "templates.json", 14, 18, "/templates/0/placeholders/4/name", "unused-placeholder",
         "\"words\""},
        {"malformed-placeholder", "templates.json", 8, 17, "/templates/0/prompt", "invalid-value", "{{ Recipient }}"},
        {"choice-without-choices", "templates.json", 10, 9, "/templates/0/placeholders/0", "missing-field",
         "\"choices\""},
        {"bad-example", "templates.json", 14, 111, "/templates/0/placeholders/4/example", "invalid-value",
         "not-a-number"},
        {"template-unknown-use-case", "templates.json", 6, 19, "/templates/0/use_case", "unknown-use-case",
         "\"poetry\""},
        {"label-unknown-placeholder", "labels.json", 14, 16, "/languages/de/short", "unknown-placeholder",
         "{{reviewer}}"},
    };
    for (const InvalidCase& c : cases) {
        INFO("fixture " << c.fixture);
        const QString dir = packWithOverlay(QString::fromLatin1(c.fixture));
        const PolicyLoadResult result = loadPolicyPack(dir);
        INFO(describe(result.diagnostics).toStdString());
        REQUIRE_FALSE(result.ok()); // never half-loaded
        REQUIRE(!result.diagnostics.isEmpty());
        const auto match = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                        [&](const Diagnostic& d) { return d.code == QLatin1String(c.code); });
        REQUIRE(match != result.diagnostics.cend());
        CHECK(QFileInfo(match->file).fileName() == QLatin1String(c.file));
        CHECK(QFileInfo(match->file).absolutePath() == QFileInfo(dir).absoluteFilePath());
        CHECK(match->line == c.line);
        CHECK(match->column == c.column);
        CHECK(match->pointer == QLatin1String(c.pointer));
        CHECK(match->message.contains(QLatin1String(c.messagePart)));
        // The formatted line names file, line:column and pointer together.
        if (c.line > 0)
            CHECK(match->toString().contains(QStringLiteral("%1:%2:%3: %4")
                                                 .arg(QLatin1String(c.file))
                                                 .arg(c.line)
                                                 .arg(c.column)
                                                 .arg(QLatin1String(c.pointer))));
    }
}

TEST_CASE("loadInvalidPack_reportsProblemsOfAllFilesAtOnce", "[policy]")
{
    const PolicyLoadResult result = loadPolicyPack(packWithOverlay(QStringLiteral("several")));
    INFO(describe(result.diagnostics).toStdString());
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].pointer == QStringLiteral("/rules/0/when/is/0"));
    CHECK(result.diagnostics[1].pointer == QStringLiteral("/rules/1/reason"));
    CHECK(result.diagnostics[2].pointer == QStringLiteral("/questions/0/title"));
}

TEST_CASE("loadPack_missingFolder_isAClearError", "[policy]")
{
    const PolicyLoadResult result = loadPolicyPack(QStringLiteral("/nonexistent/ki-lotse-pack"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == QStringLiteral("io"));
    CHECK(result.diagnostics[0].file == QStringLiteral("/nonexistent/ki-lotse-pack"));
}

TEST_CASE("loadPack_hostileManifest_isRejectedWithoutCrash", "[policy]")
{
    QTemporaryDir dir;
    auto write = [&](const QByteArray& manifest) {
        QFile f(dir.filePath(QStringLiteral("manifest.json")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(manifest);
    };
    write(QByteArray(100000, '[') + QByteArray(100000, ']'));
    CHECK(loadPolicyPack(dir.path()).diagnostics.value(0).code == QStringLiteral("too-deep"));
    write("{\"id\": \"<script>alert(1)</script>\"}");
    const auto result = loadPolicyPack(dir.path());
    REQUIRE_FALSE(result.ok());
    CHECK(std::any_of(result.diagnostics.cbegin(), result.diagnostics.cend(), [](const Diagnostic& d) {
        return d.pointer == QStringLiteral("/id") && d.code == QStringLiteral("invalid-value");
    }));
    // A manifest may not point outside its folder.
    QFile original(QStringLiteral(KI_LOTSE_TEST_DATA_DIR "/packs/minimal/manifest.json"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    write(original.readAll().replace("\"sources.json\"", "\"../../etc/passwd.json\""));
    const auto escaped = loadPolicyPack(dir.path());
    REQUIRE_FALSE(escaped.ok());
    CHECK(escaped.diagnostics.value(0).pointer == QStringLiteral("/files/sources"));
}

TEST_CASE("locator_searchOrder_commandLineThenEnvironmentThenSystemThenBundled", "[policy]")
{
    const QString valid = packWithOverlay(QString());
    const QString broken = packWithOverlay(QStringLiteral("wrong-type"));
    QTemporaryDir xdg;
    const QString systemPack = xdg.filePath(QStringLiteral("ki-lotse/policies"));
    QDir().mkpath(systemPack);
    for (const QString& name : QDir(valid).entryList(QDir::Files))
        QFile::copy(QDir(valid).filePath(name), QDir(systemPack).filePath(name));

    const QByteArray oldDirs = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(xdg.path()));
    CHECK(choosePolicyCandidate(QString()).origin == PackOrigin::System);
    CHECK(choosePolicyCandidate(QString()).directory == systemPack);

    qputenv("KI_LOTSE_POLICY_DIR", QFile::encodeName(broken));
    CHECK(choosePolicyCandidate(QString()).origin == PackOrigin::Environment);
    CHECK(choosePolicyCandidate(valid).origin == PackOrigin::CommandLine);

    // A broken configured pack: strict loading fails, the GUI's loading falls back to the bundled pack.
    CHECK_FALSE(resolvePolicyStrict(QString()).ok());
    const ResolvedPolicy resolved = resolvePolicyWithFallback(QString());
    CHECK(resolved.fellBack());
    CHECK(resolved.pack.origin == PackOrigin::Bundled);
    CHECK(resolved.rejected->directory == broken);
    CHECK(!resolved.rejectedDiagnostics.isEmpty());

    qunsetenv("KI_LOTSE_POLICY_DIR");
    qputenv("XDG_CONFIG_DIRS", QByteArray("/nonexistent"));
    CHECK(choosePolicyCandidate(QString()).origin == PackOrigin::Bundled);
    CHECK_FALSE(resolvePolicyWithFallback(QString()).fellBack());
    qputenv("XDG_CONFIG_DIRS", oldDirs);
}

namespace {
struct PackCounts
{
    qsizetype sources, questions, useCases, rules, guidance, templates, demos, checklist;
    bool labels, scan;
    bool operator==(const PackCounts&) const = default;
};
PackCounts countsOf(const PolicyPack& p)
{
    return {
        p.sources.size(),       p.questions.size(), p.useCases.size(), p.rules.size(),
        p.guidanceRules.size(), p.templates.size(), p.demos.size(),    p.registry ? p.registry->checklist.size() : -1,
        p.labels.has_value(),   p.scan.has_value()};
}
} // namespace

TEST_CASE("mutation_everyTypeChangeInAPackFile_isRefusedOrChangesNothing", "[policy][mutation]")
{
    // Fail closed: a single value of the wrong type anywhere in the shipped pack must either make
    // `policy validate` fail, or the pack must load with everything it had. Values are taken at an
    // even stride through each file (about 20 per file) so the test stays fast under sanitizers.
    const QString shipped = QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies");
    const PolicyLoadResult original = loadPolicyPack(shipped);
    REQUIRE(original.ok());
    const PackCounts expected = countsOf(*original.pack);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QFileInfo& info : QDir(shipped).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        if (info.fileName().startsWith(QStringLiteral("translation")))
            continue; // an overlay of texts; its types are checked by its own schema
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const nlohmann::json doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        const nlohmann::json flat = doc.flatten();
        const std::size_t stride = std::max<std::size_t>(1, flat.size() / 20);
        std::size_t index = 0;
        for (auto it = flat.begin(); it != flat.end(); ++it, ++index) {
            if (index % stride != 0 || it->is_null())
                continue;
            nlohmann::json mutated = doc; // (flatten/unflatten would turn empty objects into null)
            mutated[nlohmann::json::json_pointer(it.key())] =
                it->is_string() ? nlohmann::json(7) : nlohmann::json(std::string("7"));
            const QString packDir = dir.filePath(QStringLiteral("p%1-%2").arg(info.baseName()).arg(index));
            REQUIRE(QDir().mkpath(packDir));
            for (const QFileInfo& other : QDir(shipped).entryInfoList(QDir::Files))
                REQUIRE(QFile::copy(other.filePath(), packDir + u'/' + other.fileName()));
            QFile out(packDir + u'/' + info.fileName());
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QByteArray::fromStdString(mutated.dump(2)));
            out.close();
            INFO(info.fileName().toStdString() << " " << it.key());
            const PolicyLoadResult r = loadPolicyPack(packDir);
            if (r.ok())
                CHECK(countsOf(*r.pack) == expected);
            QDir(packDir).removeRecursively();
        }
    }
}

TEST_CASE("schemaValidator_failsClosed_onKeywordsItDoesNotImplement", "[policy][schema]")
{
    using json::SchemaValidator;
    CHECK_THROWS_AS(SchemaValidator(nlohmann::json::parse(R"({"type": "object", "oneOf": []})")),
                    std::invalid_argument);
    CHECK_THROWS_AS(SchemaValidator(nlohmann::json::parse(R"({"properties": {"a": {"format": "email"}}})")),
                    std::invalid_argument);
    CHECK_THROWS_AS(SchemaValidator(nlohmann::json::parse(R"({"items": {"$ref": "#/$defs/missing"}})")),
                    std::invalid_argument);
    CHECK_NOTHROW(SchemaValidator(nlohmann::json::parse(R"({"title": "t", "description": "d", "type": "object"})")));
    // Every bundled schema uses only what the validator implements.
    for (const QFileInfo& f :
         QDir(QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies/schema")).entryInfoList({QStringLiteral("*.json")})) {
        INFO(f.fileName().toStdString());
        CHECK_NOTHROW(SchemaValidator::bundled(f.fileName()));
    }
}

TEST_CASE("schemaValidator_propertyNamesAndSchemaValuedAdditionalProperties_areChecked", "[policy][schema]")
{
    const json::SchemaValidator v(nlohmann::json::parse(R"({"type": "object",
        "propertyNames": {"pattern": "^[a-z_]+$"},
        "additionalProperties": {"type": "string", "enum": ["yes", "no"]}})"));
    Diagnostics out;
    const QByteArray text = "{\n  \"ok\": \"yes\",\n  \"Bad-Name\": \"no\",\n  \"count\": 3\n}";
    const auto doc = json::JsonText::parse(text, QStringLiteral("a.json"), out);
    REQUIRE(doc);
    CHECK_FALSE(v.validate(*doc, out));
    REQUIRE(out.size() == 2);
    CHECK(out[0].pointer == QStringLiteral("/Bad-Name"));
    CHECK(out[0].line == 3);
    CHECK(out[0].message.contains(QStringLiteral("pattern")));
    CHECK(out[1].pointer == QStringLiteral("/count"));
    CHECK(out[1].code == QStringLiteral("wrong-type"));
}

TEST_CASE("demosWithAWrongTypeAnswer_areRefusedWithTheirPlace_notDroppedSilently", "[policy][schema]")
{
    const QString dir = packWithOverlay(QString());
    for (const QString& name : QDir(QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies")).entryList(QDir::Files)) {
        QFile::remove(dir + u'/' + name);
        REQUIRE(QFile::copy(QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies/") + name, dir + u'/' + name));
    }
    QFile f(dir + QStringLiteral("/demos.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("\"personal_data\": \"no\"", "\"personal_data\": 1");
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const PolicyLoadResult r = loadPolicyPack(dir);
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.first().file.endsWith(QStringLiteral("demos.json")));
    CHECK(r.diagnostics.first().pointer.endsWith(QStringLiteral("/answers/personal_data")));
    CHECK(r.diagnostics.first().line > 0);
    const DemoLoadResult demos = loadDemoFile(dir + QStringLiteral("/demos.json"), test::defaultPack());
    CHECK_FALSE(demos.scenarios.has_value());
    CHECK_FALSE(demos.diagnostics.isEmpty());
}
