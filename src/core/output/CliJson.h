#pragma once

#include "Config.h"
#include "classify/Classifier.h"
#include "content/Demos.h"
#include "policy/PolicyPack.h"
#include "report/CheckRecord.h"

#include <QByteArray>
#include <QList>

namespace kilotse {

// The JSON documents of `recheck`, `demo list`, `demo show` and `config show` (docs/cli.md), written
// like every other JSON of ki-lotse-cli: keys in the documented order, two-space indentation, a
// final newline (the same writer as OutcomeJson and ScanJson).

QByteArray recordComparisonToJson(const CheckRecord& record, const RecordComparison& comparison,
                                  const QByteArray& currentPackSha256);

QByteArray scenarioListToJson(const QList<DemoScenario>& scenarios);

QByteArray scenarioToJson(const PolicyPack& pack, const DemoScenario& scenario, const Outcome& outcome,
                          bool matchesExpectation);

QByteArray configToJson(const Config& config);

} // namespace kilotse
