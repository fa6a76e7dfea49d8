// Check records that stay readable and honest (issue 20): duplicate keys and questions answered
// twice are refused naming the place; oversized or broken files give a short message that never
// quotes the file; the open format (format_version, unknown members of a newer minor version kept,
// a newer major version refused, unknown members of this version refused); recheck names a pack
// changed under the same version; the content checksum; dates and the label language follow the
// UI language.
#include "LocaleFormat.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "content/Label.h"
#include "policy/PolicyLoader.h"
#include "registry/AuditText.h"
#include "report/CheckRecord.h"
#include "report/RecordRender.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace kilotse;

namespace {

// Sets QLocale's default (the UI language, as installTranslations() does) for one test.
class UiLocale
{
public:
    explicit UiLocale(const QString& language) { QLocale::setDefault(localeForLanguage(language)); }
    ~UiLocale() { QLocale::setDefault(m_before); }
    UiLocale(const UiLocale&) = delete;
    UiLocale& operator=(const UiLocale&) = delete;

private:
    QLocale m_before;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

CheckRecord sampleRecord()
{
    const PolicyPack& pack = test::defaultPack();
    const AnswerSet answers =
        test::answers(QStringLiteral("citizen_communication"), {{"personal_data", "yes"}, {"public_output", "yes"}});
    const Outcome outcome = Classifier(pack).classify(answers);
    RecordContext context;
    context.purpose = QStringLiteral("Antwort auf eine Bürgeranfrage");
    context.created = QDateTime(QDate(2026, 11, 22), QTime(10, 15), QTimeZone(3600));
    context.registryProblem = QStringLiteral("kein Verzeichnis im Test");
    return makeCheckRecord(pack, answers, outcome, context);
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(recordToJson(sampleRecord())).object();
}

// The object as a record file, with a correct checksum (as the version that wrote it would have).
QByteArray withChecksum(QJsonObject o)
{
    o.remove(QStringLiteral("content_sha256"));
    const QString sum = recordContentChecksum(QJsonDocument(o).toJson());
    REQUIRE(sum.size() == 64);
    o.insert(QStringLiteral("content_sha256"), sum);
    return QJsonDocument(o).toJson();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QString allMessages(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

bool hasCode(const Diagnostics& diagnostics, const char* code)
{
    for (const Diagnostic& d : diagnostics)
        if (d.code == QLatin1String(code))
            return true;
    return false;
}

QString copyOfBundledPack(const QTemporaryDir& dir)
{
    QDirIterator it(bundledPolicyDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir.filePath(QStringLiteral("pack/") + source.mid(bundledPolicyDirectory().size() + 1));
        QDir().mkpath(QFileInfo(target).path());
        REQUIRE(QFile::copy(source, target));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.filePath(QStringLiteral("pack"));
}

} // namespace

TEST_CASE("records_duplicateKeys_areRefusedNamingTheKeyAndItsPath", "[records]")
{
    const QByteArray json = recordToJson(sampleRecord());
    // Nested: the first answer names its answer twice ("no", then "yes").
    QByteArray nested = json;
    const qsizetype at = nested.indexOf("\"answer_label\"");
    REQUIRE(at > 0);
    nested.insert(at, "\"answer\": \"yes\",\n      ");
    const RecordParseResult a = recordFromJson(nested, QStringLiteral("doppelt.json"));
    CHECK_FALSE(a.record);
    INFO(allMessages(a.diagnostics).toStdString());
    REQUIRE(hasCode(a.diagnostics, Diagnostic::CodeDuplicateKey));
    CHECK(a.diagnostics.first().pointer == QStringLiteral("/answers/0/answer"));
    CHECK(a.diagnostics.first().message.contains(QStringLiteral("\"answer\"")));
    CHECK(a.diagnostics.first().message.contains(QStringLiteral("/answers/0")));
    CHECK(a.diagnostics.first().file == QStringLiteral("doppelt.json"));

    // Top level.
    QByteArray top = json;
    top.replace("{\n  \"format\"", "{\n  \"purpose\": \"x\",\n  \"format\"");
    const RecordParseResult b = recordFromJson(top, QStringLiteral("oben.json"));
    CHECK_FALSE(b.record);
    REQUIRE_FALSE(b.diagnostics.isEmpty());
    CHECK(b.diagnostics.first().message.contains(QStringLiteral("\"purpose\"")));
    CHECK(b.diagnostics.first().message.contains(QStringLiteral("top level")));
}

TEST_CASE("records_sameQuestionAnsweredTwice_isRefused", "[records]")
{
    QJsonObject o = sampleObject();
    QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
    QJsonObject again = answers[0].toObject();
    const QString question = again.value(QStringLiteral("question")).toString();
    again.insert(QStringLiteral("answer"), QStringLiteral("yes"));
    answers.append(again);
    o.insert(QStringLiteral("answers"), answers);
    const RecordParseResult r = recordFromJson(withChecksum(o), QStringLiteral("zweimal.json"));
    CHECK_FALSE(r.record);
    INFO(allMessages(r.diagnostics).toStdString());
    REQUIRE(hasCode(r.diagnostics, Diagnostic::CodeDuplicateId));
    CHECK(r.diagnostics.first().pointer == QStringLiteral("/answers/%1/question").arg(answers.size() - 1));
    CHECK(r.diagnostics.first().message.contains(question));
    CHECK(r.diagnostics.first().line > 1);

    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("recheck"), writeFile(dir, QStringLiteral("zweimal.json"), withChecksum(o))});
    CHECK(run.exitCode == 2);
    CHECK(QString::fromUtf8(run.err).contains(question));
}

TEST_CASE("records_oversizedOrBrokenFile_givesAShortMessageWithoutItsContent", "[records]")
{
    const QByteArray secret("GEHEIMER-INHALT-");
    QByteArray big = recordToJson(sampleRecord());
    const QByteArray purpose = "\"purpose\": \"Antwort auf eine Bürgeranfrage\"";
    REQUIRE(big.contains(purpose));

    // Over 1 MiB (read as the readers do: at most one byte more than the limit).
    QByteArray huge = big;
    huge.replace(purpose, QByteArray("\"purpose\": \"" + secret.repeated(80000) + "\""));
    REQUIRE(huge.size() > kMaxRecordBytes);
    const RecordParseResult tooBig = recordFromJson(huge.left(kMaxRecordBytes + 1), QStringLiteral("gross.json"));
    CHECK_FALSE(tooBig.record);
    REQUIRE(tooBig.diagnostics.size() == 1);
    CHECK(tooBig.diagnostics.first().code == QLatin1String(Diagnostic::CodeTooLarge));
    CHECK_FALSE(tooBig.diagnostics.first().toString().contains(QLatin1String(secret)));
    CHECK(tooBig.diagnostics.first().toString().size() < 300);
    CHECK(tooBig.diagnostics.first().message.contains(QString::number(kMaxRecordBytes)));

    // A bad escape at the end of a long string: nlohmann's message quotes everything it read.
    QByteArray escape = big;
    escape.replace(purpose, QByteArray("\"purpose\": \"" + secret.repeated(30000) + "\\q\""));
    REQUIRE(escape.size() < kMaxRecordBytes);
    const RecordParseResult bad = recordFromJson(escape, QStringLiteral("escape.json"));
    CHECK_FALSE(bad.record);
    REQUIRE(bad.diagnostics.size() == 1);
    const QString text = bad.diagnostics.first().toString();
    INFO(text.left(400).toStdString());
    CHECK_FALSE(text.contains(QLatin1String("GEHEIM")));
    CHECK(text.size() < 300);
    CHECK(text.contains(QStringLiteral("escape.json")));
    CHECK(text.contains(QStringLiteral("byte")));
    CHECK(bad.diagnostics.first().line > 1);

    // The same through the CLI: exit 2, a few lines on stderr, nothing of the content.
    QTemporaryDir dir;
    for (const auto& [name, bytes] :
         {std::pair{QStringLiteral("gross.json"), huge}, std::pair{QStringLiteral("escape.json"), escape}}) {
        const Run run = cli({QStringLiteral("recheck"), writeFile(dir, name, bytes)});
        INFO(run.err.left(600).toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.contains("GEHEIM"));
        CHECK(run.err.size() < 600);
        CHECK(run.err.contains(name.toUtf8()));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("records_newerMinorVersion_keepsUnknownMembersAndSaysSo", "[records]")
{
    QJsonObject o = sampleObject();
    o.insert(QStringLiteral("format_version"), QStringLiteral("1.7"));
    o.insert(QStringLiteral("approval"), QJsonObject{{QStringLiteral("by"), QStringLiteral("Amt 10")}});
    QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
    QJsonObject first = answers[0].toObject();
    first.insert(QStringLiteral("comment"), QStringLiteral("Rückfrage beim DSB"));
    answers[0] = first;
    o.insert(QStringLiteral("answers"), answers);
    const QByteArray file = withChecksum(o);

    const RecordParseResult r = recordFromJson(file, QStringLiteral("neuer.json"));
    INFO(allMessages(r.diagnostics).toStdString());
    REQUIRE(r.record);
    CHECK(r.record->fromNewerVersion);
    CHECK(r.record->formatVersion == QStringLiteral("1.7"));
    CHECK(r.record->checksum == RecordChecksum::Valid);
    QStringList pointers;
    for (const RecordExtension& x : r.record->unknownFields)
        pointers << x.pointer;
    pointers.sort();
    CHECK(pointers == QStringList{QStringLiteral("/answers/0/comment"), QStringLiteral("/approval")});
    const QList<RecordNote> notes = recordNotes(*r.record);
    REQUIRE(notes.size() == 1);
    CHECK_FALSE(notes.first().warning);
    CHECK(notes.first().text.contains(QStringLiteral("Erstellt von einer neueren Version von KI-Lotse")));
    CHECK(notes.first().text.contains(QStringLiteral("angezeigt, soweit verstanden")));
    CHECK(notes.first().text.contains(QStringLiteral("/approval")));
    CHECK(recordToHtml(*r.record).contains(QStringLiteral("Erstellt von einer neueren Version von KI-Lotse")));

    // Written back: the unknown members and the version stay, and so does the checksum.
    const QByteArray again = recordToJson(*r.record);
    const QJsonObject back = QJsonDocument::fromJson(again).object();
    CHECK(back.value(QStringLiteral("format_version")).toString() == QStringLiteral("1.7"));
    CHECK(back.value(QStringLiteral("approval")).toObject().value(QStringLiteral("by")).toString() ==
          QStringLiteral("Amt 10"));
    CHECK(back.value(QStringLiteral("answers")).toArray()[0].toObject().value(QStringLiteral("comment")).toString() ==
          QStringLiteral("Rückfrage beim DSB"));
    CHECK(back.value(QStringLiteral("content_sha256")).toString() ==
          QJsonDocument::fromJson(file).object().value(QStringLiteral("content_sha256")).toString());

    // The CLI reads it, says so on stderr, and re-evaluates.
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recheck"),
                         writeFile(dir, QStringLiteral("neuer.json"), file)});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.err).contains(QStringLiteral("Erstellt von einer neueren Version von KI-Lotse")));
}

TEST_CASE("records_newerMajorVersion_isRefused_unknownMembersOfThisVersionToo", "[records]")
{
    for (const QJsonValue& version : {QJsonValue(QStringLiteral("2.0")), QJsonValue(2)}) {
        QJsonObject o = sampleObject();
        o.insert(QStringLiteral("format_version"), version);
        o.insert(QStringLiteral("everything"), QStringLiteral("different"));
        const RecordParseResult r = recordFromJson(withChecksum(o), QStringLiteral("v2.json"));
        CHECK_FALSE(r.record);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics.first().code == QStringLiteral("newer-format"));
        CHECK(r.diagnostics.first().pointer == QStringLiteral("/format_version"));
        CHECK(r.diagnostics.first().message.contains(QStringLiteral("2.0")));
        CHECK(r.diagnostics.first().message.contains(QStringLiteral("newer version of KI-Lotse")));
    }
    // This version (1.1) and the old one (1): an unknown member is an error (fail closed).
    for (const QJsonValue& version : {QJsonValue(CheckRecord::currentFormatVersion()), QJsonValue(1)}) {
        QJsonObject o = sampleObject();
        o.insert(QStringLiteral("format_version"), version);
        o.insert(QStringLiteral("extra"), 1);
        const RecordParseResult r = recordFromJson(withChecksum(o), QStringLiteral("extra.json"));
        CHECK_FALSE(r.record);
        CHECK(hasCode(r.diagnostics, Diagnostic::CodeUnknownField));
    }
    QJsonObject o = sampleObject();
    o.insert(QStringLiteral("format_version"), QStringLiteral("2.0"));
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("recheck"),
                         writeFile(dir, QStringLiteral("v2.json"), withChecksum(o))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("format version 2.0"));
}

TEST_CASE("records_checksum_detectsAnEdit_andIsStableAcrossSaveAndLoad", "[records]")
{
    const QByteArray json = recordToJson(sampleRecord());
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CHECK(o.value(QStringLiteral("format_version")).toString() == QStringLiteral("1.1"));
    const QString stored = o.value(QStringLiteral("content_sha256")).toString();
    REQUIRE(stored.size() == 64);
    CHECK(stored == recordContentChecksum(json));
    CHECK(json.trimmed().endsWith(("\"content_sha256\": \"" + stored + "\"\n}").toUtf8()));

    const RecordParseResult read = recordFromJson(json, QStringLiteral("r.json"));
    REQUIRE(read.record);
    CHECK(read.record->checksum == RecordChecksum::Valid);
    CHECK(recordNotes(*read.record).isEmpty());
    CHECK(recordToJson(*read.record) == json); // save → load → save: the same bytes

    // Another layout (compact, members in another order) is the same content.
    const QByteArray compact = QJsonDocument(o).toJson(QJsonDocument::Compact);
    CHECK(compact != json);
    CHECK(recordContentChecksum(compact) == stored);
    CHECK(recordFromJson(compact, QStringLiteral("c.json")).record->checksum == RecordChecksum::Valid);

    // An edit to the content: still readable, with a warning; written back, the edit stays visible.
    QByteArray edited = json;
    edited.replace("\"level\": 2", "\"level\": 1");
    const RecordParseResult changed = recordFromJson(edited, QStringLiteral("e.json"));
    REQUIRE(changed.record);
    CHECK(changed.record->checksum == RecordChecksum::Mismatch);
    const QList<RecordNote> notes = recordNotes(*changed.record);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().warning);
    CHECK(notes.first().text.contains(QStringLiteral("nach dem Erstellen verändert")));
    CHECK(recordToHtml(*changed.record).contains(QStringLiteral("nach dem Erstellen verändert")));
    CHECK(recordFromJson(recordToJson(*changed.record), QStringLiteral("e2.json")).record->checksum ==
          RecordChecksum::Mismatch);

    // The checksum removed from a 1.1 record: also an edit.
    QJsonObject removed = o;
    removed.remove(QStringLiteral("content_sha256"));
    CHECK(recordFromJson(QJsonDocument(removed).toJson(), QStringLiteral("x.json")).record->checksum ==
          RecordChecksum::Mismatch);

    // A record of format 1 (before checksums): accepted with a note, written back as it was.
    QJsonObject old = removed;
    old.insert(QStringLiteral("format_version"), 1);
    const QByteArray oldJson = QJsonDocument(old).toJson();
    const RecordParseResult legacy = recordFromJson(oldJson, QStringLiteral("alt.json"));
    REQUIRE(legacy.record);
    CHECK(legacy.record->checksum == RecordChecksum::Missing);
    REQUIRE(recordNotes(*legacy.record).size() == 1);
    CHECK_FALSE(recordNotes(*legacy.record).first().warning);
    const QJsonObject oldBack = QJsonDocument::fromJson(recordToJson(*legacy.record)).object();
    CHECK(oldBack.value(QStringLiteral("format_version")).toInt() == 1);
    CHECK_FALSE(oldBack.contains(QStringLiteral("content_sha256")));

    // The CLI warns on stderr.
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recheck"),
                         writeFile(dir, QStringLiteral("e.json"), edited)});
    CHECK(
        QString::fromUtf8(run.err).contains(QStringLiteral("Warnung: Der Vermerk wurde nach dem Erstellen verändert")));
}

TEST_CASE("records_recheck_namesAPackChangedUnderTheSameVersion", "[records]")
{
    QTemporaryDir dir;
    const QString packDir = copyOfBundledPack(dir);
    {
        QFile manifest(packDir + QStringLiteral("/manifest.json"));
        REQUIRE(manifest.open(QIODevice::Append));
        manifest.write("\n");
    }
    const PolicyLoadResult edited = loadPolicyPack(packDir);
    REQUIRE(edited.ok());
    const PolicyPack& original = test::defaultPack();
    REQUIRE(edited.pack->manifest.version == original.manifest.version);
    REQUIRE(edited.pack->sha256 != original.sha256);

    const CheckRecord record = sampleRecord();
    const RecordComparison c = compareWithPack(record, *edited.pack);
    CHECK_FALSE(c.samePack);
    CHECK(c.packContentChanged);
    const QString text = packChangeText(record, c);
    CHECK(text.contains(
        QStringLiteral("%1 %2 wurde seit dem Vermerk verändert").arg(original.manifest.id, original.manifest.version)));
    CHECK(text.contains(QString::fromLatin1(original.sha256.left(12))));
    CHECK(text.contains(QString::fromLatin1(edited.pack->sha256.left(12))));
    CHECK_FALSE(
        text.contains(QStringLiteral("damals %1 %2, heute").arg(original.manifest.id, original.manifest.version)));
    CHECK(recordToHtml(record, &c, &*edited.pack).contains(QStringLiteral("wurde seit dem Vermerk verändert")));

    const Run run =
        cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recheck"), QStringLiteral("--policy"),
             packDir, writeFile(dir, QStringLiteral("r.json"), recordToJson(record))});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(
        QStringLiteral("wurde seit dem Vermerk verändert (Prüfsumme damals %1…, heute %2…)")
            .arg(QString::fromLatin1(original.sha256.left(12)), QString::fromLatin1(edited.pack->sha256.left(12)))));
}

TEST_CASE("records_datesFollowTheUiLanguage_noUhrInEnglish", "[records]")
{
    const CheckRecord record = sampleRecord();
    {
        const UiLocale english(QStringLiteral("en"));
        const QString html = recordToHtml(record);
        CHECK_FALSE(html.contains(QStringLiteral("Uhr")));
        CHECK(html.contains(QStringLiteral("22 November 2026, 10:15")));
        CHECK(html.contains(QStringLiteral("<html lang=\"en\">")));
        CHECK(displayDate(QDate(2026, 12, 1)) == QStringLiteral("1 December 2026"));
        CHECK(displayNumber(1048576) == QStringLiteral("1,048,576"));
    }
    {
        const UiLocale german(QStringLiteral("de"));
        const QString html = recordToHtml(record);
        CHECK(html.contains(QStringLiteral("22.11.2026, 10:15 Uhr")));
        CHECK(html.contains(QStringLiteral("<html lang=\"de\">")));
        CHECK(displayNumber(1048576) == QStringLiteral("1.048.576"));
    }

    // The CLI in English: the record and recheck without "Uhr", with the English date.
    QTemporaryDir dir;
    const QString json = writeFile(dir, QStringLiteral("r.json"), recordToJson(record));
    const Run html =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("--record"), json,
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-")});
    INFO(html.err.toStdString());
    REQUIRE(html.exitCode == 0);
    CHECK_FALSE(html.out.contains("Uhr"));
    CHECK(html.out.contains("22 November 2026, 10:15"));
    const Run recheck = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("recheck"), json});
    CHECK(recheck.exitCode == 0);
    CHECK_FALSE(recheck.out.contains("Uhr"));
    CHECK(recheck.out.contains("22 November 2026, 10:15"));
    const Run german = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recheck"), json});
    CHECK(german.out.contains("22.11.2026, 10:15 Uhr"));
}

TEST_CASE("records_labelLanguage_followsTheUiLanguageUnlessChosen", "[records]")
{
    const PolicyPack& pack = test::defaultPack();
    LabelRequest request;
    request.tool = QStringLiteral("Stadt-KI");
    request.involvement = QStringLiteral("assisted");
    request.date = QDate(2026, 3, 1);
    {
        const UiLocale english(QStringLiteral("en"));
        CHECK(labelLanguage(pack, request) == QStringLiteral("en"));
        CHECK(renderLabel(pack, request, LabelFormat::Short).startsWith(QStringLiteral("Transparency note:")));
        CHECK(renderLabel(pack, request, LabelFormat::Html).contains(QStringLiteral("lang=\"en\"")));
        LabelRequest german = request;
        german.language = QStringLiteral("de");
        CHECK(renderLabel(pack, german, LabelFormat::Short).startsWith(QStringLiteral("Transparenzhinweis:")));
    }
    {
        const UiLocale german(QStringLiteral("de"));
        CHECK(labelLanguage(pack, request) == QStringLiteral("de"));
        CHECK(renderLabel(pack, request, LabelFormat::Short).startsWith(QStringLiteral("Transparenzhinweis:")));
    }
    const QStringList args{QStringLiteral("label"), QStringLiteral("--tool"), QStringLiteral("Stadt-KI")};
    const Run en = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    const Run de = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + args);
    const Run chosen = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args +
                           QStringList{QStringLiteral("--language"), QStringLiteral("de")});
    CHECK(en.exitCode == 0);
    CHECK(en.out.startsWith("Transparency note:"));
    CHECK(de.out.startsWith("Transparenzhinweis:"));
    CHECK(chosen.out.startsWith("Transparenzhinweis:"));
}

TEST_CASE("locale_registryDatesAndLogTimes_followTheUiLanguage", "[records][locale]")
{
    // The audit log, the tool list and the checklist show dates like the record: in the UI language.
    const QLocale before;
    const QDateTime at(QDate(2026, 12, 7), QTime(23, 27, 5), Qt::LocalTime);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(auditValueText(QStringLiteral("next_review"), QStringLiteral("2027-03-01")) ==
          QStringLiteral("1 March 2027"));
    CHECK(displayTimestamp(at) == QStringLiteral("07/12/2026 23:27:05"));
    CHECK(dateInputFormat() == QStringLiteral("dd/MM/yyyy"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(auditValueText(QStringLiteral("next_review"), QStringLiteral("2027-03-01")) == QStringLiteral("01.03.2027"));
    CHECK(displayTimestamp(at) == QStringLiteral("07.12.2026 23:27:05"));
    QLocale::setDefault(before);
}
