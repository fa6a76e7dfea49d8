#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"

#include <QByteArray>

namespace kilotse {

// The stable JSON forms of KI-Lotse's results (documented in docs/cli.md). Indented, UTF-8,
// with a trailing newline.
QByteArray outcomeToJson(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome);
QByteArray diagnosticsToJson(const Diagnostics& diagnostics);
QByteArray policyOverviewToJson(const PolicyPack& pack);

} // namespace kilotse
