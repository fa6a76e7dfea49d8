#pragma once

#include "classify/AnswerSet.h"
#include "classify/ConditionEval.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"

namespace kilotse {

// Why the outcome is what it is: one applying rule, with the answers that triggered it.
struct Reason
{
    QString ruleId;
    Effect effect;
    QString text;
    QString advice;
    SourceRef source;
    QList<Trigger> triggers;
    QString useCase; // set when a use-case condition was part of the match
};

struct Outcome
{
    enum class Verdict
    {
        Level,
        Escalate,
        Blocked
    };

    int level = 1;         // highest level any applying rule demands, else the pack's default
    bool blocked = false;  // a prohibited practice: do not use AI for this
    bool escalate = false; // needs the AI officer / data-protection officer first
    // Data under a special secrecy law: only services cleared for such data may be offered.
    bool specialSecrecy = false;
    QList<Reason> reasons; // most severe first: blocked, escalate, then by level, then pack order

    Verdict verdict() const;
    // "blocked", "escalate", "level_1", "level_2", … — stable ids for JSON and tests.
    QString verdictId() const;
};

// Decides the outcome of a check from the rules of one policy pack. The classifier is the one
// owner of this decision: no other code computes a level. Stateless and thread-safe; the pack
// must outlive it.
class Classifier
{
public:
    explicit Classifier(const PolicyPack& pack);

    // Problems with an answer set: missing answers (each named), unknown questions, options or use
    // case. Diagnostics carry a JSON pointer into the answers document ("/answers/<id>") but no file.
    Diagnostics check(const AnswerSet& answers) const;

    // The outcome. Answers that check() would reject never make a rule apply.
    Outcome classify(const AnswerSet& answers) const;

private:
    const PolicyPack& m_pack;
};

} // namespace kilotse
