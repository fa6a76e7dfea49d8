#pragma once

// What every verb of ki-lotse-cli shares: reading the pack, answers, drafts and records with the
// documented exit codes and messages, opening the registry, writing output atomically.

#include "Commands.h"
#include "classify/AnswerSet.h"
#include "content/Demos.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"
#include "report/CheckRecord.h"
#include "scan/ScanJson.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>

namespace kilotse::cli {

inline constexpr qint64 kMaxInputBytes = 8 * 1024 * 1024;
inline constexpr qint64 kMaxRecordBytes = 1024 * 1024;

QByteArray readUpTo(QFile& file, qint64 limit);
void printDiagnostics(Context& ctx, const Diagnostics& diagnostics);
std::optional<PolicyPack> loadPackOrReport(Context& ctx);
// The same for a pack loaded elsewhere (resolvePolicyStrict on another thread).
std::optional<PolicyPack> reportPack(Context& ctx, PolicyLoadResult loaded);
bool openInput(Context& ctx, const QString& path, const QString& cannotRead, QFile& file, QString* displayName,
               int* exitCode);
std::optional<AnswerSet> readAnswers(Context& ctx, const PolicyPack& pack, const QString& path, int* exitCode);
bool checkFormat(Context& ctx);
// Where large outputs go byte by byte: stdout's device when the context writes to one (after
// flushing what is queued in the text stream), else the text stream itself (tests).
ByteSink byteSink(Context& ctx);
// Whether the command's standard output is a terminal (a person reads it).
bool stdoutIsTerminal(Context& ctx);
std::optional<int> intOption(Context& ctx, const QString& name, int low, int high);
QString subcommandProblem(const QString& command, const QString& sub, const char* choices);
std::unique_ptr<Registry> openRegistryOrReport(Context& ctx);
std::optional<QString> readDraft(Context& ctx, const QString& path, int* exitCode);
std::optional<ScanRules> scanRulesOrReport(Context& ctx, const PolicyPack& pack);
bool writeOutput(Context& ctx, const QString& path, const QByteArray& data);
std::optional<CheckRecord> readRecord(Context& ctx, const QString& path, int* exitCode);
std::optional<QList<DemoScenario>> scenariosOrReport(Context& ctx, const PolicyPack& pack);
QString outcomeLine(int level, bool escalate, bool blocked);

} // namespace kilotse::cli
