#include "content/TemplateFill.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::TemplateFill)
};

QString problemMessage(const Placeholder& p, const QString& code)
{
    if (code == QLatin1String("missing-value"))
        return Tr::tr("required value \"%1\" is missing").arg(p.name);
    if (code == QLatin1String("multiline-in-text"))
        return Tr::tr("\"%1\" takes a single line; use a multiline field for longer text").arg(p.name);
    if (code == QLatin1String("too-long"))
        return Tr::tr("\"%1\" is longer than %2 characters").arg(p.name).arg(kMaxPlaceholderValue);
    if (code == QLatin1String("not-a-number"))
        return Tr::tr("\"%1\" expects a number").arg(p.name);
    if (code == QLatin1String("out-of-range")) {
        const QString low = p.min ? QString::number(*p.min) : QStringLiteral("-");
        const QString high = p.max ? QString::number(*p.max) : QStringLiteral("-");
        return Tr::tr("\"%1\" must be between %2 and %3").arg(p.name, low, high);
    }
    if (code == QLatin1String("not-a-date"))
        return Tr::tr("\"%1\" expects a date (YYYY-MM-DD or DD.MM.YYYY)").arg(p.name);
    if (code == QLatin1String("not-a-choice"))
        return Tr::tr("\"%1\" must be one of: %2").arg(p.name, p.choices.join(QStringLiteral(", ")));
    return code;
}
} // namespace

TemplateFillResult fillTemplate(const PromptTemplate& t, const QMap<QString, QString>& values)
{
    TemplateFillResult result;
    QMap<QString, QString> display;
    for (const Placeholder& p : t.placeholders) {
        const QString value = values.value(p.name);
        QString shown;
        const QString code = checkPlaceholderValue(p, value, &shown);
        if (!code.isEmpty()) {
            result.problems.append(
                Diagnostic{{}, 0, 0, QStringLiteral("/values/") + p.name, code, problemMessage(p, code)});
            continue;
        }
        display.insert(p.name, shown);
        if (p.personalData && !shown.isEmpty())
            result.personalDataFields << p.name;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!t.placeholder(it.key()))
            result.problems.append(Diagnostic{{},
                                              0,
                                              0,
                                              QStringLiteral("/values/") + it.key(),
                                              QStringLiteral("unknown-placeholder"),
                                              Tr::tr("template \"%1\" has no placeholder \"%2\"").arg(t.id, it.key())});

    // One pass over the prompt: values are inserted literally and never expanded again.
    QString text;
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(t.prompt);
    while (it.hasNext()) {
        const auto m = it.next();
        text += QStringView(t.prompt).mid(pos, m.capturedStart(0) - pos);
        const QString name = m.captured(1);
        text += display.contains(name) ? display.value(name) : m.captured(0);
        pos = m.capturedEnd(0);
    }
    text += QStringView(t.prompt).mid(pos);
    result.text = text;
    return result;
}

} // namespace kilotse
