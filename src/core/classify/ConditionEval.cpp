#include "classify/ConditionEval.h"

namespace kilotse {

namespace {
bool evaluate(const PolicyPack& pack, const Condition& condition, const AnswerSet& answers, Match& match)
{
    switch (condition.kind) {
    case Condition::Kind::Answer: {
        const Question* q = pack.question(condition.questionId);
        const QString answer = answers.answers.value(condition.questionId);
        if (!q || !q->option(answer))
            return false;
        const QString effective = q->effectiveAnswer(answer);
        if (!condition.values.contains(answer) && (condition.exact || !condition.values.contains(effective)))
            return false;
        match.triggers.append(Trigger{q->id, answer, effective != answer ? effective : QString()});
        return true;
    }
    case Condition::Kind::UseCase:
        if (!condition.values.contains(answers.useCase))
            return false;
        match.useCase = answers.useCase;
        return true;
    case Condition::Kind::All: {
        Match collected;
        for (const auto& child : condition.children)
            if (!evaluate(pack, child, answers, collected))
                return false;
        match.triggers += collected.triggers;
        if (!collected.useCase.isEmpty())
            match.useCase = collected.useCase;
        return true;
    }
    case Condition::Kind::Any: {
        bool any = false;
        for (const auto& child : condition.children)
            any = evaluate(pack, child, answers, match) || any; // collect every matching operand
        return any;
    }
    case Condition::Kind::Not: {
        Match ignored;
        return !condition.children.empty() && !evaluate(pack, condition.children.front(), answers, ignored);
    }
    }
    return false;
}
} // namespace

bool evaluateCondition(const PolicyPack& pack, const Condition& condition, const AnswerSet& answers, Match* match)
{
    Match local;
    return evaluate(pack, condition, answers, match ? *match : local);
}

} // namespace kilotse
