#pragma once

#include "classify/AnswerSet.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"

#include <QByteArray>

#include <optional>

namespace kilotse {

struct AnswersParseResult
{
    std::optional<AnswerSet> answers;
    Diagnostics diagnostics; // file, line:column and pointer of every problem; empty when answers is set
};

// Reads an answers document: {"use_case": "<id>", "answers": {"<question id>": "<option id>", ...}}
// and checks it completely against `pack` (missing answers are named one by one).
// `fileName` is used in diagnostics ("-" for standard input).
AnswersParseResult parseAnswers(const QByteArray& bytes, const QString& fileName, const PolicyPack& pack);

} // namespace kilotse
