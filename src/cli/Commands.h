#pragma once

#include <QMultiMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace kilotse::cli {

// Exit codes of ki-lotse-cli (docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitBadInput = 2,
    ExitReviewsDue = 3,
    ExitChanged = 3
};

// The command line after the program name, split into words, options with a value
// ("--name value" or "--name=value"; repeatable) and flags (options without a value).
struct Arguments
{
    QStringList positional;
    QMultiMap<QString, QString> options;
    QSet<QString> flags;

    QString value(const QString& name) const { return options.value(name); }
    bool has(const QString& name) const { return options.contains(name) || flags.contains(name); }
};

// Everything a command needs; streams are injectable so the commands stay testable.
struct Context
{
    QTextStream& out;
    QTextStream& err;
    Arguments args;

    QString policyDir() const { return args.value(QStringLiteral("policy")); }
    bool json() const { return args.value(QStringLiteral("format")) == QLatin1String("json"); }
    // Reports options this command does not know and the wrong number of words; returns false then.
    bool expect(const QStringList& allowedOptions, qsizetype minWords, qsizetype maxWords);
    // Reports a usage problem on stderr; returns ExitBadInput.
    int usage(const QString& message);
};

QString usageText();

} // namespace kilotse::cli
