#include "policy/DemoLoader.h"

#include "policy/PolicyLoader.h"

#include <QCoreApplication>
#include <QSet>

namespace kilotse {

namespace loader {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::PolicyLoader)
};
} // namespace

// The scenarios of a demos document. Checks ids, use cases, sources and answers against `pack`
// (answers and use cases only when `checkAnswers`, sources only when `checkSources`: the files
// they refer to may have failed themselves).
QList<DemoScenario> buildDemos(const JsonText& doc, const PolicyPack& pack, bool checkAnswers, bool checkSources,
                               Diagnostics& out)
{
    QList<DemoScenario> result;
    QSet<QString> seen;
    const auto& list = doc.root().at("scenarios");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& d = list[i];
        const QString p = json::childPointer(QStringLiteral("/scenarios"), i);
        DemoScenario s;
        s.id = str(d, "id");
        s.title = str(d, "title");
        s.situation = str(d, "situation");
        s.question = str(d, "question");
        s.useCase = str(d, "use_case");
        s.reveal = str(d, "reveal");
        s.teachingPoint = str(d, "teaching_point");
        s.discussion = str(d, "discussion");
        s.source = sourceRef(d.at("source"));
        const auto& expected = d.at("expected");
        s.expectedLevel = expected.at("level").get<int>();
        s.expectedEscalate = expected.at("escalate").get<bool>();
        s.expectedBlocked = expected.at("blocked").get<bool>();
        const auto& answers = d.at("answers");
        for (auto it = answers.begin(); it != answers.end(); ++it)
            s.answers.insert(qs(it.key()), qs(it.value().get<std::string>()));

        bool ok = true;
        if (seen.contains(s.id)) {
            out.append(doc.at(p + QStringLiteral("/id"), Diagnostic::CodeDuplicateId,
                              Tr::tr("duplicate scenario id \"%1\"").arg(s.id)));
            ok = false;
        }
        seen.insert(s.id);
        if (checkSources && !pack.source(s.source.docId)) {
            out.append(
                doc.at(p + QStringLiteral("/source/doc"), Diagnostic::CodeUnknownSource,
                       Tr::tr("unknown source document \"%1\" (not listed in the sources file)").arg(s.source.docId)));
            ok = false;
        }
        if (!pack.level(s.expectedLevel) && !pack.levels.isEmpty()) {
            out.append(doc.at(p + QStringLiteral("/expected/level"), Diagnostic::CodeUnknownLevel,
                              Tr::tr("level %1 is not defined in the classification file").arg(s.expectedLevel)));
            ok = false;
        }
        if (checkAnswers) {
            if (!pack.useCase(s.useCase)) {
                out.append(doc.at(p + QStringLiteral("/use_case"), Diagnostic::CodeUnknownUseCase,
                                  Tr::tr("unknown use case \"%1\"").arg(s.useCase)));
                ok = false;
            }
            for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
                const Question* q = pack.question(it.key());
                const QString ap = p + QStringLiteral("/answers/") + it.key();
                if (!q) {
                    out.append(
                        doc.at(ap, Diagnostic::CodeUnknownQuestion, Tr::tr("unknown question \"%1\"").arg(it.key())));
                    ok = false;
                } else if (!q->option(it.value())) {
                    QStringList options;
                    for (const AnswerOption& o : q->options)
                        options << o.id;
                    out.append(doc.at(ap, Diagnostic::CodeUnknownOption,
                                      Tr::tr("question \"%1\" has no option \"%2\" (options: %3)")
                                          .arg(q->id, it.value(), options.join(QStringLiteral(", ")))));
                    ok = false;
                }
            }
            for (const Question& q : pack.questions)
                if (!s.answers.contains(q.id)) {
                    out.append(doc.at(
                        p + QStringLiteral("/answers"), Diagnostic::CodeMissingAnswer,
                        Tr::tr("the answer to \"%1\" is missing (a scenario answers every question)").arg(q.id)));
                    ok = false;
                }
        }
        if (ok)
            result.append(s);
    }
    return result;
}

} // namespace loader

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::PolicyLoader)
};
} // namespace

using loader::buildDemos;
using loader::CheckedFile;
using loader::readChecked;

DemoLoadResult loadDemoFile(const QString& path, const PolicyPack& pack)
{
    DemoLoadResult result;
    const CheckedFile file = readChecked(path, QStringLiteral("demos.schema.json"), result.diagnostics, nullptr);
    if (file.text && file.conforms) {
        try {
            QList<DemoScenario> scenarios = buildDemos(*file.text, pack, true, true, result.diagnostics);
            if (result.diagnostics.isEmpty())
                result.scenarios = std::move(scenarios);
        } catch (const nlohmann::json::exception& e) {
            result.diagnostics.append(
                {path,
                 0,
                 0,
                 {},
                 QString::fromLatin1(Diagnostic::CodeInvalidValue),
                 Tr::tr("the file could not be read completely (%1)").arg(QString::fromUtf8(e.what()))});
        }
    }
    sortDiagnostics(result.diagnostics);
    return result;
}

} // namespace kilotse
