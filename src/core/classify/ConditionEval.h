#pragma once

#include "classify/AnswerSet.h"
#include "policy/PolicyPack.h"

#include <QList>

namespace kilotse {

// One answer that made a condition true. countsAs is set when the answer was evaluated as another
// option ("unsure" counts as "yes").
struct Trigger
{
    QString questionId;
    QString answer;
    QString countsAs;
};

// What made a condition true: the answers and (if part of it) the use case.
struct Match
{
    QList<Trigger> triggers;
    QString useCase;
};

// Evaluates a condition of the pack's condition language against a check's answers. The one
// implementation used by classification rules and guidance alike. An answer matches an
// {"question", "is"} condition when the chosen option or the option it counts as is listed, an
// {"question", "chosen"} condition only when the chosen option itself is listed.
// Answers that are not options of the question never match.
bool evaluateCondition(const PolicyPack& pack, const Condition& condition, const AnswerSet& answers,
                       Match* match = nullptr);

} // namespace kilotse
