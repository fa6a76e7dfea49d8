#include "TestConfig.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray answersJson(const char* useCase, const char* personalData, const char* prohibited = "no")
{
    return QByteArray(R"({"use_case": ")") + useCase + R"(", "answers": {"personal_data": ")" + personalData +
           R"(", "special_categories": "no", "official_secrets": "no", "trade_secrets": "no",
           "public_output": "no", "decision_about_persons": "no", "citizen_interaction": "no",
           "special_secrecy": "no", "criminal_data": "no", "third_party_data": "no", "published": "no",
           "high_risk_area": "no", "prohibited_practice": ")" +
           prohibited + R"("}})";
}

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("cli_classifyJson_fromStdin_givesLevelReasonsAndPolicy", "[cli]")
{
    const Run r = cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-"),
                       QStringLiteral("--format"), QStringLiteral("json")},
                      answersJson("drafting", "unsure"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QJsonObject o = parseObject(r.out);
    CHECK(o.value(QStringLiteral("level")).toInt() == 2);
    CHECK(o.value(QStringLiteral("blocked")).toBool() == false);
    CHECK(o.value(QStringLiteral("escalate")).toBool() == false);
    CHECK(o.value(QStringLiteral("outcome")).toString() == QStringLiteral("level_2"));
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    REQUIRE(reasons.size() == 1);
    const QJsonObject reason = reasons[0].toObject();
    CHECK(reason.value(QStringLiteral("rule")).toString() == QStringLiteral("personal-data"));
    const QJsonObject trigger = reason.value(QStringLiteral("triggers")).toArray()[0].toObject();
    CHECK(trigger.value(QStringLiteral("answer")).toString() == QStringLiteral("unsure"));
    CHECK(trigger.value(QStringLiteral("counts_as")).toString() == QStringLiteral("yes"));
    CHECK(!reason.value(QStringLiteral("source")).toObject().value(QStringLiteral("citation")).toString().isEmpty());
    const QJsonObject policy = o.value(QStringLiteral("policy")).toObject();
    CHECK(policy.value(QStringLiteral("id")).toString() == QStringLiteral("de.ki-lotse.standard"));
    CHECK(!policy.value(QStringLiteral("version")).toString().isEmpty());
}

TEST_CASE("cli_classify_blockedAndFileInput", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answers.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(answersJson("data_analysis", "no", "yes"));
    f.close();
    const Run r =
        cli({QStringLiteral("classify"), QStringLiteral("--answers=") + path, QStringLiteral("--format=json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parseObject(r.out);
    CHECK(o.value(QStringLiteral("blocked")).toBool());
    CHECK(o.value(QStringLiteral("outcome")).toString() == QStringLiteral("blocked"));

    const Run text = cli({QStringLiteral("classify"), QStringLiteral("--answers"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Ergebnis:")));
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("[prohibited-practice]")));
}

TEST_CASE("cli_missingAnswers_exit2_andNameThem", "[cli]")
{
    const Run r = cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-")},
                      R"({"use_case": "drafting", "answers": {"personal_data": "no"}})");
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    CHECK(err.contains(QStringLiteral("<stdin>:1:")));
    CHECK(err.contains(QStringLiteral("\"trade_secrets\"")));
    CHECK(err.contains(QStringLiteral("\"prohibited_practice\"")));
}

TEST_CASE("cli_badInputAndUsage_exit2_withMessageOnStderr", "[cli]")
{
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("classify")}).exitCode == 2);
    CHECK(
        cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("/nonexistent.json")}).exitCode ==
        2);
    CHECK(cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-")}, "not json").exitCode ==
          2);
    CHECK(cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-")}, QByteArray("{\0}", 3))
              .exitCode == 2);
    const Run badFormat =
        cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.out.isEmpty());
    CHECK(!badFormat.err.isEmpty());
    // An invalid pack is bad input for scripts: no silent fallback.
    const Run badPack = cli({QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-"),
                             QStringLiteral("--policy"), kilotse::test::packWithOverlay(QStringLiteral("wrong-type"))},
                            answersJson("drafting", "no"));
    CHECK(badPack.exitCode == 2);
    CHECK(QString::fromUtf8(badPack.err).contains(QStringLiteral("/questions/0/title")));
}

TEST_CASE("cli_policyValidate_jsonListsEveryDiagnostic", "[cli]")
{
    const Run ok =
        cli({QStringLiteral("policy"), QStringLiteral("validate"), QStringLiteral(KI_LOTSE_SOURCE_DIR "/policies"),
             QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(ok.exitCode == 0);
    CHECK(parseObject(ok.out).value(QStringLiteral("valid")).toBool());

    const Run bad = cli({QStringLiteral("policy"), QStringLiteral("validate"),
                         kilotse::test::packWithOverlay(QStringLiteral("several")), QStringLiteral("--format"),
                         QStringLiteral("json")});
    CHECK(bad.exitCode == 2);
    const QJsonObject o = parseObject(bad.out);
    CHECK_FALSE(o.value(QStringLiteral("valid")).toBool());
    const QJsonArray list = o.value(QStringLiteral("diagnostics")).toArray();
    REQUIRE(list.size() == 3);
    const QJsonObject first = list[0].toObject();
    CHECK(first.value(QStringLiteral("line")).toInt() == 14);
    CHECK(first.value(QStringLiteral("column")).toInt() == 42);
    CHECK(first.value(QStringLiteral("pointer")).toString() == QStringLiteral("/rules/0/when/is/0"));
    CHECK(first.value(QStringLiteral("code")).toString() == QStringLiteral("unknown-option"));
}

TEST_CASE("cli_policyShowVersionHelp_exit0", "[cli]")
{
    const Run show =
        cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject o = parseObject(show.out);
    CHECK(o.value(QStringLiteral("questions")).toArray().size() == 13);
    CHECK(o.value(QStringLiteral("policy")).toObject().value(QStringLiteral("legal_status_as_of")).toString() ==
          QStringLiteral("2026-12-01"));
    CHECK(o.value(QStringLiteral("policy")).toObject().value(QStringLiteral("origin")).toString() ==
          QStringLiteral("bundled"));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("ki-lotse-cli "));
    CHECK(cli({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("cli_stdinInPieces_isReadCompletely", "[cli]")
{
    const QByteArray data = answersJson("drafting", "no");
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH),
            {QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-"), QStringLiteral("--format"),
             QStringLiteral("json")});
    REQUIRE(p.waitForStarted(10000));
    p.write(data.left(40));
    p.waitForBytesWritten(1000);
    QThread::msleep(300);
    p.write(data.mid(40));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    CHECK(parseObject(p.readAllStandardOutput()).value(QStringLiteral("level")).toInt() == 1);
}

TEST_CASE("cli_classifyJson_listsGuidanceAndTemplates", "[cli]")
{
    const Run r = cli(
        {QStringLiteral("classify"), QStringLiteral("--answers"), QStringLiteral("-"), QStringLiteral("--format=json")},
        answersJson("drafting", "yes"));
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parseObject(r.out);
    const QJsonArray guidance = o.value(QStringLiteral("guidance")).toArray();
    CHECK(guidance.size() >= 5);
    CHECK(guidance[0].toObject().value(QStringLiteral("priority")).toInt() == 1);
    CHECK(!o.value(QStringLiteral("templates")).toArray().isEmpty());
}

TEST_CASE("cli_rulesAndTemplates_listShowFill", "[cli]")
{
    const Run list = cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--audience"),
                          QStringLiteral("admin"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray rules = parseObject(list.out).value(QStringLiteral("rules")).toArray();
    REQUIRE(!rules.isEmpty());
    for (const auto& v : rules)
        CHECK(v.toObject().value(QStringLiteral("audience")).toArray().contains(QStringLiteral("admin")));
    const QString firstId = rules[0].toObject().value(QStringLiteral("id")).toString();
    const Run show = cli({QStringLiteral("rules"), QStringLiteral("show"), firstId});
    CHECK(show.exitCode == 0);
    CHECK(QString::fromUtf8(show.out).contains(QStringLiteral("Quelle:")));
    CHECK(cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("no-such-rule")}).exitCode == 2);
    CHECK(cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--level"), QStringLiteral("zwei")})
              .exitCode == 2);

    const Run forCheck = cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--answers"),
                              QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")},
                             answersJson("drafting", "yes"));
    REQUIRE(forCheck.exitCode == 0);
    CHECK(parseObject(forCheck.out).value(QStringLiteral("rules")).toArray().size() <= 16);

    const Run templates = cli({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--use-case"),
                               QStringLiteral("translating"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(templates.exitCode == 0);
    const QJsonArray tlist = parseObject(templates.out).value(QStringLiteral("templates")).toArray();
    REQUIRE(!tlist.isEmpty());
    const QString templateId = tlist[0].toObject().value(QStringLiteral("id")).toString();
    const Run detail =
        cli({QStringLiteral("templates"), QStringLiteral("show"), templateId, QStringLiteral("--format=json")});
    REQUIRE(detail.exitCode == 0);
    const QJsonArray placeholders = parseObject(detail.out).value(QStringLiteral("placeholders")).toArray();

    // Filling with every example value works; leaving out the required ones names them.
    QStringList args{QStringLiteral("templates"), QStringLiteral("fill"), templateId};
    QStringList required;
    for (const auto& v : placeholders) {
        const QJsonObject p = v.toObject();
        args << QStringLiteral("--set")
             << p.value(QStringLiteral("name")).toString() + u'=' + p.value(QStringLiteral("example")).toString();
        if (p.value(QStringLiteral("required")).toBool())
            required << p.value(QStringLiteral("name")).toString();
    }
    const Run filled = cli(args);
    INFO(filled.err.toStdString());
    CHECK(filled.exitCode == 0);
    CHECK(!filled.out.contains("{{"));
    const Run empty = cli({QStringLiteral("templates"), QStringLiteral("fill"), templateId, QStringLiteral("--format"),
                           QStringLiteral("json")});
    CHECK(empty.exitCode == 2);
    const QJsonObject problems = parseObject(empty.out);
    CHECK(problems.value(QStringLiteral("ok")).toBool() == false);
    CHECK(problems.value(QStringLiteral("problems")).toArray().size() == required.size());
    CHECK(cli({QStringLiteral("templates"), QStringLiteral("fill"), templateId, QStringLiteral("--set"),
               QStringLiteral("nonsense")})
              .exitCode == 2);
}

TEST_CASE("cli_label_everyFormat_andArt50OnStderr", "[cli]")
{
    for (const QString& format : {QStringLiteral("text"), QStringLiteral("long"), QStringLiteral("html"),
                                  QStringLiteral("markdown"), QStringLiteral("email"), QStringLiteral("jsonld")}) {
        const Run r = cli({QStringLiteral("label"), QStringLiteral("--tool"), QStringLiteral("<b>Tool</b>"),
                           QStringLiteral("--involvement"), QStringLiteral("generated"), QStringLiteral("--audience"),
                           QStringLiteral("public"), QStringLiteral("--public-interest"), QStringLiteral("--date"),
                           QStringLiteral("2026-05-04"), QStringLiteral("--format"), format});
        INFO(format.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(!r.out.trimmed().isEmpty());
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("Art. 50 Abs. 4 KI-VO: ja")));
        if (format == QStringLiteral("jsonld"))
            CHECK(parseObject(r.out).value(QStringLiteral("dateCreated")).toString() == QStringLiteral("2026-05-04"));
        if (format == QStringLiteral("html"))
            CHECK_FALSE(r.out.contains("<b>"));
    }
    CHECK(cli({QStringLiteral("label")}).exitCode == 2);
    CHECK(cli({QStringLiteral("label"), QStringLiteral("--tool"), QStringLiteral("x"), QStringLiteral("--format"),
               QStringLiteral("pdf")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("label"), QStringLiteral("--tool"), QStringLiteral("x"),
               QStringLiteral("--public-interest")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("label"), QStringLiteral("--tool"), QStringLiteral("x"), QStringLiteral("--date"),
               QStringLiteral("gestern")})
              .exitCode == 2);
}

TEST_CASE("cli_scan_writesCompactJsonToPipesPrettyOnRequestAndNdjson", "[cli][scan]")
{
    const QByteArray draft = "Herr Jonas Weber, IBAN DE89 3704 0044 0532 0130 00\n";
    const Run compact =
        cli({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, draft);
    REQUIRE(compact.exitCode == 3);
    CHECK(compact.out.trimmed().count('\n') == 0); // not a terminal: one line
    const Run pretty = cli({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--pretty"), QStringLiteral("-")},
                           draft);
    REQUIRE(pretty.exitCode == 3);
    CHECK(pretty.out.startsWith("{\n  \"findings\": ["));
    CHECK(QJsonDocument::fromJson(pretty.out) == QJsonDocument::fromJson(compact.out));
    const Run lines =
        cli({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("ndjson"), QStringLiteral("-")}, draft);
    REQUIRE(lines.exitCode == 3);
    const QList<QByteArray> rows = lines.out.trimmed().split('\n');
    REQUIRE(rows.size() == 3);
    CHECK(rows.first().startsWith("{\"type\":\"finding\",\"category\":\"PERSON_NAME\""));
    CHECK(rows.last().startsWith("{\"type\":\"summary\",\"suggested_level\":2"));
    const Run bad = cli({QStringLiteral("scan"), QStringLiteral("--pretty"), QStringLiteral("-")}, draft);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("--pretty"));
    const Run badFormat =
        cli({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-")}, draft);
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains("ndjson"));
}
