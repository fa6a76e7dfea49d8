#include "TextOutput.h"

#include "registry/AuditText.h"

#include <QCoreApplication>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};

QString answerLabel(const Question& q, const QString& optionId)
{
    const AnswerOption* o = q.option(optionId);
    return o ? o->label : optionId;
}
} // namespace

void writeToolsText(QTextStream& out, const ToolsForCheck& tools, bool withExcluded, bool demo,
                    const QStringList& notices, bool onHold)
{
    if (notices.isEmpty() && demo)
        out << Tr::tr("Hinweis: Demo-Verzeichnis der fiktiven Stadt Musterstadt.") << Qt::endl;
    for (const QString& n : notices)
        out << n << Qt::endl;
    if (notices.isEmpty() && tools.offered.isEmpty())
        out << Tr::tr("Kein freigegebener Dienst passt.") << Qt::endl;
    for (const ToolOffer& o : tools.offered) {
        // Registry text is shown, never obeyed: control characters appear as symbols (a stored ESC
        // must not drive the admin's terminal), bidi controls as <U+202E>.
        out << (onHold ? QStringLiteral("  ◦ ") : QStringLiteral("  ✓ ")) << visibleText(o.service.name)
            << QStringLiteral(" – ") << visibleText(o.service.vendor);
        if (onHold)
            out << QStringLiteral(" – ") << Tr::tr("nach Klärung");
        else if (!o.service.accessUrl.isEmpty())
            out << QStringLiteral(" – ") << visibleText(o.service.accessUrl);
        out << Qt::endl;
        if (!o.service.restrictions.isEmpty())
            out << QStringLiteral("      ")
                << Tr::tr("Einschränkungen: %1").arg(visibleText(o.service.restrictions.join(QStringLiteral(", "))))
                << Qt::endl;
        for (const PermissionNote& n : o.decision.notes)
            out << QStringLiteral("      ") << Tr::tr("Warnung: %1").arg(permissionNoteText(n.code)) << Qt::endl;
    }
    if (!withExcluded)
        return;
    for (const ToolOffer& o : tools.excluded) {
        QStringList reasons;
        for (const PermissionNote& n : o.decision.notes)
            if (n.excludes)
                reasons << permissionNoteText(n.code);
        out << QStringLiteral("  ✗ ") << visibleText(o.service.name) << QStringLiteral(": ")
            << reasons.join(QStringLiteral("; ")) << Qt::endl;
    }
}

void writeOutcomeText(QTextStream& out, const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                      const ToolsForCheck* tools, const QStringList& toolNotices)
{
    const LevelText* level = pack.level(outcome.level);
    const QString levelTitle = level ? level->title : QString::number(outcome.level);
    QString headline = levelTitle;
    if (outcome.blocked)
        headline = pack.blocked.title;
    else if (outcome.escalate)
        headline = levelTitle + QStringLiteral(" – ") + pack.escalate.title;
    out << Tr::tr("Ergebnis: %1").arg(headline) << Qt::endl;
    if (const UseCase* u = pack.useCase(answers.useCase))
        out << Tr::tr("Anwendungsfall: %1").arg(u->title) << Qt::endl;
    out << Qt::endl;
    if (outcome.blocked)
        out << pack.blocked.summary << Qt::endl << Qt::endl;
    else if (outcome.escalate)
        out << pack.escalate.summary << Qt::endl << Qt::endl;
    if (level && !outcome.blocked)
        out << level->summary << Qt::endl << Qt::endl;
    QStringList steps = outcome.blocked ? pack.blocked.nextSteps : QStringList();
    if (!outcome.blocked && outcome.escalate)
        steps += pack.escalate.nextSteps;
    if (!outcome.blocked && level)
        steps += level->nextSteps;
    if (!steps.isEmpty()) {
        out << Tr::tr("Was Sie jetzt tun:") << Qt::endl;
        for (const QString& step : steps)
            out << QStringLiteral("  – ") << step << Qt::endl;
        out << Qt::endl;
    }

    out << Tr::tr("Gründe:") << Qt::endl;
    if (outcome.reasons.isEmpty())
        out << QStringLiteral("  – ") << Tr::tr("Keine Regel greift; es gilt die Grundstufe.") << Qt::endl;
    for (const Reason& r : outcome.reasons) {
        out << QStringLiteral("  • ") << r.text << QStringLiteral(" [") << r.ruleId << u']' << Qt::endl;
        for (const Trigger& t : r.triggers) {
            const Question* q = pack.question(t.questionId);
            if (!q)
                continue;
            QString answer = answerLabel(*q, t.answer);
            if (!t.countsAs.isEmpty())
                answer = Tr::tr("%1 (zählt als „%2“)").arg(answer, answerLabel(*q, t.countsAs));
            out << QStringLiteral("    ") << Tr::tr("Ausgelöst durch: %1 = %2").arg(q->title, answer) << Qt::endl;
        }
        if (!r.advice.isEmpty())
            out << QStringLiteral("    ") << Tr::tr("Was tun: %1").arg(r.advice) << Qt::endl;
        out << QStringLiteral("    ") << Tr::tr("Quelle: %1").arg(pack.citation(r.source)) << Qt::endl;
    }
    if (tools && !outcome.blocked) {
        out << Qt::endl << Tr::tr("Freigegebene Dienste:") << Qt::endl;
        writeToolsText(out, *tools, false, false, toolNotices, outcome.escalate);
    }
    out << Qt::endl
        << Tr::tr("Regelwerk: %1 %2 (%3)").arg(pack.manifest.id, pack.manifest.version, pack.manifest.title)
        << Qt::endl;
    if (!pack.manifest.legalStatusAsOf.isEmpty())
        out << Tr::tr("Rechtsstand: %1").arg(pack.manifest.legalStatusAsOf) << Qt::endl;
}

void writePolicyText(QTextStream& out, const PolicyPack& pack)
{
    out << pack.manifest.title << QStringLiteral(" (") << pack.manifest.id << u' ' << pack.manifest.version << u')'
        << Qt::endl;
    out << Tr::tr("Herausgeber: %1").arg(pack.manifest.issuer) << Qt::endl;
    out << Tr::tr("Gültig ab: %1").arg(pack.manifest.validFrom) << Qt::endl;
    if (!pack.manifest.legalStatusAsOf.isEmpty())
        out << Tr::tr("Rechtsstand: %1").arg(pack.manifest.legalStatusAsOf) << Qt::endl;
    out << Tr::tr("Herkunft: %1 (%2)").arg(packOriginName(pack.origin), pack.directory) << Qt::endl;
    out << Tr::tr("SHA-256: %1").arg(QString::fromLatin1(pack.sha256)) << Qt::endl << Qt::endl;
    out << Tr::tr("Fragen:") << Qt::endl;
    for (const Question& q : pack.questions)
        out << QStringLiteral("  ") << q.id << QStringLiteral(" – ") << q.title << Qt::endl;
    out << Qt::endl << Tr::tr("Anwendungsfälle:") << Qt::endl;
    for (const UseCase& u : pack.useCases)
        out << QStringLiteral("  ") << u.id << QStringLiteral(" – ") << u.title << Qt::endl;
    out << Qt::endl << Tr::tr("Regeln:") << Qt::endl;
    for (const ClassificationRule& r : pack.rules)
        out << QStringLiteral("  ") << r.id << QStringLiteral(" – ") << pack.citation(r.source) << Qt::endl;
}

void writeRulesText(QTextStream& out, const PolicyPack& pack, const QList<const GuidanceRule*>& rules)
{
    if (rules.isEmpty())
        out << Tr::tr("Keine passenden Regeln.") << Qt::endl;
    for (const GuidanceRule* r : rules)
        out << QStringLiteral("[%1] ").arg(r->priority) << r->doText << QStringLiteral("  (") << r->id << u')'
            << Qt::endl;
    out << Qt::endl
        << Tr::tr("Anzahl Regeln: %1; [1] = besonders wichtig. Regelwerk: %2 %3")
               .arg(rules.size())
               .arg(pack.manifest.id, pack.manifest.version)
        << Qt::endl;
}

void writeRuleDetailText(QTextStream& out, const PolicyPack& pack, const GuidanceRule& r)
{
    const GuidanceArea* area = pack.guidanceArea(r.area);
    out << r.title << Qt::endl;
    out << Tr::tr("Bereich: %1").arg(area ? area->title : r.area) << Qt::endl;
    out << Tr::tr("Was tun: %1").arg(r.doText) << Qt::endl << Qt::endl;
    out << r.explanation << Qt::endl << Qt::endl;
    out << Tr::tr("Für: %1 · Priorität: %2").arg(r.audience.join(QStringLiteral(", "))).arg(r.priority) << Qt::endl;
    out << Tr::tr("Quelle: %1").arg(pack.citation(r.source)) << Qt::endl;
    out << Tr::tr("Aus dem Regelwerk: %1").arg(r.packId) << Qt::endl;
}

void writeTemplatesText(QTextStream& out, const PolicyPack& pack, const QList<const PromptTemplate*>& templates)
{
    if (templates.isEmpty())
        out << Tr::tr("Keine passenden Vorlagen.") << Qt::endl;
    for (const PromptTemplate* t : templates) {
        const UseCase* u = pack.useCase(t->useCase);
        out << t->id << QStringLiteral(" – ") << t->title << QStringLiteral(" (") << (u ? u->title : t->useCase)
            << u')';
        if (t->mayCarryPersonalData())
            out << QStringLiteral(" ") << Tr::tr("[kann personenbezogene Daten enthalten → Schutzstufe 2]");
        out << Qt::endl;
    }
}

void writeTemplateDetailText(QTextStream& out, const PolicyPack& pack, const PromptTemplate& t)
{
    out << t.title << QStringLiteral(" (") << t.id << u')' << Qt::endl << t.purpose << Qt::endl << Qt::endl;
    out << t.prompt << Qt::endl << Qt::endl << Tr::tr("Platzhalter:") << Qt::endl;
    for (const Placeholder& p : t.placeholders) {
        out << QStringLiteral("  ") << p.name << QStringLiteral(" (") << placeholderTypeName(p.type)
            << (p.required ? Tr::tr(", Pflicht") : QString())
            << (p.personalData ? Tr::tr(", kann personenbezogen sein") : QString()) << QStringLiteral("): ") << p.label
            << QStringLiteral(" – ") << p.help;
        if (!p.choices.isEmpty())
            out << QStringLiteral(" [") << p.choices.join(QStringLiteral(" | ")) << u']';
        out << Qt::endl;
    }
    out << Qt::endl << Tr::tr("Quelle: %1").arg(pack.citation(t.source)) << Qt::endl;
}

} // namespace kilotse::cli
