#include "policy/PolicyPack.h"

#include <algorithm>

namespace kilotse {

namespace {
template <typename List, typename Key>
auto findById(const List& list, const Key& id) -> decltype(&list.front())
{
    for (const auto& item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}
} // namespace

const AnswerOption* Question::option(const QString& optionId) const
{
    return findById(options, optionId);
}

QString Question::effectiveAnswer(const QString& optionId) const
{
    const AnswerOption* o = option(optionId);
    return (o && !o->countsAs.isEmpty()) ? o->countsAs : optionId;
}

QString packOriginName(PackOrigin origin)
{
    switch (origin) {
    case PackOrigin::CommandLine: return QStringLiteral("command-line");
    case PackOrigin::Environment: return QStringLiteral("environment");
    case PackOrigin::Configured: return QStringLiteral("configured");
    case PackOrigin::System: return QStringLiteral("system");
    case PackOrigin::Bundled: return QStringLiteral("bundled");
    }
    return {};
}

const SourceDocument* PolicyPack::source(const QString& id) const
{
    return findById(sources, id);
}

const Question* PolicyPack::question(const QString& id) const
{
    return findById(questions, id);
}

const DemoScenario* PolicyPack::demo(const QString& id) const
{
    return findById(demos, id);
}

bool PolicyPack::sameText(const QString& a, const QString& b) const
{
    if (a == b)
        return true;
    for (const ContentTranslation& t : translations) {
        const auto ia = t.texts.constFind(a);
        if (ia != t.texts.cend() && *ia == b)
            return true;
        const auto ib = t.texts.constFind(b);
        if (ib != t.texts.cend() && *ib == a)
            return true;
    }
    return false;
}

const UseCase* PolicyPack::useCase(const QString& id) const
{
    return findById(useCases, id);
}

const LevelText* PolicyPack::level(int value) const
{
    for (const auto& l : levels)
        if (l.level == value)
            return &l;
    return nullptr;
}

const GuidanceArea* PolicyPack::guidanceArea(const QString& id) const
{
    return findById(guidanceAreas, id);
}

const GuidanceRule* PolicyPack::guidanceRule(const QString& id) const
{
    return findById(guidanceRules, id);
}

const PromptTemplate* PolicyPack::promptTemplate(const QString& id) const
{
    return findById(templates, id);
}

const Placeholder* PromptTemplate::placeholder(const QString& name) const
{
    for (const auto& p : placeholders)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool PromptTemplate::mayCarryPersonalData() const
{
    return std::any_of(placeholders.cbegin(), placeholders.cend(), [](const Placeholder& p) { return p.personalData; });
}

QString placeholderTypeName(Placeholder::Type type)
{
    switch (type) {
    case Placeholder::Type::Text: return QStringLiteral("text");
    case Placeholder::Type::Multiline: return QStringLiteral("multiline");
    case Placeholder::Type::Number: return QStringLiteral("number");
    case Placeholder::Type::Choice: return QStringLiteral("choice");
    case Placeholder::Type::Date: return QStringLiteral("date");
    }
    return {};
}

QString PolicyPack::citation(const SourceRef& ref) const
{
    const SourceDocument* doc = source(ref.docId);
    const QString name = doc ? doc->citationName() : ref.docId;
    return ref.section.isEmpty() ? name : name + QStringLiteral(", ") + ref.section;
}

} // namespace kilotse
