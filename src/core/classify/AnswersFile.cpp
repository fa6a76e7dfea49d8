#include "classify/AnswersFile.h"

#include "classify/Classifier.h"
#include "policy/JsonText.h"

#include <QCoreApplication>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::AnswersFile)
};
} // namespace

AnswersParseResult parseAnswers(const QByteArray& bytes, const QString& fileName, const PolicyPack& pack)
{
    AnswersParseResult result;
    Diagnostics& out = result.diagnostics;
    auto doc = json::JsonText::parse(bytes, fileName, out);
    if (!doc)
        return result;

    const auto& root = doc->root();
    if (!root.is_object()) {
        out.append(doc->at(QString(), Diagnostic::CodeType,
                           Tr::tr("expected an object {\"use_case\": ..., \"answers\": {...}}")));
        return result;
    }
    AnswerSet answers;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString pointer = json::childPointer(QString(), it.key());
        if (it.key() == "use_case") {
            if (it->is_string())
                answers.useCase = json::qs(it->get<std::string>());
            else
                out.append(doc->at(pointer, Diagnostic::CodeType, Tr::tr("expected a string (a use-case id)")));
        } else if (it.key() == "answers") {
            if (!it->is_object()) {
                out.append(doc->at(pointer, Diagnostic::CodeType,
                                   Tr::tr("expected an object mapping question ids to option ids")));
                continue;
            }
            for (auto a = it->begin(); a != it->end(); ++a) {
                if (a->is_string())
                    answers.answers.insert(json::qs(a.key()), json::qs(a->get<std::string>()));
                else
                    out.append(
                        doc->at(json::childPointer(pointer, a.key()), Diagnostic::CodeType,
                                Tr::tr("expected a string (an option id such as \"yes\", \"no\" or \"unsure\")")));
            }
        } else if (it.key() != "$schema" && it.key() != "comment") {
            out.append(doc->atKey(
                pointer, Diagnostic::CodeUnknownField,
                Tr::tr("unknown field \"%1\" (allowed: use_case, answers, comment)").arg(json::qs(it.key()))));
        }
    }
    if (!root.contains("answers"))
        out.append(doc->at(QString(), Diagnostic::CodeMissingField, Tr::tr("required field \"answers\" is missing")));

    if (out.isEmpty()) {
        for (const Diagnostic& problem : Classifier(pack).check(answers)) {
            Diagnostic positioned = doc->at(problem.pointer, problem.code.toLatin1().constData(), problem.message);
            if (!root.contains("use_case") && problem.pointer == QStringLiteral("/use_case"))
                positioned.pointer.clear();
            out.append(positioned);
        }
    }
    if (!out.isEmpty())
        return result;
    result.answers = std::move(answers);
    return result;
}

} // namespace kilotse
