#pragma once

// Internal to the policy loader: the translation overlays of a pack (manifest "translations").

#include "policy/LoaderSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSet>

namespace kilotse::loader {

bool isTranslatableKey(const std::string& key);
void applyTranslation(nlohmann::json& node, bool translatable, const QHash<QString, QString>& texts,
                      QSet<QString>& used, ContentTranslation& stats);
QStringList placeholdersOf(const QString& text);
std::optional<ContentTranslation> readTranslation(const QDir& dir, const QString& language, const QString& fileName,
                                                  std::array<CheckedFile, FileCount>& docs, Manifest& manifest,
                                                  bool apply, Diagnostics& out, QCryptographicHash& hash);

} // namespace kilotse::loader
