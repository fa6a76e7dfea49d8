#include "report/RecordRender.h"

#include "LocaleFormat.h"
#include "report/PdfWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSaveFile>

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordRender)
};

QString sourceLine(const RecordSource& s)
{
    const QString citation = s.citation.isEmpty() ? s.doc + QStringLiteral(", ") + s.section : s.citation;
    return Tr::tr("Quelle: %1").arg(citation);
}

QString toolWarning(const QString& id)
{
    if (id == QLatin1String("review-overdue"))
        return Tr::tr("Überprüfung überfällig");
    return id;
}

} // namespace

QList<RecordBlock> recordBlocks(const CheckRecord& r, const RecordComparison* comparison, const PolicyPack* pack)
{
    using K = RecordBlock::Kind;
    QList<RecordBlock> b;
    b.append({K::Title, Tr::tr("Prüfvermerk zur Nutzung generativer KI"), {}});
    // Read from a newer version, or changed since it was made: said first, before anything else.
    for (const RecordNote& note : recordNotes(r))
        b.append({note.warning ? K::Highlight : K::Small, note.text, {}});
    b.append({K::Field, displayDateTime(r.created), Tr::tr("Datum")});
    if (!r.user.isEmpty())
        b.append({K::Field, r.user, Tr::tr("Geprüft von")});
    b.append({K::Field, r.purpose.isEmpty() ? Tr::tr("(nicht angegeben)") : r.purpose, Tr::tr("Zweck")});
    b.append({K::Field, r.useCaseTitle.isEmpty() ? r.useCaseId : r.useCaseTitle, Tr::tr("Anwendungsfall")});
    b.append({K::Field, Tr::tr("%1, Version %2 (%3)").arg(r.packTitle, r.packVersion, r.packId), Tr::tr("Regelwerk")});
    b.append(
        {K::Field, r.packSha256.isEmpty() ? Tr::tr("(unbekannt)") : r.packSha256, Tr::tr("SHA-256 des Regelwerks")});
    if (!r.packLegalStatus.isEmpty())
        b.append({K::Field, displayDate(QDate::fromString(r.packLegalStatus, Qt::ISODate)),
                  Tr::tr("Rechtsstand des Regelwerks")});
    b.append({K::Field, Tr::tr("KI-Lotse %1").arg(r.appVersion), Tr::tr("Programm")});

    b.append({K::Heading, Tr::tr("Ergebnis"), {}});
    b.append({K::Highlight, verdictText(r.verdict, r.level, r.outcomeTitle), {}});
    if (!r.outcomeSummary.isEmpty())
        b.append({K::Paragraph, r.outcomeSummary, {}});
    for (const QString& step : r.nextSteps)
        b.append({K::Bullet, step, {}});

    b.append({K::Heading, Tr::tr("Begründung"), {}});
    if (r.reasons.isEmpty())
        b.append({K::Paragraph,
                  Tr::tr("Keine Regel hat eine höhere Stufe verlangt; es gilt die Grundstufe des Regelwerks."),
                  {}});
    for (const RecordReason& x : r.reasons) {
        b.append({K::Bullet, x.advice.isEmpty() ? x.text : x.text + u' ' + x.advice, {}});
        b.append({K::Small, sourceLine(x.source) + Tr::tr(" · Regel %1").arg(x.ruleId), {}});
    }

    b.append({K::Heading, Tr::tr("Fragen und Antworten"), {}});
    for (const RecordAnswer& a : r.answers)
        b.append({K::Field, a.answerLabel.isEmpty() ? a.answerId : a.answerLabel, a.questionTitle});

    b.append({K::Heading, Tr::tr("Freigegebene KI-Dienste"), {}});
    if (r.blocked) {
        b.append({K::Paragraph, Tr::tr("Keine – die Nutzung ist nicht zulässig."), {}});
    } else if (!r.registryAvailable) {
        b.append({K::Paragraph,
                  Tr::tr("Das Verzeichnis der KI-Dienste war nicht verfügbar%1. Welche Dienste freigegeben sind, "
                         "erfahren Sie bei der oder dem KI-Beauftragten.")
                      .arg(r.registryProblem.isEmpty() ? QString() : QStringLiteral(" (") + r.registryProblem + u')'),
                  {}});
    } else {
        if (r.registryDemo)
            b.append({K::Small,
                      Tr::tr("Hinweis: Angaben aus dem Beispielverzeichnis „Musterstadt“, nicht aus dem Verzeichnis "
                             "Ihrer Verwaltung."),
                      {}});
        if (r.tools.isEmpty())
            b.append({K::Paragraph, Tr::tr("Für diese Prüfung ist kein Dienst freigegeben."), {}});
        for (const RecordTool& t : r.tools) {
            QString line = t.vendor.isEmpty() ? t.name : Tr::tr("%1 (%2)").arg(t.name, t.vendor);
            line += Tr::tr(" – freigegeben bis Schutzstufe %1; Datensatz Nr. %2, Version %3")
                        .arg(t.maxLevel)
                        .arg(t.id)
                        .arg(t.rowVersion);
            QStringList warnings;
            for (const QString& w : t.warnings)
                warnings << toolWarning(w);
            if (!warnings.isEmpty())
                line += Tr::tr(" (Hinweis: %1)").arg(warnings.join(QStringLiteral(", ")));
            b.append({K::Bullet, line, {}});
        }
    }

    b.append({K::Heading, Tr::tr("Zu beachtende Regeln"), {}});
    if (r.rules.isEmpty())
        b.append({K::Paragraph, Tr::tr("Keine."), {}});
    for (const RecordRule& g : r.rules) {
        b.append({K::Bullet, Tr::tr("%1: %2").arg(g.title, g.doText), {}});
        b.append({K::Small, sourceLine(g.source), {}});
    }

    b.append({K::Heading, Tr::tr("Transparenzhinweis"), {}});
    if (r.label)
        b.append({K::Paragraph, r.label->text, {}});
    else
        b.append({K::Paragraph, Tr::tr("Für diesen Vermerk wurde kein Transparenzhinweis ausgewählt."), {}});

    b.append({K::Heading, Tr::tr("Prüfung des Entwurfs"), {}});
    if (!r.scanCounts) {
        b.append({K::Paragraph, Tr::tr("Der Entwurf wurde nicht mit KI-Lotse geprüft."), {}});
    } else if (r.scanCounts->isEmpty()) {
        b.append({K::Paragraph,
                  Tr::tr("Der Entwurf wurde geprüft; es wurden keine personenbezogenen Daten oder "
                         "Geheimhaltungsvermerke gefunden."),
                  {}});
    } else {
        for (auto it = r.scanCounts->cbegin(); it != r.scanCounts->cend(); ++it) {
            QString name = it.key();
            if (pack && pack->scan) {
                const ScanCategory category = scanCategoryFromId(it.key());
                if (category != ScanCategory::Count && !pack->scan->info(category).label.isEmpty())
                    name = pack->scan->info(category).label;
            }
            b.append({K::Field, Tr::tr("%n Fund(e)", nullptr, it.value()), name});
        }
    }
    b.append({K::Small,
              Tr::tr("Der Text des Entwurfs ist nicht Teil dieses Vermerks; festgehalten ist nur, wie viele Funde "
                     "welcher Art die Prüfung ergab."),
              {}});

    if (comparison) {
        const RecordComparison& c = *comparison;
        b.append({K::Heading, Tr::tr("Abgleich mit dem aktuellen Regelwerk"), {}});
        if (c.samePack)
            b.append({K::Paragraph, Tr::tr("Das Regelwerk ist unverändert (gleiche Version und Prüfsumme)."), {}});
        else
            b.append({K::Paragraph, packChangeText(r, c), {}});
        for (const QString& p : c.answerProblems)
            b.append({K::Bullet, p, {}});
        if (!c.evaluated) {
            b.append({K::Highlight,
                      Tr::tr("Die Antworten passen nicht mehr zum aktuellen Fragebogen. Bitte führen Sie die Prüfung "
                             "neu durch."),
                      {}});
        } else if (c.outcomeChanged()) {
            b.append({K::Highlight,
                      Tr::tr("Heute ergäbe sich: %1 (damals: %2).")
                          .arg(verdictText(c.verdict, c.level, c.outcomeTitle),
                               verdictText(r.verdict, r.level, r.outcomeTitle)),
                      {}});
            if (!c.addedReasons.isEmpty())
                b.append(
                    {K::Bullet, Tr::tr("Neu greifende Regeln: %1").arg(c.addedReasons.join(QStringLiteral(", "))), {}});
            if (!c.removedReasons.isEmpty())
                b.append({K::Bullet,
                          Tr::tr("Nicht mehr greifende Regeln: %1").arg(c.removedReasons.join(QStringLiteral(", "))),
                          {}});
        } else {
            b.append({K::Paragraph,
                      Tr::tr("Mit dem aktuellen Regelwerk ergibt sich dasselbe Ergebnis: %1.")
                          .arg(verdictText(c.verdict, c.level, c.outcomeTitle)),
                      {}});
        }
    }
    return b;
}

QString recordToHtml(const CheckRecord& record, const RecordComparison* comparison, const PolicyPack* pack)
{
    const QList<RecordBlock> blocks = recordBlocks(record, comparison, pack);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString title;
    QString body;
    bool inFields = false;
    bool inList = false;
    auto close = [&] {
        if (inFields)
            body += QStringLiteral("</dl>\n");
        if (inList)
            body += QStringLiteral("</ul>\n");
        inFields = inList = false;
    };
    for (const RecordBlock& block : blocks) {
        if (block.kind != RecordBlock::Kind::Field && inFields)
            close();
        if (block.kind != RecordBlock::Kind::Bullet && block.kind != RecordBlock::Kind::Small && inList)
            close();
        switch (block.kind) {
        case RecordBlock::Kind::Title:
            title = block.text;
            body += QStringLiteral("<h1>") + esc(block.text) + QStringLiteral("</h1>\n");
            break;
        case RecordBlock::Kind::Heading:
            body += QStringLiteral("<h2>") + esc(block.text) + QStringLiteral("</h2>\n");
            break;
        case RecordBlock::Kind::Field:
            if (!inFields)
                body += QStringLiteral("<dl>\n");
            inFields = true;
            body += QStringLiteral("<dt>") + esc(block.label) + QStringLiteral("</dt><dd>") + esc(block.text) +
                    QStringLiteral("</dd>\n");
            break;
        case RecordBlock::Kind::Paragraph:
            body += QStringLiteral("<p>") + esc(block.text) + QStringLiteral("</p>\n");
            break;
        case RecordBlock::Kind::Bullet:
            if (!inList)
                body += QStringLiteral("<ul>\n");
            inList = true;
            body += QStringLiteral("<li>") + esc(block.text) + QStringLiteral("</li>\n");
            break;
        case RecordBlock::Kind::Small:
            body += (inList ? QStringLiteral("<li class=\"source\">") : QStringLiteral("<p class=\"source\">")) +
                    esc(block.text) + (inList ? QStringLiteral("</li>\n") : QStringLiteral("</p>\n"));
            break;
        case RecordBlock::Kind::Highlight:
            body += QStringLiteral("<p class=\"highlight\">") + esc(block.text) + QStringLiteral("</p>\n");
            break;
        }
    }
    close();
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%5\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
               "'unsafe-inline'\">\n"
               "<meta name=\"generator\" content=\"KI-Lotse %1\">\n<title>%2</title>\n<style>\n"
               "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.45;color:#111;"
               "max-width:44em;margin:2em auto;padding:0 1em}\n"
               "h1{font-size:1.6em;color:#15325f;margin-bottom:.6em}\n"
               "h2{font-size:1.2em;color:#15325f;border-bottom:1px solid #bbb;margin-top:1.6em;padding-bottom:.15em}\n"
               "dl{display:grid;grid-template-columns:13em 1fr;gap:.25em 1em;margin:.5em 0}\n"
               "dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}\n"
               "ul{padding-left:1.3em}li{margin:.2em 0}\n"
               "li.source{list-style:none;margin-top:-.1em}\n"
               ".source{color:#555;font-size:.85em}\n"
               ".highlight{background:#eef1f6;border-left:4px solid #2a4a80;padding:.5em .8em;font-weight:bold}\n"
               "footer{margin-top:2em;color:#555;font-size:.85em;border-top:1px solid #bbb;padding-top:.4em}\n"
               "@page{size:A4;margin:2cm}\n@media print{body{margin:0;max-width:none}}\n"
               "</style>\n</head>\n<body>\n%3<footer>%4</footer>\n</body>\n</html>\n")
        .arg(esc(record.appVersion), esc(title), body,
             esc(Tr::tr("Erstellt mit KI-Lotse %1. Dieser Vermerk enthält keine Inhalte des Entwurfs.")
                     .arg(record.appVersion)),
             uiLanguage());
}

QByteArray recordToPdf(const CheckRecord& record, const RecordComparison* comparison, const PolicyPack* pack,
                       QString* error)
{
    const QList<RecordBlock> blocks = recordBlocks(record, comparison, pack);
    pdf::Document doc(blocks.isEmpty() ? QString() : blocks.first().text);
    doc.setCreated(record.created);
    doc.setLanguage(uiLanguage() == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("de-DE"));
    doc.setFooter(Tr::tr("Prüfvermerk vom %1 · KI-Lotse %2").arg(displayDateTime(record.created), record.appVersion),
                  Tr::tr("Seite %1 von %2"));
    for (const RecordBlock& block : blocks) {
        switch (block.kind) {
        case RecordBlock::Kind::Title:
            doc.add(pdf::Document::Style::Title, block.text);
            break;
        case RecordBlock::Kind::Heading:
            doc.add(pdf::Document::Style::Heading, block.text);
            break;
        case RecordBlock::Kind::Field:
            doc.field(block.label, block.text);
            break;
        case RecordBlock::Kind::Paragraph:
            doc.add(pdf::Document::Style::Body, block.text);
            break;
        case RecordBlock::Kind::Bullet:
            doc.add(pdf::Document::Style::Bullet, block.text);
            break;
        case RecordBlock::Kind::Small:
            doc.add(pdf::Document::Style::Small, block.text);
            break;
        case RecordBlock::Kind::Highlight:
            doc.add(pdf::Document::Style::Highlight, block.text);
            break;
        }
    }
    QString problem;
    const std::optional<QByteArray> pdf = doc.toPdf(&problem);
    if (!pdf && error)
        *error = problem;
    return pdf.value_or(QByteArray());
}

std::optional<RecordFormat> recordFormatFromName(const QString& name)
{
    if (name == QLatin1String("pdf"))
        return RecordFormat::Pdf;
    if (name == QLatin1String("html"))
        return RecordFormat::Html;
    if (name == QLatin1String("json"))
        return RecordFormat::Json;
    return std::nullopt;
}

QString recordFormatExtension(RecordFormat format)
{
    switch (format) {
    case RecordFormat::Pdf:
        return QStringLiteral("pdf");
    case RecordFormat::Html:
        return QStringLiteral("html");
    case RecordFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

QByteArray renderRecord(const CheckRecord& record, RecordFormat format, const RecordComparison* comparison,
                        const PolicyPack* pack, QString* error)
{
    switch (format) {
    case RecordFormat::Pdf:
        return recordToPdf(record, comparison, pack, error);
    case RecordFormat::Html:
        return recordToHtml(record, comparison, pack).toUtf8();
    case RecordFormat::Json:
        break;
    }
    return recordToJson(record);
}

bool saveRecord(const CheckRecord& record, RecordFormat format, const QString& path, const PolicyPack* pack,
                QString* error, const RecordComparison* comparison)
{
    QString problem;
    const QByteArray data = renderRecord(record, format, comparison, pack, &problem);
    if (data.isEmpty()) {
        if (error)
            *error = Tr::tr("Der Prüfvermerk kann nicht erstellt werden: %1").arg(problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1 kann nicht geschrieben werden: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString recordFileName(const CheckRecord& record, const QString& extension)
{
    return QStringLiteral("Pruefvermerk-%1.%2")
        .arg(record.created.toString(QStringLiteral("yyyy-MM-dd-HHmm")), extension);
}

} // namespace kilotse
