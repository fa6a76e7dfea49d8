#pragma once

#include "Commands.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace kilotse::cli {

// One verb of ki-lotse-cli ("classify", "registry" …), one class each (as KeePassXC's
// src/cli/Command.h): the verb's name, and run() with the words after the verb in ctx.args
// ("policy validate DIR": {"validate", "DIR"}). Each run() declares the options it accepts once,
// in its Context::expect() call; shared setup (pack, answers, registry, drafts, records, output)
// lives in CliSupport.h. The classes live in src/cli/commands/, one file per verb.
class Command
{
public:
    explicit Command(QString name, QStringList aliases = {}) : m_name(std::move(name)), m_aliases(std::move(aliases)) {}
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    bool answersTo(const QString& verb) const { return verb == m_name || m_aliases.contains(verb); }
    virtual int run(Context& ctx) const = 0;

private:
    QString m_name;
    QStringList m_aliases;
};

// Every verb, in the order of the usage text.
const std::vector<std::unique_ptr<const Command>>& commands();
// The command for a verb (or one of its aliases), nullptr if there is none.
const Command* findCommand(const QString& verb);

class ClassifyCommand final : public Command
{
public:
    ClassifyCommand();
    int run(Context& ctx) const override;
};

class PolicyCommand final : public Command
{
public:
    PolicyCommand();
    int run(Context& ctx) const override;
};

class RulesCommand final : public Command
{
public:
    RulesCommand();
    int run(Context& ctx) const override;
};

class TemplatesCommand final : public Command
{
public:
    TemplatesCommand();
    int run(Context& ctx) const override;
};

class LabelCommand final : public Command
{
public:
    LabelCommand();
    int run(Context& ctx) const override;
};

class ToolsCommand final : public Command
{
public:
    ToolsCommand();
    int run(Context& ctx) const override;
};

class RegistryCommand final : public Command
{
public:
    RegistryCommand();
    int run(Context& ctx) const override;
};

class ScanCommand final : public Command
{
public:
    ScanCommand();
    int run(Context& ctx) const override;
};

class PseudonymiseCommand final : public Command
{
public:
    PseudonymiseCommand();
    int run(Context& ctx) const override;
};

class RestoreCommand final : public Command
{
public:
    RestoreCommand();
    int run(Context& ctx) const override;
};

class ReportCommand final : public Command
{
public:
    ReportCommand();
    int run(Context& ctx) const override;
};

class RecheckCommand final : public Command
{
public:
    RecheckCommand();
    int run(Context& ctx) const override;
};

class DemoCommand final : public Command
{
public:
    DemoCommand();
    int run(Context& ctx) const override;
};

class ConfigCommand final : public Command
{
public:
    ConfigCommand();
    int run(Context& ctx) const override;
};

class NativeHostCommand final : public Command
{
public:
    NativeHostCommand();
    int run(Context& ctx) const override;
};

} // namespace kilotse::cli
