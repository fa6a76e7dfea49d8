#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"

namespace kilotse {

// The answers of a workshop scenario as an answer set for the classifier.
AnswerSet demoAnswers(const DemoScenario& scenario);

// The outcome the pack's rules give for the scenario's answers.
Outcome demoOutcome(const PolicyPack& pack, const DemoScenario& scenario);

// Empty when the rules produce what the scenario expects; otherwise what differs ("erwartet:
// Schutzstufe 1, Regelwerk: Schutzstufe 2 …"). A trainer's file and the shipped file are checked
// the same way; the tests fail on any mismatch in the shipped file.
QString demoMismatch(const PolicyPack& pack, const DemoScenario& scenario);

} // namespace kilotse
