#include "policy/PackTranslation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <set>

namespace kilotse::loader {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::PolicyLoader)
};
} // namespace

// Keys whose string values are text for people (translatable); everything else is ids, codes,
// citations of German documents or scanner cue lists and stays as it is.
bool isTranslatableKey(const std::string& key)
{
    static const std::set<std::string> keys{
        "title",          "text",    "help",           "examples",   "label",    "description",
        "explanation",    "do",      "purpose",        "prompt",     "example",  "follow_ups",
        "quality_checks", "choices", "reason",         "advice",     "summary",  "next_steps",
        "situation",      "reveal",  "teaching_point", "discussion", "question", "pseudonymised_note",
        "explanations",   "art50" /* the Art. 50 explanations of labels.json (their source is skipped below) */};
    return keys.count(key) > 0;
}

// Replaces the translatable strings of `node` found in `texts`; counts hits and misses.
void applyTranslation(nlohmann::json& node, bool translatable, const QHash<QString, QString>& texts,
                      QSet<QString>& used, ContentTranslation& stats)
{
    if (node.is_object()) {
        for (auto& [key, value] : node.items())
            // Never translated: the scanner's cue words (they match German text) and conditions.
            // Nor citations: a source names a German document and its section.
            // The label wording is written per language already ("languages").
            if (key != "cues" && key != "when" && key != "answers" && key != "source" && key != "languages")
                applyTranslation(value, translatable || isTranslatableKey(key), texts, used, stats);
    } else if (node.is_array()) {
        for (auto& value : node)
            applyTranslation(value, translatable, texts, used, stats);
    } else if (node.is_string() && translatable) {
        const QString source = json::qs(node.get_ref<const std::string&>());
        const auto it = texts.constFind(source);
        if (it == texts.cend()) {
            ++stats.untranslatedTexts;
            return;
        }
        used.insert(source);
        ++stats.translatedTexts;
        node = it->toStdString();
    }
}

// The placeholders a translation must keep: {{name}} and %1..%9.
QStringList placeholdersOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{[^{}]*\\}\\}|%[1-9]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Reads one translation overlay (manifest "translations"), checks every entry and, when
// `apply`, replaces the texts of `docs` and the manifest.
std::optional<ContentTranslation> readTranslation(const QDir& dir, const QString& language, const QString& fileName,
                                                  std::array<CheckedFile, FileCount>& docs, Manifest& manifest,
                                                  bool apply, Diagnostics& out, QCryptographicHash& hash)
{
    const CheckedFile file = readChecked(dir.filePath(fileName), QStringLiteral("translation.schema.json"), out, &hash);
    if (!file.conforms)
        return std::nullopt;
    const JsonText& doc = *file.text;
    const std::size_t before = static_cast<std::size_t>(out.size());
    if (json::qs(doc.root().at("language").get<std::string>()) != language)
        out.append(doc.at(QStringLiteral("/language"), Diagnostic::CodeInvalidValue,
                          Tr::tr("the file is listed for \"%1\" in the manifest but says \"%2\"")
                              .arg(language, json::qs(doc.root().at("language").get<std::string>()))));
    ContentTranslation result;
    result.language = language;
    result.file = fileName;
    QHash<std::string, QHash<QString, QString>> perFile;
    for (const auto& [fileKey, entries] : doc.root().at("texts").items()) {
        const QString filePointer = json::childPointer(QStringLiteral("/texts"), fileKey);
        for (const auto& [source, translated] : entries.items()) {
            const QString pointer = json::childPointer(filePointer, source);
            if (!translated.is_string() || translated.get_ref<const std::string&>().empty()) {
                out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                                  Tr::tr("expected the translated text (a non-empty string)")));
                continue;
            }
            const QString from = json::qs(source);
            const QString to = json::qs(translated.get<std::string>());
            if (placeholdersOf(from) != placeholdersOf(to)) {
                out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                                  Tr::tr("the translation must keep the placeholders of the text (%1)")
                                      .arg(placeholdersOf(from).join(QStringLiteral(", ")))));
                continue;
            }
            perFile[fileKey].insert(from, to);
            result.texts.insert(from, to);
        }
    }
    if (static_cast<std::size_t>(out.size()) != before)
        return std::nullopt;
    if (!apply)
        return result;

    result.applied = true;
    QSet<QString> used;
    for (std::size_t i = 0; i < kFiles.size(); ++i)
        if (docs[i].text && perFile.contains(kFiles[i].key))
            applyTranslation(docs[i].text->mutableRoot(), false, perFile.value(kFiles[i].key), used, result);
    const QHash<QString, QString> manifestTexts = perFile.value("manifest");
    for (QString* text : {&manifest.title, &manifest.description}) {
        if (text->isEmpty())
            continue;
        if (manifestTexts.contains(*text)) {
            used.insert(*text);
            *text = manifestTexts.value(*text);
            ++result.translatedTexts;
        } else {
            ++result.untranslatedTexts;
        }
    }
    for (auto it = result.texts.cbegin(); it != result.texts.cend(); ++it)
        if (!used.contains(it.key()))
            result.unused << it.key();
    result.unused.sort();
    return result;
}

} // namespace kilotse::loader
