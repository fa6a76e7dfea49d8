#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kilotse {

class Config;

// The languages KI-Lotse speaks. German is the default and the language of the code's strings.
QStringList supportedLanguages(); // "de", "en"

// The language to use: `option` (--lang), else $KI_LOTSE_LANG, else the setting ui/language
// (a locked setting wins over option and environment). Unknown values fall back to the next
// source; the result is always one of supportedLanguages(). `why`, if given, names the source.
QString chooseLanguage(const QString& option, const Config& config, QString* why = nullptr);

// Installs the translators for `language` into `app` (program texts from :/i18n, and Qt's own
// texts from the system's qtbase_<lang>.qm when `withQtTexts`), sets QLocale's default and the
// content language. Returns false if a needed translation file is missing (the program then
// shows its German source texts).
bool installTranslations(QCoreApplication& app, const QString& language, bool withQtTexts);

// The language policy-pack texts are shown in: packs may carry translations (manifest
// "translations"); texts without one stay in the pack's own language. Default "de".
QString contentLanguage();
void setContentLanguage(const QString& language);

} // namespace kilotse
