#include "policy/PolicyLoader.h"

#include "policy/JsonText.h"
#include "policy/SchemaValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <array>

namespace kilotse {

using json::JsonText;
using json::qs;
using Json = nlohmann::json;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kilotse::PolicyLoader", text);
}

QString str(const Json& object, const char* key)
{
    auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? qs(it->get<std::string>()) : QString();
}

QStringList strList(const Json& object, const char* key)
{
    QStringList list;
    if (auto it = object.find(key); it != object.end() && it->is_array())
        for (const auto& v : *it)
            list << qs(v.get<std::string>());
    return list;
}

SourceRef sourceRef(const Json& object)
{
    return SourceRef{str(object, "doc"), str(object, "section")};
}

struct FileSpec
{
    const char* key;          // member of manifest "files"
    const char* schema;       // bundled schema file name
};
constexpr std::array<FileSpec, 4> kFiles{{
    {"sources", "sources.schema.json"},
    {"questionnaire", "questionnaire.schema.json"},
    {"use_cases", "use_cases.schema.json"},
    {"classification", "classification.schema.json"},
}};

// A parsed file and whether it also conforms to its schema.
struct CheckedFile
{
    std::optional<JsonText> text; // set when the file could be read and parsed
    bool conforms = false;        // true when it also passed its schema
};

// Reads, parses and schema-checks one file, appending every problem to `out`.
CheckedFile readChecked(const QString& path, const QString& schema, Diagnostics& out, QCryptographicHash* hash)
{
    CheckedFile result;
    QFile file(path);
    if (!file.exists()) {
        out.append({path, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeIo), tr("the file does not exist")});
        return result;
    }
    if (file.size() > json::kMaxFileBytes) {
        out.append({path, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeTooLarge),
                    tr("the file is %1 bytes; at most %2 bytes are accepted").arg(file.size()).arg(json::kMaxFileBytes)});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({path, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeIo),
                    tr("the file cannot be read: %1").arg(file.errorString())});
        return result;
    }
    const QByteArray bytes = file.read(json::kMaxFileBytes + 1);
    if (hash)
        hash->addData(bytes);
    result.text = JsonText::parse(bytes, path, out);
    if (!result.text)
        return result;
    try {
        result.conforms = json::SchemaValidator::bundled(schema).validate(*result.text, out);
    } catch (const std::exception& e) {
        out.append({path, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeIo),
                    tr("internal error while checking the file: %1").arg(QString::fromUtf8(e.what()))});
    }
    return result;
}

// Cross-reference checks and conversion into typed structures. Also runs on files that failed
// their schema, to report every problem at once; a type error there only ends that file's checks
// (see run()). References are only checked against files that were built completely, so a
// structurally broken questionnaire does not cause a cascade of "unknown question" reports.
class PackBuilder
{
public:
    PackBuilder(PolicyPack& pack, Diagnostics& out) : m_pack(pack), m_out(out) {}

    // Runs one build step. A file counts as a reference target once its step completed.
    template <typename Step>
    void run(const CheckedFile& file, bool& trusted, Step step)
    {
        if (!file.text)
            return;
        try {
            step(*file.text);
            trusted = true; // built completely, even if some values broke the schema
        } catch (const nlohmann::json::exception&) {
            // Only possible on a schema-invalid file, whose problems are already reported.
        }
    }

    void build(const CheckedFile& sources, const CheckedFile& questions, const CheckedFile& useCases,
               const CheckedFile& classification)
    {
        run(sources, m_sourcesLoaded, [this](const JsonText& d) { this->sources(d); });
        run(questions, m_questionsLoaded, [this](const JsonText& d) { questionnaire(d); });
        run(useCases, m_useCasesLoaded, [this](const JsonText& d) { this->useCases(d); });
        bool ignored = false;
        run(classification, ignored, [this](const JsonText& d) { this->classification(d); });
    }

    void sources(const JsonText& doc)
    {
        QSet<QString> seen;
        const auto& list = doc.root().at("sources");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& s = list[i];
            const QString p = json::childPointer(QStringLiteral("/sources"), i);
            SourceDocument d{str(s, "id"), str(s, "title"), str(s, "short"), str(s, "publisher"),
                             str(s, "date"), str(s, "url"), str(s, "note")};
            if (!checkUnique(seen, d.id, doc, p + QStringLiteral("/id"), "source"))
                continue;
            m_pack.sources.append(d);
        }
    }

    void questionnaire(const JsonText& doc)
    {
        QSet<QString> seen;
        const auto& list = doc.root().at("questions");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& q = list[i];
            const QString p = json::childPointer(QStringLiteral("/questions"), i);
            Question question{str(q, "id"), str(q, "title"), str(q, "text"), str(q, "help"),
                              strList(q, "examples"), {}, sourceRef(q.at("source"))};
            QSet<QString> optionIds;
            const auto& options = q.at("options");
            for (std::size_t k = 0; k < options.size(); ++k) {
                const AnswerOption o{str(options[k], "id"), str(options[k], "label"), str(options[k], "counts_as")};
                const QString op = json::childPointer(p + QStringLiteral("/options"), k);
                if (checkUnique(optionIds, o.id, doc, op + QStringLiteral("/id"), "option"))
                    question.options.append(o);
            }
            for (std::size_t k = 0; k < options.size(); ++k) {
                const QString target = str(options[k], "counts_as");
                if (target.isEmpty())
                    continue;
                const QString op = json::childPointer(p + QStringLiteral("/options"), k) + QStringLiteral("/counts_as");
                const AnswerOption* t = question.option(target);
                if (!t || target == str(options[k], "id")) {
                    m_out.append(doc.at(op, Diagnostic::CodeUnknownOption,
                                        tr("\"counts_as\" must name another option of this question; \"%1\" is not one (options: %2)")
                                            .arg(target, optionList(question))));
                } else if (!t->countsAs.isEmpty()) {
                    m_out.append(doc.at(op, Diagnostic::CodeInvalidValue,
                                        tr("\"counts_as\" must not point to an option that itself counts as another")));
                }
            }
            checkSource(question.source, doc, p + QStringLiteral("/source/doc"));
            if (!checkUnique(seen, question.id, doc, p + QStringLiteral("/id"), "question"))
                continue;
            m_pack.questions.append(question);
        }
    }

    void useCases(const JsonText& doc)
    {
        QSet<QString> seen;
        const auto& list = doc.root().at("use_cases");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& u = list[i];
            const QString p = json::childPointer(QStringLiteral("/use_cases"), i);
            UseCase useCase{str(u, "id"), str(u, "title"), str(u, "description"), strList(u, "examples"), {}};
            if (auto s = u.find("source"); s != u.end()) {
                useCase.source = sourceRef(*s);
                checkSource(*useCase.source, doc, p + QStringLiteral("/source/doc"));
            }
            if (checkUnique(seen, useCase.id, doc, p + QStringLiteral("/id"), "use case"))
                m_pack.useCases.append(useCase);
        }
    }

    void classification(const JsonText& doc)
    {
        const auto& root = doc.root();
        m_pack.defaultLevel = root.at("default_level").get<int>();
        QSet<int> levels;
        const auto& levelList = root.at("levels");
        for (std::size_t i = 0; i < levelList.size(); ++i) {
            const auto& l = levelList[i];
            const QString p = json::childPointer(QStringLiteral("/levels"), i);
            LevelText text;
            static_cast<OutcomeText&>(text) = outcome(l, doc, p);
            text.level = l.at("level").get<int>();
            if (levels.contains(text.level)) {
                m_out.append(doc.at(p + QStringLiteral("/level"), Diagnostic::CodeDuplicateId,
                                    tr("level %1 is defined twice").arg(text.level)));
                continue;
            }
            levels.insert(text.level);
            m_pack.levels.append(text);
        }
        if (!levels.contains(m_pack.defaultLevel))
            m_out.append(doc.at(QStringLiteral("/default_level"), Diagnostic::CodeUnknownLevel,
                                tr("default level %1 is not among the defined levels").arg(m_pack.defaultLevel)));
        m_pack.blocked = outcome(root.at("outcomes").at("blocked"), doc, QStringLiteral("/outcomes/blocked"));
        m_pack.escalate = outcome(root.at("outcomes").at("escalate"), doc, QStringLiteral("/outcomes/escalate"));

        QSet<QString> seen;
        const auto& rules = root.at("rules");
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const auto& r = rules[i];
            const QString p = json::childPointer(QStringLiteral("/rules"), i);
            ClassificationRule rule;
            rule.id = str(r, "id");
            rule.reason = str(r, "reason");
            rule.advice = str(r, "advice");
            rule.source = sourceRef(r.at("source"));
            checkSource(rule.source, doc, p + QStringLiteral("/source/doc"));
            rule.when = condition(r.at("when"), doc, p + QStringLiteral("/when"));
            const auto& then = r.at("then");
            rule.then.level = then.value("level", 0);
            rule.then.escalate = then.value("escalate", false);
            rule.then.blocked = then.value("blocked", false);
            if (rule.then.level != 0 && !levels.contains(rule.then.level))
                m_out.append(doc.at(p + QStringLiteral("/then/level"), Diagnostic::CodeUnknownLevel,
                                    tr("level %1 is not defined in \"levels\"").arg(rule.then.level)));
            if (rule.then.level == 0 && !rule.then.escalate && !rule.then.blocked)
                m_out.append(doc.at(p + QStringLiteral("/then"), Diagnostic::CodeInvalidValue,
                                    tr("the rule has no effect: give a level, \"escalate\": true or \"blocked\": true")));
            if (checkUnique(seen, rule.id, doc, p + QStringLiteral("/id"), "rule"))
                m_pack.rules.append(rule);
        }
    }

private:
    OutcomeText outcome(const Json& o, const JsonText& doc, const QString& p)
    {
        OutcomeText text{str(o, "title"), str(o, "summary"), strList(o, "next_steps"), sourceRef(o.at("source"))};
        checkSource(text.source, doc, p + QStringLiteral("/source/doc"));
        return text;
    }

    Condition condition(const Json& c, const JsonText& doc, const QString& p)
    {
        Condition result;
        const bool hasQuestion = c.contains("question");
        const bool hasIs = c.contains("is");
        int forms = (hasQuestion || hasIs) + c.contains("use_case") + c.contains("all") + c.contains("any") +
                    c.contains("not");
        if (forms != 1 || hasQuestion != hasIs) {
            m_out.append(doc.at(p, Diagnostic::CodeInvalidValue,
                                tr("a condition is exactly one of: {\"question\", \"is\"}, {\"use_case\"}, "
                                   "{\"all\"}, {\"any\"} or {\"not\"}")));
            return result;
        }
        if (hasQuestion) {
            result.kind = Condition::Kind::Answer;
            result.questionId = str(c, "question");
            result.values = strList(c, "is");
            if (!m_questionsLoaded)
                return result;
            const Question* q = m_pack.question(result.questionId);
            if (!q) {
                m_out.append(doc.at(p + QStringLiteral("/question"), Diagnostic::CodeUnknownQuestion,
                                    tr("unknown question \"%1\" (questions: %2)").arg(result.questionId, questionList())));
                return result;
            }
            for (qsizetype i = 0; i < result.values.size(); ++i)
                if (!q->option(result.values[i]))
                    m_out.append(doc.at(json::childPointer(p + QStringLiteral("/is"), static_cast<std::size_t>(i)),
                                        Diagnostic::CodeUnknownOption,
                                        tr("question \"%1\" has no option \"%2\" (options: %3)")
                                            .arg(q->id, result.values[i], optionList(*q))));
        } else if (c.contains("use_case")) {
            result.kind = Condition::Kind::UseCase;
            result.values = strList(c, "use_case");
            if (m_useCasesLoaded)
                for (qsizetype i = 0; i < result.values.size(); ++i)
                    if (!m_pack.useCase(result.values[i]))
                        m_out.append(doc.at(json::childPointer(p + QStringLiteral("/use_case"), static_cast<std::size_t>(i)),
                                            Diagnostic::CodeUnknownUseCase,
                                            tr("unknown use case \"%1\"").arg(result.values[i])));
        } else if (c.contains("not")) {
            result.kind = Condition::Kind::Not;
            result.children.push_back(condition(c.at("not"), doc, p + QStringLiteral("/not")));
        } else {
            const char* key = c.contains("all") ? "all" : "any";
            result.kind = c.contains("all") ? Condition::Kind::All : Condition::Kind::Any;
            const auto& list = c.at(key);
            for (std::size_t i = 0; i < list.size(); ++i)
                result.children.push_back(
                    condition(list[i], doc, json::childPointer(p + u'/' + QLatin1String(key), i)));
        }
        return result;
    }

    bool checkUnique(QSet<QString>& seen, const QString& id, const JsonText& doc, const QString& pointer,
                     const char* what)
    {
        if (seen.contains(id)) {
            m_out.append(doc.at(pointer, Diagnostic::CodeDuplicateId,
                                tr("duplicate %1 id \"%2\"").arg(QLatin1String(what), id)));
            return false;
        }
        seen.insert(id);
        return true;
    }

    void checkSource(const SourceRef& ref, const JsonText& doc, const QString& pointer)
    {
        if (m_sourcesLoaded && !m_pack.source(ref.docId))
            m_out.append(doc.at(pointer, Diagnostic::CodeUnknownSource,
                                tr("unknown source document \"%1\" (not listed in the sources file)").arg(ref.docId)));
    }

    QString questionList() const
    {
        QStringList ids;
        for (const auto& q : m_pack.questions)
            ids << q.id;
        return ids.join(QStringLiteral(", "));
    }

    static QString optionList(const Question& q)
    {
        QStringList ids;
        for (const auto& o : q.options)
            ids << o.id;
        return ids.join(QStringLiteral(", "));
    }

    PolicyPack& m_pack;
    Diagnostics& m_out;
    bool m_sourcesLoaded = false;
    bool m_questionsLoaded = false;
    bool m_useCasesLoaded = false;
};

} // namespace

QString bundledPolicyDirectory()
{
    return QStringLiteral(":/ki-lotse/policies");
}

PolicyLoadResult loadPolicyPack(const QString& directory, PackOrigin origin)
{
    PolicyLoadResult result;
    Diagnostics& out = result.diagnostics;
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir()) {
        out.append({directory, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeIo),
                    tr("the policy folder does not exist or is not a folder")});
        return result;
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    const CheckedFile manifestFile = readChecked(dir.filePath(QStringLiteral("manifest.json")),
                                                 QStringLiteral("manifest.schema.json"), out, &hash);
    if (!manifestFile.conforms) {
        sortDiagnostics(out);
        return result; // without a valid manifest there is no list of files to check
    }
    const JsonText* manifest = &*manifestFile.text;

    PolicyPack pack;
    pack.directory = directory;
    pack.origin = origin;
    const auto& m = manifest->root();
    pack.manifest = Manifest{m.at("format").get<int>(), str(m, "id"),       str(m, "version"),  str(m, "title"),
                             str(m, "issuer"),          str(m, "description"), str(m, "language"), str(m, "valid_from")};

    std::array<CheckedFile, kFiles.size()> docs;
    for (std::size_t i = 0; i < kFiles.size(); ++i) {
        const QString name = qs(m.at("files").at(kFiles[i].key).get<std::string>());
        docs[i] = readChecked(dir.filePath(name), QLatin1String(kFiles[i].schema), out, &hash);
    }

    // Order matters: sources and questions/use cases first, so rules can be checked against them.
    PackBuilder(pack, out).build(docs[0], docs[1], docs[2], docs[3]);

    if (!out.isEmpty()) {
        sortDiagnostics(out);
        return result;
    }
    pack.sha256 = hash.result().toHex();
    result.pack = std::move(pack);
    return result;
}

} // namespace kilotse
