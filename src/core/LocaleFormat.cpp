#include "LocaleFormat.h"

namespace kilotse {

QString languageOf(const QLocale& locale)
{
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
}

QString uiLanguage()
{
    return languageOf(QLocale());
}

QLocale localeForLanguage(const QString& language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::German, QLocale::Germany);
}

QString displayDate(const QDate& date, const QString& language)
{
    if (language == QLatin1String("en"))
        return localeForLanguage(language).toString(date, QStringLiteral("d MMMM yyyy"));
    return localeForLanguage(language).toString(date, QStringLiteral("dd.MM.yyyy"));
}

QString displayDateTime(const QDateTime& when, const QString& language)
{
    if (language == QLatin1String("en"))
        return localeForLanguage(language).toString(when, QStringLiteral("d MMMM yyyy, HH:mm"));
    return localeForLanguage(language).toString(when, QStringLiteral("dd.MM.yyyy, HH:mm 'Uhr'"));
}

QString displayNumber(qint64 number, const QString& language)
{
    return localeForLanguage(language).toString(number);
}

QString dateInputFormat(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("dd.MM.yyyy");
}

QString displayTimestamp(const QDateTime& when, const QString& language)
{
    return localeForLanguage(language).toString(when.toLocalTime(),
                                                dateInputFormat(language) + QStringLiteral(" HH:mm:ss"));
}

} // namespace kilotse
