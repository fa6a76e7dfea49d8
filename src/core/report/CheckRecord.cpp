#include "report/CheckRecord.h"

#include "content/Guidance.h"
#include "core/Version.h"
#include "policy/JsonText.h"
#include "policy/SchemaValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

namespace kilotse {

using ojson = nlohmann::ordered_json;

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckRecord)
};

std::string u8(const QString& s)
{
    return s.toStdString();
}

QString qstr(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList qstrList(const nlohmann::json& object, const char* key)
{
    QStringList list;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array())
        for (const auto& v : *it)
            if (v.is_string())
                list << QString::fromStdString(v.get<std::string>());
    return list;
}

RecordSource recordSource(const PolicyPack& pack, const SourceRef& ref)
{
    return RecordSource{ref.docId, ref.section, pack.citation(ref)};
}

ojson sourceJson(const RecordSource& s)
{
    return ojson{{"doc", u8(s.doc)}, {"section", u8(s.section)}, {"citation", u8(s.citation)}};
}

RecordSource sourceFrom(const nlohmann::json& j)
{
    return RecordSource{qstr(j, "doc"), qstr(j, "section"), qstr(j, "citation")};
}

ojson strings(const QStringList& list)
{
    ojson a = ojson::array();
    for (const QString& s : list)
        a.push_back(u8(s));
    return a;
}

// The canonical form (see recordContentChecksum): nlohmann::json keeps object members in a
// std::map, i.e. sorted by name in byte order; dump() without indent writes no white space.
QString canonicalChecksum(nlohmann::json value)
{
    value.erase("content_sha256");
    const std::string canonical = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(canonical.data(), static_cast<qsizetype>(canonical.size())),
                                 QCryptographicHash::Sha256)
            .toHex());
}

struct FormatVersion
{
    int major = 0;
    int minor = 0;
};

// format_version: the integer 1 (= 1.0) or "MAJOR.MINOR"; nullopt for anything else (the schema
// then names the problem).
std::optional<FormatVersion> formatVersionOf(const nlohmann::json& root)
{
    if (!root.is_object())
        return std::nullopt;
    const auto it = root.find("format_version");
    if (it == root.end())
        return std::nullopt;
    if (it->is_number_integer()) {
        const auto v = it->get<qint64>();
        if (v < 0 || v > 9999)
            return std::nullopt;
        return FormatVersion{static_cast<int>(v), 0};
    }
    if (!it->is_string())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,4})\\.([0-9]{1,4})$"));
    const auto m = form.match(QString::fromStdString(it->get<std::string>()));
    if (!m.hasMatch())
        return std::nullopt;
    return FormatVersion{m.captured(1).toInt(), m.captured(2).toInt()};
}

// nlohmann's explanation of a syntax error without the text it last read (which can be the whole
// file: a bad escape at the end of a long string), and the byte offset of the error.
QString syntaxProblem(const QByteArray& bytes, qsizetype* byteOffset)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    try {
        const auto parsed = nlohmann::json::parse(bytes.constData() + start, bytes.constData() + bytes.size());
        Q_UNUSED(parsed)
    } catch (const nlohmann::json::parse_error& e) {
        *byteOffset = std::max<qsizetype>(0, static_cast<qsizetype>(e.byte) - 1 + start);
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
        // parsing value - invalid string: ...; last read: '<text>'; expected ..."
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        if (const auto lastRead = what.find("; last read"); lastRead != std::string::npos)
            what.resize(lastRead);
        return QString::fromUtf8(what.data(), static_cast<qsizetype>(std::min<std::size_t>(what.size(), 200)));
    } catch (const std::exception&) {
    }
    *byteOffset = -1;
    return {};
}

// Messages never quote more than a few words of the file (an unknown member name or a value can
// be megabytes long), and a broken file yields a readable number of lines.
void shortenDiagnostics(Diagnostics& out, const QByteArray& bytes)
{
    constexpr qsizetype kMaxMessage = 300;
    constexpr qsizetype kMaxDiagnostics = 20;
    for (Diagnostic& d : out) {
        if (d.code == QLatin1String(Diagnostic::CodeSyntax)) {
            qsizetype offset = -1;
            const QString problem = syntaxProblem(bytes, &offset);
            d.message =
                offset >= 0 ? Tr::tr("invalid JSON at byte %1: %2").arg(offset).arg(problem) : Tr::tr("invalid JSON");
        } else if (d.code == QLatin1String(Diagnostic::CodeDuplicateKey)) {
            const qsizetype slash = d.pointer.lastIndexOf(u'/');
            const QString key = d.pointer.mid(slash + 1)
                                    .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                    .replace(QStringLiteral("~0"), QStringLiteral("~"));
            const QString parent = d.pointer.left(std::max<qsizetype>(0, slash));
            d.message = parent.isEmpty()
                            ? Tr::tr("the key \"%1\" appears twice at the top level").arg(key.left(80))
                            : Tr::tr("the key \"%1\" appears twice in %2").arg(key.left(80), parent.left(200));
        }
        if (d.message.size() > kMaxMessage)
            d.message = d.message.left(kMaxMessage) + QStringLiteral("…");
        if (d.pointer.size() > kMaxMessage)
            d.pointer = d.pointer.left(kMaxMessage) + QStringLiteral("…");
    }
    if (out.size() > kMaxDiagnostics) {
        const qsizetype more = out.size() - kMaxDiagnostics;
        const QString file = out.first().file;
        out.resize(kMaxDiagnostics);
        out.append({file,
                    0,
                    0,
                    {},
                    QString::fromLatin1(Diagnostic::CodeInvalidValue),
                    Tr::tr("… and %n more problem(s)", nullptr, static_cast<int>(more))});
    }
}

QString shortHash(const QString& sha256)
{
    return sha256.isEmpty() ? Tr::tr("(unbekannt)") : sha256.left(12) + QStringLiteral("…");
}

} // namespace

AnswerSet CheckRecord::answerSet() const
{
    AnswerSet set;
    set.useCase = useCaseId;
    for (const RecordAnswer& a : answers)
        set.answers.insert(a.questionId, a.answerId);
    return set;
}

QString normalisePurpose(const QString& purpose)
{
    QString out;
    out.reserve(purpose.size());
    for (QChar c : purpose) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            out += u' ';
        else
            out += c;
    }
    out = out.simplified();
    if (out.size() > kMaxPurposeLength) {
        out.truncate(kMaxPurposeLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

QString currentUserName()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* key : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = env.value(QLatin1String(key));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

CheckRecord makeCheckRecord(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                            const RecordContext& context)
{
    CheckRecord r;
    r.created = context.created;
    r.user = normalisePurpose(context.user).left(100);
    r.appVersion = QString::fromLatin1(kVersion);
    r.packId = pack.manifest.id;
    r.packVersion = pack.manifest.version;
    r.packTitle = pack.manifest.title;
    r.packSha256 = QString::fromLatin1(pack.sha256);
    r.packLegalStatus = pack.manifest.legalStatusAsOf;
    r.purpose = normalisePurpose(context.purpose);
    r.useCaseId = answers.useCase;
    if (const UseCase* u = pack.useCase(answers.useCase))
        r.useCaseTitle = u->title;
    for (const Question& q : pack.questions) {
        const QString answer = answers.answers.value(q.id);
        const AnswerOption* o = q.option(answer);
        r.answers.append(RecordAnswer{q.id, q.title, q.text, answer, o ? o->label : QString()});
    }

    r.verdict = outcome.verdictId();
    r.level = outcome.level;
    r.escalate = outcome.escalate;
    r.blocked = outcome.blocked;
    if (outcome.blocked) {
        r.outcomeTitle = pack.blocked.title;
        r.outcomeSummary = pack.blocked.summary;
        r.nextSteps = pack.blocked.nextSteps;
    } else {
        const LevelText* level = pack.level(outcome.level);
        r.outcomeTitle = level ? level->title : Tr::tr("Schutzstufe %1").arg(outcome.level);
        if (outcome.escalate) {
            r.outcomeSummary = pack.escalate.summary;
            r.nextSteps = pack.escalate.nextSteps;
        }
        if (level) {
            r.outcomeSummary = r.outcomeSummary.isEmpty() ? level->summary : r.outcomeSummary + u' ' + level->summary;
            r.nextSteps += level->nextSteps;
        }
    }
    for (const Reason& reason : outcome.reasons)
        r.reasons.append(RecordReason{reason.ruleId, reason.text, reason.advice, recordSource(pack, reason.source)});

    r.registryAvailable = context.tools != nullptr;
    r.registryDemo = context.registryDemo;
    r.registryProblem = context.registryProblem;
    if (context.tools && !outcome.blocked) {
        for (const ToolOffer& offer : context.tools->offered) {
            RecordTool t;
            t.id = offer.service.id;
            t.name = offer.service.name;
            t.vendor = offer.service.vendor;
            t.maxLevel = offer.service.maxLevel;
            t.rowVersion = offer.service.version;
            t.accessUrl = offer.service.accessUrl;
            for (const PermissionNote& n : offer.decision.notes)
                if (!n.excludes)
                    t.warnings << permissionNoteId(n.code);
            r.tools.append(t);
        }
    }
    for (const GuidanceRule* g : rulesForCheck(pack, answers, outcome))
        r.rules.append(RecordRule{g->id, g->title, g->doText, recordSource(pack, g->source)});
    r.label = context.label;
    r.scanCounts = context.scanCounts;
    return r;
}

QByteArray recordToJson(const CheckRecord& r)
{
    ojson answers = ojson::array();
    for (const RecordAnswer& a : r.answers)
        answers.push_back(ojson{{"question", u8(a.questionId)},
                                {"title", u8(a.questionTitle)},
                                {"text", u8(a.questionText)},
                                {"answer", u8(a.answerId)},
                                {"answer_label", u8(a.answerLabel)}});
    ojson reasons = ojson::array();
    for (const RecordReason& x : r.reasons)
        reasons.push_back(ojson{
            {"rule", u8(x.ruleId)}, {"text", u8(x.text)}, {"advice", u8(x.advice)}, {"source", sourceJson(x.source)}});
    ojson tools = ojson::array();
    for (const RecordTool& t : r.tools)
        tools.push_back(ojson{{"id", t.id},
                              {"name", u8(t.name)},
                              {"vendor", u8(t.vendor)},
                              {"max_level", t.maxLevel},
                              {"row_version", t.rowVersion},
                              {"access_url", u8(t.accessUrl)},
                              {"warnings", strings(t.warnings)}});
    ojson rules = ojson::array();
    for (const RecordRule& g : r.rules)
        rules.push_back(
            ojson{{"id", u8(g.id)}, {"title", u8(g.title)}, {"do", u8(g.doText)}, {"source", sourceJson(g.source)}});

    ojson j;
    j["format"] = "ki-lotse-check-record";
    if (r.formatVersion == QLatin1String("1"))
        j["format_version"] = 1; // a record of format 1.0 is written back as it was
    else
        j["format_version"] = u8(r.formatVersion.isEmpty() ? CheckRecord::currentFormatVersion() : r.formatVersion);
    j["created"] = u8(r.created.toOffsetFromUtc(r.created.offsetFromUtc()).toString(Qt::ISODate));
    j["user"] = r.user.isEmpty() ? ojson(nullptr) : ojson(u8(r.user));
    j["app"] = ojson{{"name", kApplicationName}, {"version", u8(r.appVersion)}};
    j["policy"] = ojson{
        {"id", u8(r.packId)}, {"version", u8(r.packVersion)}, {"title", u8(r.packTitle)}, {"sha256", u8(r.packSha256)}};
    if (!r.packLegalStatus.isEmpty())
        j["policy"]["legal_status_as_of"] = u8(r.packLegalStatus);
    j["purpose"] = u8(r.purpose);
    j["use_case"] = ojson{{"id", u8(r.useCaseId)}, {"title", u8(r.useCaseTitle)}};
    j["answers"] = answers;
    j["outcome"] = ojson{{"verdict", u8(r.verdict)},
                         {"level", r.level},
                         {"escalate", r.escalate},
                         {"blocked", r.blocked},
                         {"title", u8(r.outcomeTitle)},
                         {"summary", u8(r.outcomeSummary)},
                         {"next_steps", strings(r.nextSteps)},
                         {"reasons", reasons}};
    j["registry"] = ojson{{"available", r.registryAvailable},
                          {"demo", r.registryDemo},
                          {"problem", r.registryProblem.isEmpty() ? ojson(nullptr) : ojson(u8(r.registryProblem))},
                          {"permitted_tools", tools}};
    j["rules"] = rules;
    j["label"] =
        r.label
            ? ojson{{"tool", u8(r.label->tool)}, {"involvement", u8(r.label->involvement)}, {"text", u8(r.label->text)}}
            : ojson(nullptr);
    if (r.scanCounts) {
        ojson counts = ojson::object();
        for (auto it = r.scanCounts->cbegin(); it != r.scanCounts->cend(); ++it)
            counts[u8(it.key())] = it.value();
        j["draft_scan"] = ojson{{"finding_counts", counts}};
    } else {
        j["draft_scan"] = nullptr;
    }
    // Members of a newer format version go back where they were.
    for (const RecordExtension& x : r.unknownFields) {
        try {
            const ojson::json_pointer pointer(u8(x.pointer));
            if (pointer.empty() || !j.contains(pointer.parent_pointer()) || !j[pointer.parent_pointer()].is_object())
                continue;
            j[pointer] = ojson::parse(x.json.constData(), x.json.constData() + x.json.size());
        } catch (const nlohmann::json::exception&) {
            // not a pointer into this record: dropped (it was reported when the record was read)
        }
    }
    // The checksum: computed for a record as the program makes it; a record read with a wrong or
    // removed checksum keeps what it had, so writing it back does not hide the edit; a record of
    // format 1.0 stays without one.
    const bool legacy = r.formatVersion == QLatin1String("1");
    if (r.checksum == RecordChecksum::Valid && !(legacy && r.storedChecksum.isEmpty())) {
        const std::string compact = j.dump(-1, ' ', false, ojson::error_handler_t::replace);
        j["content_sha256"] = u8(canonicalChecksum(nlohmann::json::parse(compact)));
    } else if (r.checksum == RecordChecksum::Mismatch && !r.storedChecksum.isEmpty()) {
        j["content_sha256"] = u8(r.storedChecksum);
    }
    return QByteArray::fromStdString(j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n");
}

QString recordContentChecksum(const QByteArray& json)
{
    try {
        const auto value = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        return value.is_object() ? canonicalChecksum(value) : QString();
    } catch (const nlohmann::json::exception&) {
        return {};
    }
}

QList<RecordNote> recordNotes(const CheckRecord& r)
{
    QList<RecordNote> notes;
    if (r.checksum == RecordChecksum::Mismatch)
        notes.append(
            {true, Tr::tr("Der Vermerk wurde nach dem Erstellen verändert: Seine Prüfsumme passt nicht zum Inhalt. "
                          "Angezeigt wird der veränderte Inhalt.")});
    if (r.fromNewerVersion) {
        QStringList names;
        for (const RecordExtension& x : r.unknownFields) // names only, never values, and never long
            names << (x.pointer.size() > 80 ? x.pointer.left(80) + QStringLiteral("…") : x.pointer);
        QString text = Tr::tr("Erstellt von einer neueren Version von KI-Lotse (Formatversion %1); angezeigt, soweit "
                              "verstanden.")
                           .arg(r.formatVersion);
        if (!names.isEmpty()) {
            const qsizetype shown = std::min<qsizetype>(names.size(), 10);
            text += u' ' + Tr::tr("Nicht verstandene Angaben: %1").arg(names.mid(0, shown).join(QStringLiteral(", ")));
            if (names.size() > shown)
                text += Tr::tr(" und %n weitere", nullptr, static_cast<int>(names.size() - shown));
            text += u'.';
        }
        notes.append({false, text});
    }
    if (r.checksum == RecordChecksum::Missing)
        notes.append({false, Tr::tr("Der Vermerk stammt aus einer älteren Version von KI-Lotse und hat keine "
                                    "Prüfsumme; ob er nachträglich verändert wurde, lässt sich nicht erkennen.")});
    return notes;
}

RecordParseResult recordFromJson(const QByteArray& bytes, const QString& fileName)
{
    RecordParseResult result;
    Diagnostics& out = result.diagnostics;
    if (bytes.size() > kMaxRecordBytes) {
        out.append(
            {fileName,
             0,
             0,
             {},
             QString::fromLatin1(Diagnostic::CodeTooLarge),
             Tr::tr("the record is larger than %1 bytes (1 MiB); reading stopped at byte %1").arg(kMaxRecordBytes)});
        return result;
    }
    const auto text = json::JsonText::parse(bytes, fileName, out);
    if (!text) {
        shortenDiagnostics(out, bytes);
        return result;
    }
    const auto version = formatVersionOf(text->root());
    if (version && version->major > CheckRecord::kFormatMajor) {
        out.append(text->at(QStringLiteral("/format_version"), "newer-format",
                            Tr::tr("the record has format version %1.%2; this version of KI-Lotse reads format "
                                   "version %3.x only – please open it with a newer version of KI-Lotse")
                                .arg(version->major)
                                .arg(version->minor)
                                .arg(CheckRecord::kFormatMajor)));
        return result;
    }
    const bool newer =
        version && version->major == CheckRecord::kFormatMajor && version->minor > CheckRecord::kFormatMinor;
    Diagnostics problems;
    bool conforms = false;
    try {
        conforms = json::SchemaValidator::bundled(QStringLiteral("record.schema.json")).validate(*text, problems);
    } catch (const std::exception& e) {
        problems.append({fileName,
                         0,
                         0,
                         {},
                         QString::fromLatin1(Diagnostic::CodeIo),
                         Tr::tr("internal error while checking the file: %1").arg(QString::fromUtf8(e.what()))});
    }
    CheckRecord r;
    if (!conforms && newer) {
        // A newer minor version may add members: keep them, check everything else as usual.
        Diagnostics rest;
        for (const Diagnostic& d : std::as_const(problems)) {
            if (d.code != QLatin1String(Diagnostic::CodeUnknownField)) {
                rest.append(d);
                continue;
            }
            try {
                const auto& value = text->root().at(nlohmann::json::json_pointer(d.pointer.toStdString()));
                r.unknownFields.append({d.pointer, QByteArray::fromStdString(value.dump(
                                                       -1, ' ', false, nlohmann::json::error_handler_t::replace))});
            } catch (const nlohmann::json::exception&) {
                rest.append(d);
            }
        }
        problems = rest;
        conforms = problems.isEmpty();
    }
    if (!conforms) {
        out += problems;
        shortenDiagnostics(out, bytes);
        return result;
    }
    const auto& j = text->root();
    r.formatVersion = j.at("format_version").is_number_integer()
                          ? QString::number(j.at("format_version").get<int>())
                          : QString::fromStdString(j.at("format_version").get<std::string>());
    r.fromNewerVersion = newer;
    if (const auto stored = j.find("content_sha256"); stored != j.end() && stored->is_string()) {
        r.storedChecksum = QString::fromStdString(stored->get<std::string>());
        r.checksum = canonicalChecksum(j) == r.storedChecksum ? RecordChecksum::Valid : RecordChecksum::Mismatch;
    } else {
        // Format 1.0 had no checksum; from 1.1 on a missing one means someone removed it.
        r.checksum =
            version && (version->major > 1 || version->minor >= 1) ? RecordChecksum::Mismatch : RecordChecksum::Missing;
    }
    r.created = QDateTime::fromString(qstr(j, "created"), Qt::ISODate);
    if (!r.created.isValid()) {
        out.append(text->at(QStringLiteral("/created"), Diagnostic::CodeInvalidValue,
                            Tr::tr("not a date and time in ISO 8601 form (e.g. 2026-11-22T10:15:00+01:00)")));
        return result;
    }
    r.user = qstr(j, "user");
    r.appVersion = qstr(j.at("app"), "version");
    const auto& policy = j.at("policy");
    r.packId = qstr(policy, "id");
    r.packVersion = qstr(policy, "version");
    r.packTitle = qstr(policy, "title");
    r.packSha256 = qstr(policy, "sha256");
    r.packLegalStatus = qstr(policy, "legal_status_as_of");
    r.purpose = normalisePurpose(qstr(j, "purpose"));
    r.useCaseId = qstr(j.at("use_case"), "id");
    r.useCaseTitle = qstr(j.at("use_case"), "title");
    QHash<QString, qsizetype> answeredAt;
    for (const auto& a : j.at("answers")) {
        const QString question = qstr(a, "question");
        if (const auto first = answeredAt.constFind(question); first != answeredAt.cend())
            out.append(text->at(QStringLiteral("/answers/%1/question").arg(r.answers.size()),
                                Diagnostic::CodeDuplicateId,
                                Tr::tr("the question \"%1\" is answered twice (also in /answers/%2)")
                                    .arg(question.left(80))
                                    .arg(*first)));
        else
            answeredAt.insert(question, r.answers.size());
        r.answers.append(
            RecordAnswer{question, qstr(a, "title"), qstr(a, "text"), qstr(a, "answer"), qstr(a, "answer_label")});
    }
    if (!out.isEmpty()) {
        shortenDiagnostics(out, bytes);
        return result;
    }
    const auto& o = j.at("outcome");
    r.verdict = qstr(o, "verdict");
    r.level = o.at("level").get<int>();
    r.escalate = o.at("escalate").get<bool>();
    r.blocked = o.at("blocked").get<bool>();
    r.outcomeTitle = qstr(o, "title");
    r.outcomeSummary = qstr(o, "summary");
    r.nextSteps = qstrList(o, "next_steps");
    for (const auto& x : o.at("reasons"))
        r.reasons.append(RecordReason{qstr(x, "rule"), qstr(x, "text"), qstr(x, "advice"), sourceFrom(x.at("source"))});
    const auto& reg = j.at("registry");
    r.registryAvailable = reg.at("available").get<bool>();
    r.registryDemo = reg.at("demo").get<bool>();
    r.registryProblem = qstr(reg, "problem");
    for (const auto& t : reg.at("permitted_tools"))
        r.tools.append(RecordTool{t.at("id").get<int>(), qstr(t, "name"), qstr(t, "vendor"),
                                  t.at("max_level").get<int>(), t.at("row_version").get<int>(), qstr(t, "access_url"),
                                  qstrList(t, "warnings")});
    for (const auto& g : j.at("rules"))
        r.rules.append(RecordRule{qstr(g, "id"), qstr(g, "title"), qstr(g, "do"), sourceFrom(g.at("source"))});
    if (const auto& l = j.at("label"); l.is_object())
        r.label = RecordLabel{qstr(l, "tool"), qstr(l, "involvement"), qstr(l, "text")};
    if (const auto& s = j.at("draft_scan"); s.is_object()) {
        QMap<QString, int> counts;
        const auto& found = s.at("finding_counts");
        static const QRegularExpression categoryId(QStringLiteral("^[A-Z][A-Z_]{0,63}$"));
        for (auto it = found.begin(); it != found.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString pointer = json::childPointer(QStringLiteral("/draft_scan/finding_counts"), it.key());
            if (!categoryId.match(key).hasMatch())
                out.append(text->atKey(pointer, Diagnostic::CodeInvalidValue,
                                       Tr::tr("\"%1\" is not a category id (e.g. EMAIL, IBAN)").arg(key.left(80))));
            else if (!it.value().is_number_integer() || it.value().get<qint64>() < 0 ||
                     it.value().get<qint64>() > 100000000)
                out.append(text->at(pointer, Diagnostic::CodeInvalidValue,
                                    Tr::tr("expected a count (a whole number from 0)")));
            else
                counts.insert(key, it.value().get<int>());
        }
        if (!out.isEmpty())
            return result;
        r.scanCounts = counts;
    }
    result.record = std::move(r);
    return result;
}

bool RecordComparison::outcomeChanged() const
{
    return evaluated && (!addedReasons.isEmpty() || !removedReasons.isEmpty() || changedVerdict);
}

RecordComparison compareWithPack(const CheckRecord& record, const PolicyPack& pack)
{
    RecordComparison c;
    c.currentPackId = pack.manifest.id;
    c.currentPackVersion = pack.manifest.version;
    c.currentPackSha256 = QString::fromLatin1(pack.sha256);
    c.packContentChanged = record.packId == pack.manifest.id && record.packVersion == pack.manifest.version &&
                           record.packSha256 != c.currentPackSha256;
    c.samePack = record.packId == pack.manifest.id && record.packVersion == pack.manifest.version &&
                 record.packSha256 == QString::fromLatin1(pack.sha256);

    const AnswerSet answers = record.answerSet();
    if (!pack.useCase(answers.useCase))
        c.answerProblems << Tr::tr("Den Anwendungsfall „%1“ gibt es im aktuellen Regelwerk nicht mehr.")
                                .arg(record.useCaseTitle.isEmpty() ? record.useCaseId : record.useCaseTitle);
    for (const RecordAnswer& a : record.answers) {
        const Question* q = pack.question(a.questionId);
        if (!q)
            c.answerProblems
                << Tr::tr("Die Frage „%1“ gibt es im aktuellen Regelwerk nicht mehr.").arg(a.questionTitle);
        else if (!q->option(a.answerId))
            c.answerProblems << Tr::tr("Die Antwort „%1“ auf „%2“ ist im aktuellen Regelwerk nicht mehr vorgesehen.")
                                    .arg(a.answerLabel, q->title);
        else if (!pack.sameText(q->text, a.questionText))
            c.answerProblems
                << Tr::tr(
                       "Die Frage „%1“ ist inzwischen anders formuliert; bitte prüfen Sie, ob Ihre Antwort noch passt.")
                       .arg(q->title);
    }
    for (const Question& q : pack.questions)
        if (!answers.answers.contains(q.id))
            c.answerProblems << Tr::tr("Neue Frage ohne Antwort: „%1“.").arg(q.title);

    const Classifier classifier(pack);
    if (!classifier.check(answers).isEmpty())
        return c; // the record's answers do not fit the current questionnaire: no re-evaluation
    const Outcome now = classifier.classify(answers);
    c.evaluated = true;
    c.verdict = now.verdictId();
    c.level = now.level;
    c.escalate = now.escalate;
    c.blocked = now.blocked;
    if (now.blocked)
        c.outcomeTitle = pack.blocked.title;
    else if (const LevelText* l = pack.level(now.level))
        c.outcomeTitle = l->title;
    c.changedVerdict = c.verdict != record.verdict || c.level != record.level || c.escalate != record.escalate ||
                       c.blocked != record.blocked;
    QStringList then;
    for (const RecordReason& x : record.reasons)
        then << x.ruleId;
    QStringList nowIds;
    for (const Reason& x : now.reasons)
        nowIds << x.ruleId;
    for (const QString& id : nowIds)
        if (!then.contains(id))
            c.addedReasons << id;
    for (const QString& id : then)
        if (!nowIds.contains(id))
            c.removedReasons << id;
    return c;
}

QString packChangeText(const CheckRecord& record, const RecordComparison& c)
{
    if (c.samePack)
        return {};
    if (c.packContentChanged)
        return Tr::tr("Das Regelwerk %1 %2 wurde seit dem Vermerk verändert (Prüfsumme damals %3, heute %4).")
            .arg(record.packId, record.packVersion, shortHash(record.packSha256), shortHash(c.currentPackSha256));
    return Tr::tr("Das Regelwerk hat sich geändert: damals %1 %2, heute %3 %4.")
        .arg(record.packId, record.packVersion, c.currentPackId, c.currentPackVersion);
}

QString verdictText(const QString& verdict, int level, const QString& title)
{
    if (verdict == QLatin1String("blocked"))
        return title.isEmpty() ? Tr::tr("Nicht zulässig") : title;
    const QString levelText = title.isEmpty() ? Tr::tr("Schutzstufe %1").arg(level) : title;
    if (verdict == QLatin1String("escalate"))
        return Tr::tr("%1 – Rücksprache erforderlich").arg(levelText);
    return levelText;
}

} // namespace kilotse
