#include "check/Check.h"

#include "content/Guidance.h"
#include "registry/Registry.h"

#include <QCoreApplication>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Check)
};
} // namespace

AnswerSet draftAnswers(const PolicyPack& pack, const ScanSummary& summary, const QString& useCase)
{
    AnswerSet answers;
    answers.useCase = useCase;
    for (const Question& q : pack.questions)
        answers.answers.insert(q.id, summary.answers.value(q.id, QStringLiteral("no")));
    return answers;
}

Outcome draftOutcome(const PolicyPack& pack, const ScanSummary& summary, const QString& useCase)
{
    return Classifier(pack).classify(draftAnswers(pack, summary, useCase));
}

QString findingsInWords(const ScanRules& rules, const QList<ScanFinding>& findings, const ScanSummary& summary)
{
    QStringList found;
    QList<ScanCategory> seen;
    for (const ScanFinding& f : findings) {
        if (seen.contains(f.category))
            continue;
        seen << f.category;
        const int count = summary.counts[size_t(f.category)];
        const QString& label = rules.info(f.category).label;
        found << (count > 1 ? QStringLiteral("%1 (%2)").arg(label).arg(count) : label);
    }
    return found.join(QStringLiteral(", "));
}

TextCheck checkText(const PolicyPack& pack, const Scanner& scanner, QStringView text)
{
    TextCheck check;
    check.findings = scanner.scan(text);
    check.summary = summariseScan(scanner.rules(), check.findings);
    check.answers = draftAnswers(pack, check.summary);
    check.outcome = Classifier(pack).classify(check.answers);
    check.contains = findingsInWords(scanner.rules(), check.findings, check.summary);
    // Counted as pseudonymise() replaces: in order, a finding inside the one before is skipped.
    qsizetype covered = 0;
    for (const ScanFinding& f : check.findings) {
        if (!isPseudonymisable(f.category) || f.start < covered)
            continue;
        ++check.pseudonymisable;
        covered = f.end();
    }
    return check;
}

QStringList identifyingDetailsInPurpose(const PolicyPack& pack, const QString& purpose)
{
    if (!pack.scan || purpose.trimmed().isEmpty())
        return {};
    return identifyingDetailsInPurpose(Scanner(*pack.scan), purpose);
}

QStringList identifyingDetailsInPurpose(const Scanner& scanner, const QString& purpose)
{
    QStringList labels;
    for (const ScanFinding& f : scanner.scan(purpose)) {
        if (!isPseudonymisable(f.category))
            continue;
        const QString label = scanner.rules().info(f.category).label;
        if (!labels.contains(label))
            labels << label;
    }
    return labels;
}

Check::Check(const PolicyPack& pack) : m_pack(pack) {}

void Check::reset()
{
    m_answers = AnswerSet();
    m_sources.clear();
    m_draftCounts.reset();
    m_draftAnswers.clear();
    evaluate();
}

void Check::setUseCase(const QString& useCase)
{
    if (m_answers.useCase == useCase)
        return;
    m_answers.useCase = useCase;
    evaluate();
}

void Check::setAnswer(const QString& questionId, const QString& optionId, AnswerSource source)
{
    if (optionId.isEmpty()) {
        m_answers.answers.remove(questionId);
        m_sources.remove(questionId);
    } else {
        if (m_answers.answers.value(questionId) == optionId && m_sources.value(questionId) == source)
            return;
        m_answers.answers.insert(questionId, optionId);
        m_sources.insert(questionId, source);
    }
    evaluate();
}

void Check::setAnswers(const AnswerSet& answers, AnswerSource source)
{
    m_answers = answers;
    m_sources.clear();
    for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it)
        m_sources.insert(it.key(), source);
    evaluate();
}

QList<SuggestedAnswer> Check::applyDraft(const ScanSummary& summary)
{
    const QList<SuggestedAnswer> suggestions = suggestedAnswers(m_pack, m_answers, summary);
    for (const SuggestedAnswer& s : suggestions) {
        m_answers.answers.insert(s.question, s.option);
        m_sources.insert(s.question, AnswerSource::Draft);
    }
    evaluate();
    return suggestions;
}

void Check::setDraft(const std::optional<ScanSummary>& summary)
{
    const QMap<QString, QString> answers = summary ? summary->answers : QMap<QString, QString>();
    const std::optional<QMap<QString, int>> counts =
        summary ? std::optional<QMap<QString, int>>(findingCountsById(*summary)) : std::nullopt;
    if (answers == m_draftAnswers && counts == m_draftCounts)
        return;
    m_draftAnswers = answers;
    m_draftCounts = counts;
    ++m_revision; // the outcome does not change, the record does
}

AnswerSource Check::source(const QString& questionId) const
{
    return m_sources.value(questionId, AnswerSource::Clerk);
}

void Check::evaluate()
{
    ++m_revision;
    const Classifier classifier(m_pack);
    if (classifier.check(m_answers).isEmpty())
        m_outcome = classifier.classify(m_answers);
    else
        m_outcome.reset();
}

ToolsForCheck Check::tools(const Registry& registry, bool includeExcluded, const QDate& today) const
{
    return toolsForOutcome(registry, m_pack, m_answers, m_outcome.value(), today, includeExcluded);
}

QStringList Check::toolNotices(const Registry& registry, const ToolsForCheck& tools, const QDate& today) const
{
    return kilotse::toolNotices(registry, m_pack, m_answers, m_outcome.value(), tools, today);
}

QList<const GuidanceRule*> Check::rules(const QString& audience) const
{
    return rulesForCheck(m_pack, m_answers, m_outcome.value(), audience);
}

QList<const PromptTemplate*> Check::templates() const
{
    return templatesForCheck(m_pack, m_answers, m_outcome.value());
}

LabelRequest Check::labelRequest() const
{
    return labelRequestForCheck(m_pack, m_answers);
}

QString Check::recordBlocker() const
{
    if (!m_outcome)
        return Tr::tr("Die Prüfung ist noch nicht vollständig beantwortet.");
    // What applying the draft would still change is exactly what the answers contradict.
    ScanSummary draft;
    draft.answers = m_draftAnswers;
    QStringList contradicted;
    for (const SuggestedAnswer& s : suggestedAnswers(m_pack, m_answers, draft))
        contradicted << m_pack.question(s.question)->title;
    if (contradicted.isEmpty())
        return {};
    return Tr::tr(
               "Der geprüfte Entwurf enthält Hinweise, denen Ihre Antworten widersprechen (%1). Übernehmen Sie die "
               "Antworten aus dem Entwurf oder prüfen Sie den Entwurf erneut, bevor Sie einen Prüfvermerk erstellen.")
        .arg(contradicted.join(QStringLiteral(", ")));
}

CheckRecord Check::record(const Registry* registry, const QString& registryProblem, RecordContext context,
                          bool withDraftCounts) const
{
    std::optional<ToolsForCheck> tools;
    if (registry)
        tools = this->tools(*registry, false);
    context.tools = tools ? &*tools : nullptr;
    context.registryDemo = registry && registry->isDemo();
    context.registryProblem = registry ? QString() : registryProblem;
    context.scanCounts = withDraftCounts ? m_draftCounts : std::nullopt;
    return makeCheckRecord(m_pack, m_answers, m_outcome.value(), context);
}

} // namespace kilotse
