#pragma once

// Internal to the policy loader (PolicyLoader.cpp, PackTranslation.cpp, DemoLoader.cpp): the pack's
// files, reading one file with its schema, and small JSON helpers.

#include "policy/JsonText.h"
#include "policy/PolicyPack.h"

#include <QCryptographicHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>

namespace kilotse::loader {

using json::JsonText;
using json::qs;
using Json = nlohmann::json;

inline QString str(const Json& object, const char* key)
{
    auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? qs(it->get<std::string>()) : QString();
}

inline QStringList strList(const Json& object, const char* key)
{
    QStringList list;
    if (auto it = object.find(key); it != object.end() && it->is_array())
        for (const auto& v : *it)
            list << qs(v.get<std::string>());
    return list;
}

inline SourceRef sourceRef(const Json& object)
{
    return SourceRef{str(object, "doc"), str(object, "section")};
}

struct FileSpec
{
    const char* key;    // member of manifest "files"
    const char* schema; // bundled schema file name
};
// In build order: later files refer to earlier ones.
enum FileIndex
{
    Sources,
    Questionnaire,
    UseCases,
    Classification,
    Guidance,
    Templates,
    Labels,
    Registry,
    Scan,
    Demos,
    FileCount
};
inline constexpr std::array<FileSpec, FileCount> kFiles{{
    {"sources", "sources.schema.json"},
    {"questionnaire", "questionnaire.schema.json"},
    {"use_cases", "use_cases.schema.json"},
    {"classification", "classification.schema.json"},
    {"guidance", "guidance.schema.json"},
    {"templates", "templates.schema.json"},
    {"labels", "labels.schema.json"},
    {"registry", "registry.schema.json"},
    {"scan", "scan.schema.json"},
    {"demos", "demos.schema.json"},
}};
// A pack that extends no other pack must have these.
inline constexpr std::array<FileIndex, 4> kRequiredFiles{{Sources, Questionnaire, UseCases, Classification}};

// Inserts or replaces (same id) an item; returns a reference to it. Used where a municipal pack
// may override single entries of its base pack.
template <typename Item> void upsert(QList<Item>& list, Item item)
{
    for (auto& existing : list) {
        if (existing.id == item.id) {
            existing = std::move(item);
            return;
        }
    }
    list.append(std::move(item));
}

// A parsed file and whether it also conforms to its schema.
struct CheckedFile
{
    std::optional<JsonText> text; // set when the file could be read and parsed
    bool conforms = false;        // true when it also passed its schema
};

// Reads, parses and schema-checks one file, appending every problem to `out`.
CheckedFile readChecked(const QString& path, const QString& schema, Diagnostics& out, QCryptographicHash* hash);

} // namespace kilotse::loader
