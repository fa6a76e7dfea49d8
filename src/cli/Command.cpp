#include "Command.h"

namespace kilotse::cli {

const std::vector<std::unique_ptr<const Command>>& commands()
{
    static const std::vector<std::unique_ptr<const Command>> all = [] {
        std::vector<std::unique_ptr<const Command>> list;
        list.push_back(std::make_unique<ClassifyCommand>());
        list.push_back(std::make_unique<PolicyCommand>());
        list.push_back(std::make_unique<RulesCommand>());
        list.push_back(std::make_unique<TemplatesCommand>());
        list.push_back(std::make_unique<LabelCommand>());
        list.push_back(std::make_unique<ToolsCommand>());
        list.push_back(std::make_unique<RegistryCommand>());
        list.push_back(std::make_unique<ScanCommand>());
        list.push_back(std::make_unique<PseudonymiseCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
        list.push_back(std::make_unique<ReportCommand>());
        list.push_back(std::make_unique<RecheckCommand>());
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<ConfigCommand>());
        list.push_back(std::make_unique<NativeHostCommand>());
        return list;
    }();
    return all;
}

const Command* findCommand(const QString& verb)
{
    for (const auto& command : commands())
        if (command->answersTo(verb))
            return command.get();
    return nullptr;
}

} // namespace kilotse::cli
