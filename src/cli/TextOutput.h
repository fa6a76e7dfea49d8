#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"

#include <QTextStream>

namespace kilotse::cli {

// Human-readable German output of the CLI (the JSON form lives in core/classify/OutcomeJson).
void writeOutcomeText(QTextStream& out, const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome);
void writePolicyText(QTextStream& out, const PolicyPack& pack);

} // namespace kilotse::cli
