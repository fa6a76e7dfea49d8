#include "content/Demos.h"

#include <QCoreApplication>

namespace kilotse {

namespace {

QString describe(int level, bool escalate, bool blocked)
{
    QString text = QCoreApplication::translate("Demos", "Schutzstufe %1").arg(level);
    if (escalate)
        text += QCoreApplication::translate("Demos", ", Rücksprache");
    if (blocked)
        text += QCoreApplication::translate("Demos", ", nicht zulässig");
    return text;
}

} // namespace

AnswerSet demoAnswers(const DemoScenario& scenario)
{
    return AnswerSet{scenario.useCase, scenario.answers};
}

Outcome demoOutcome(const PolicyPack& pack, const DemoScenario& scenario)
{
    return Classifier(pack).classify(demoAnswers(scenario));
}

QString demoMismatch(const PolicyPack& pack, const DemoScenario& scenario)
{
    const Classifier classifier(pack);
    const AnswerSet answers = demoAnswers(scenario);
    const Diagnostics problems = classifier.check(answers);
    if (!problems.isEmpty())
        return QCoreApplication::translate("Demos", "Die Antworten passen nicht zum Fragebogen: %1")
            .arg(problems.first().message);
    const Outcome outcome = classifier.classify(answers);
    if (outcome.level == scenario.expectedLevel && outcome.escalate == scenario.expectedEscalate &&
        outcome.blocked == scenario.expectedBlocked)
        return {};
    return QCoreApplication::translate("Demos", "erwartet: %1; nach dem Regelwerk: %2")
        .arg(describe(scenario.expectedLevel, scenario.expectedEscalate, scenario.expectedBlocked),
             describe(outcome.level, outcome.escalate, outcome.blocked));
}

} // namespace kilotse
