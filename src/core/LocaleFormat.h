#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace kilotse {

// Dates, times and numbers for people, in the conventions of the UI language. The one owner of
// these formats: the record (HTML, PDF), the transparency label and the CLI's text output all use
// these functions, so an English record never says "23:27 Uhr" and a German one never "7/12/2026".
//
// The UI language is read from QLocale()'s default, which installTranslations() sets (de_DE or
// en_GB); any locale that is not English counts as German, the program's source language.
//
//   German:  "07.12.2026"         "07.12.2026, 23:27 Uhr"    "1.048.576"
//   English: "7 December 2026"    "7 December 2026, 23:27"   "1,048,576"

// "de" or "en": the language of `locale` as KI-Lotse speaks it.
QString languageOf(const QLocale& locale);
// The UI language ("de" or "en"), from QLocale()'s default.
QString uiLanguage();
// The locale KI-Lotse uses for a language ("de" → de_DE, "en" → en_GB; anything else → de_DE).
QLocale localeForLanguage(const QString& language);

QString displayDate(const QDate& date, const QString& language = uiLanguage());
// In the time's own offset from UTC (a record shows the time it was made, where it was made).
QString displayDateTime(const QDateTime& when, const QString& language = uiLanguage());
QString displayNumber(qint64 number, const QString& language = uiLanguage());
// A log time to the second, in local time, for tables and logs: "07.12.2026 23:27:05" /
// "07/12/2026 23:27:05".
QString displayTimestamp(const QDateTime& when, const QString& language = uiLanguage());
// The pattern a date input field shows ("dd.MM.yyyy" / "dd/MM/yyyy").
QString dateInputFormat(const QString& language = uiLanguage());

} // namespace kilotse
