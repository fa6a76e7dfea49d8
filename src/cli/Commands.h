#pragma once

#include <QStringList>
#include <QTextStream>

namespace kilotse::cli {

// Exit codes of ki-lotse-cli (docs/cli.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

enum class Format { Text, Json };

// Everything a command needs; streams are injectable so the commands stay testable.
struct Context
{
    QTextStream& out;
    QTextStream& err;
    Format format = Format::Text;
    QString policyDir; // --policy
};

// One function per verb. `args` are the words after the verb, options already removed.
int runClassify(Context& ctx, const QString& answersPath);
int runPolicyValidate(Context& ctx, const QString& directory);
int runPolicyShow(Context& ctx);

} // namespace kilotse::cli
