#include "I18n.h"

#include "Config.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace kilotse {

namespace {

QMutex& languageMutex()
{
    static QMutex mutex;
    return mutex;
}

QString& contentLanguageSlot()
{
    static QString language = QStringLiteral("de");
    return language;
}

QString normalised(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v.startsWith(u"de"))
        return QStringLiteral("de");
    if (v.startsWith(u"en"))
        return QStringLiteral("en");
    return {};
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString chooseLanguage(const QString& option, const Config& config, QString* why)
{
    auto pick = [why](const QString& lang, const char* source) {
        if (why)
            *why = QLatin1String(source);
        return lang;
    };
    const QString configured = normalised(config.text(QStringLiteral("ui/language")));
    if (config.isLocked(QStringLiteral("ui/language")) && !configured.isEmpty())
        return pick(configured, "locked setting");
    if (const QString v = normalised(option); !v.isEmpty())
        return pick(v, "--lang");
    if (const QString v = normalised(qEnvironmentVariable("KI_LOTSE_LANG")); !v.isEmpty())
        return pick(v, "KI_LOTSE_LANG");
    if (!configured.isEmpty())
        return pick(configured,
                    config.source(QStringLiteral("ui/language")) == SettingSource::Default ? "default" : "setting");
    return pick(QStringLiteral("de"), "default");
}

bool installTranslations(QCoreApplication& app, const QString& language, bool withQtTexts)
{
    const QString lang = normalised(language).isEmpty() ? QStringLiteral("de") : normalised(language);
    bool ok = true;
    // ki-lotse_de.qm translates the few English-source validation messages; ki-lotse_en.qm the rest.
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/ki-lotse_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else {
        delete own;
        ok = false;
    }
    // German plural forms of the German source texts ("%n Fund(e)" becomes "1 Fund" / "2 Funde").
    if (lang == u"de") {
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/ki-lotse_de_plurals.qm")))
            QCoreApplication::installTranslator(plurals);
        else {
            delete plurals;
            ok = false;
        }
    }
    if (withQtTexts && lang != u"en") {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else {
            delete qt;
            ok = false;
        }
    }
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::German, QLocale::Germany));
    setContentLanguage(lang);
    return ok;
}

QString contentLanguage()
{
    QMutexLocker lock(&languageMutex());
    return contentLanguageSlot();
}

void setContentLanguage(const QString& language)
{
    QMutexLocker lock(&languageMutex());
    contentLanguageSlot() = normalised(language).isEmpty() ? QStringLiteral("de") : normalised(language);
}

} // namespace kilotse
