#include "policy/PlaceholderGrammar.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <optional>

namespace kilotse {

namespace {

// Digits with an optional sign and one decimal separator ("1.5" or "1,5"); no thousands
// separators, no exponents, no nan/inf.
std::optional<double> parseNumber(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = QString(text).replace(u',', u'.').toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<QDate> parseDate(const QString& text)
{
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

} // namespace

QString checkPlaceholderValue(const Placeholder& p, const QString& value, QString* display)
{
    const QString v = p.type == Placeholder::Type::Multiline ? value.trimmed() : value.simplified();
    if (display)
        display->clear();
    if (value.size() > kMaxPlaceholderValue)
        return QStringLiteral("too-long");
    if (v.isEmpty())
        return p.required ? QStringLiteral("missing-value") : QString();
    switch (p.type) {
    case Placeholder::Type::Text:
        if (value.trimmed().contains(u'\n'))
            return QStringLiteral("multiline-in-text");
        break;
    case Placeholder::Type::Multiline:
        break;
    case Placeholder::Type::Number: {
        const auto n = parseNumber(v);
        if (!n)
            return QStringLiteral("not-a-number");
        if ((p.min && *n < *p.min) || (p.max && *n > *p.max))
            return QStringLiteral("out-of-range");
        break;
    }
    case Placeholder::Type::Date: {
        const auto d = parseDate(v);
        if (!d)
            return QStringLiteral("not-a-date");
        if (display)
            *display = d->toString(QStringLiteral("dd.MM.yyyy"));
        return {};
    }
    case Placeholder::Type::Choice:
        if (!p.choices.contains(v))
            return QStringLiteral("not-a-choice");
        break;
    }
    if (display)
        *display = v;
    return {};
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{(.*?)\\}\\}"));
    return re;
}

const QRegularExpression& placeholderNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re;
}

QStringList placeholderNamesIn(const QString& prompt, QStringList* malformed)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(prompt);
    qsizetype lastEnd = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (placeholderNamePattern().match(name).hasMatch()) {
            if (!names.contains(name))
                names << name;
        } else if (malformed) {
            *malformed << m.captured(0);
        }
        lastEnd = m.capturedEnd(0);
    }
    if (malformed && prompt.indexOf(QStringLiteral("{{"), lastEnd) >= 0)
        *malformed << prompt.mid(prompt.indexOf(QStringLiteral("{{"), lastEnd), 20);
    return names;
}

} // namespace kilotse
