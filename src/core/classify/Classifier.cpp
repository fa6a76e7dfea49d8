#include "classify/Classifier.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Classifier)
};

Diagnostic answerProblem(const QString& pointer, const char* code, const QString& message)
{
    return Diagnostic{{}, 0, 0, pointer, QString::fromLatin1(code), message};
}

int severity(const Effect& e)
{
    return (e.blocked ? 1000 : 0) + (e.escalate ? 100 : 0) + e.level;
}
} // namespace

Outcome::Verdict Outcome::verdict() const
{
    if (blocked)
        return Verdict::Blocked;
    if (escalate)
        return Verdict::Escalate;
    return Verdict::Level;
}

QString Outcome::verdictId() const
{
    switch (verdict()) {
    case Verdict::Blocked:
        return QStringLiteral("blocked");
    case Verdict::Escalate:
        return QStringLiteral("escalate");
    case Verdict::Level:
        break;
    }
    return QStringLiteral("level_") + QString::number(level);
}

Classifier::Classifier(const PolicyPack& pack) : m_pack(pack) {}

Diagnostics Classifier::check(const AnswerSet& answers) const
{
    Diagnostics problems;
    QStringList useCaseIds;
    for (const auto& u : m_pack.useCases)
        useCaseIds << u.id;
    if (answers.useCase.isEmpty())
        problems.append(
            answerProblem(QStringLiteral("/use_case"), Diagnostic::CodeMissingAnswer,
                          Tr::tr("the use case is missing (one of: %1)").arg(useCaseIds.join(QStringLiteral(", ")))));
    else if (!m_pack.useCase(answers.useCase))
        problems.append(answerProblem(QStringLiteral("/use_case"), Diagnostic::CodeUnknownUseCase,
                                      Tr::tr("unknown use case \"%1\" (one of: %2)")
                                          .arg(answers.useCase, useCaseIds.join(QStringLiteral(", ")))));

    for (const auto& q : m_pack.questions) {
        const auto it = answers.answers.constFind(q.id);
        if (it == answers.answers.cend()) {
            problems.append(answerProblem(QStringLiteral("/answers"), Diagnostic::CodeMissingAnswer,
                                          Tr::tr("missing answer to question \"%1\"").arg(q.id)));
            continue;
        }
        if (!q.option(it.value())) {
            QStringList ids;
            for (const auto& o : q.options)
                ids << o.id;
            problems.append(answerProblem(QStringLiteral("/answers/") + q.id, Diagnostic::CodeUnknownOption,
                                          Tr::tr("\"%1\" is not an option of question \"%2\" (options: %3)")
                                              .arg(it.value(), q.id, ids.join(QStringLiteral(", ")))));
        }
    }
    for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it) {
        if (!m_pack.question(it.key()))
            problems.append(answerProblem(QStringLiteral("/answers/") + it.key(), Diagnostic::CodeUnknownQuestion,
                                          Tr::tr("unknown question \"%1\" in this policy pack").arg(it.key())));
    }
    return problems;
}

Outcome Classifier::classify(const AnswerSet& answers) const
{
    Outcome outcome;
    outcome.level = m_pack.defaultLevel;
    for (const auto& rule : m_pack.rules) {
        Match match;
        if (!evaluateCondition(m_pack, rule.when, answers, &match))
            continue;
        outcome.level = std::max(outcome.level, rule.then.level);
        outcome.blocked = outcome.blocked || rule.then.blocked;
        outcome.escalate = outcome.escalate || rule.then.escalate;
        outcome.specialSecrecy = outcome.specialSecrecy || rule.then.specialSecrecy;
        outcome.reasons.append(
            Reason{rule.id, rule.then, rule.reason, rule.advice, rule.source, match.triggers, match.useCase});
    }
    std::stable_sort(outcome.reasons.begin(), outcome.reasons.end(),
                     [](const Reason& a, const Reason& b) { return severity(a.effect) > severity(b.effect); });
    return outcome;
}

} // namespace kilotse
