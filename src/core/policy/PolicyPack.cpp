#include "policy/PolicyPack.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kilotse {

namespace {
template <typename List, typename Key> auto findById(const List& list, const Key& id) -> decltype(&list.front())
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
    case PackOrigin::CommandLine:
        return QStringLiteral("command-line");
    case PackOrigin::Environment:
        return QStringLiteral("environment");
    case PackOrigin::Configured:
        return QStringLiteral("configured");
    case PackOrigin::System:
        return QStringLiteral("system");
    case PackOrigin::Bundled:
        return QStringLiteral("bundled");
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
        const QHash<QString, QString>& texts = t.deferred ? t.deferred->texts() : t.texts;
        const auto ia = texts.constFind(a);
        if (ia != texts.cend() && *ia == b)
            return true;
        const auto ib = texts.constFind(b);
        if (ib != texts.cend() && *ib == a)
            return true;
    }
    return false;
}

DeferredTexts::DeferredTexts(QString path) : m_path(std::move(path)) {}

const QHash<QString, QString>& DeferredTexts::texts() const
{
    std::call_once(m_once, [this] {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.read(64 * 1024 * 1024);
        const nlohmann::json root =
            nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        if (!root.is_object() || !root.contains("texts") || !root["texts"].is_object())
            return;
        for (const auto& [section, entries] : root["texts"].items()) {
            if (!entries.is_object())
                continue;
            for (const auto& [from, to] : entries.items())
                if (to.is_string())
                    m_texts.insert(QString::fromStdString(from), QString::fromStdString(to.get<std::string>()));
        }
    });
    return m_texts;
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
    case Placeholder::Type::Text:
        return QStringLiteral("text");
    case Placeholder::Type::Multiline:
        return QStringLiteral("multiline");
    case Placeholder::Type::Number:
        return QStringLiteral("number");
    case Placeholder::Type::Choice:
        return QStringLiteral("choice");
    case Placeholder::Type::Date:
        return QStringLiteral("date");
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
