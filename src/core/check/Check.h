#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "content/Label.h"
#include "policy/PolicyPack.h"
#include "registry/Tools.h"
#include "report/CheckRecord.h"
#include "scan/ScanAnalysis.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kilotse {

class Registry;

// The verdict a draft alone calls for: the classifier run on the answers its findings imply (every
// other question "no"). One owner of levels: there is no separate level table for the scanner.
Outcome draftOutcome(const PolicyPack& pack, const ScanSummary& summary, const QString& useCase = QString());
// The answers behind draftOutcome(): those the findings imply, every other question "no".
AnswerSet draftAnswers(const PolicyPack& pack, const ScanSummary& summary, const QString& useCase = QString());

// A text checked on its own, outside a check: the clipboard guard of the desktop app and the
// browser extension's native host. One owner, so the tray, the browser and `scan` agree.
struct TextCheck
{
    QList<ScanFinding> findings;
    ScanSummary summary;
    AnswerSet answers; // draftAnswers()
    Outcome outcome;   // draftOutcome()
    // What the text contains in words: each category's label once, in order of first appearance,
    // with its count when it occurs more than once ("IBAN, Personenname (2)"). Never the text itself.
    QString contains;
    int pseudonymisable = 0; // places pseudonymise() replaces (identifiers, overlaps counted once)
};
TextCheck checkText(const PolicyPack& pack, const Scanner& scanner, QStringView text);
// TextCheck::contains for any list of findings.
QString findingsInWords(const ScanRules& rules, const QList<ScanFinding>& findings, const ScanSummary& summary);

// The record's purpose line goes into the e-file: it must not identify anyone. The scan's
// identifying findings in it (names, addresses, numbers, mailboxes …), as category labels
// ("Personenname", "Anschrift"), each once, in order of appearance; empty when it is clean or the
// pack has no scan rules. The GUI warns under the field, `report --purpose` on stderr.
QStringList identifyingDetailsInPurpose(const PolicyPack& pack, const QString& purpose);
// The same with a scanner built once (the GUI checks on every keystroke).
QStringList identifyingDetailsInPurpose(const Scanner& scanner, const QString& purpose);

// Where an answer comes from: the clerk chose it, or it was suggested from the draft (the clerk
// sees it marked and confirms or corrects it in the questionnaire).
enum class AnswerSource
{
    Clerk,
    Draft
};

// One check, owned once: the use case, the answers with their provenance, what the last draft scan
// found, and everything derived from exactly this state — the outcome, the tools, rules, templates,
// the label request and the record. Every setter re-evaluates the outcome at once, so no view can
// show (or export) a result of answers that are no longer the check's. The GUI pages and the CLI
// verbs read from a Check; none of them assembles a result itself. The pack must outlive it.
class Check
{
public:
    explicit Check(const PolicyPack& pack);

    // ---- inputs -------------------------------------------------------------------------------
    void reset();
    void setUseCase(const QString& useCase);
    // An empty option removes the answer.
    void setAnswer(const QString& questionId, const QString& optionId, AnswerSource source = AnswerSource::Clerk);
    void setAnswers(const AnswerSet& answers, AnswerSource source = AnswerSource::Clerk);
    // Takes a draft's evidence into the answers: raises those the findings call for (never lowers,
    // never answers "no") and marks them as suggested. Returns what changed. The draft itself (its
    // counts for the record) is set only by setDraft().
    QList<SuggestedAnswer> applyDraft(const ScanSummary& summary);
    // The draft as it is now (after every scan), without changing any answer: its findings go into
    // the record and must agree with the answers (see recordBlocker()). nullopt: no draft.
    void setDraft(const std::optional<ScanSummary>& summary);

    // ---- state --------------------------------------------------------------------------------
    const AnswerSet& answers() const { return m_answers; }
    AnswerSource source(const QString& questionId) const;
    bool isComplete() const { return m_outcome.has_value(); }
    // The outcome of the current answers; empty while they are incomplete or invalid.
    const std::optional<Outcome>& outcome() const { return m_outcome; }
    // Increases with every change; views compare it to know they must re-render.
    quint64 revision() const { return m_revision; }
    // The finding counts of the last draft scan (category id → count), if a draft was checked.
    const std::optional<QMap<QString, int>>& draftCounts() const { return m_draftCounts; }

    // ---- derived (precondition for all of these: isComplete()) ----------------------------------
    ToolsForCheck tools(const Registry& registry, bool includeExcluded = true,
                        const QDate& today = QDate::currentDate()) const;
    QStringList toolNotices(const Registry& registry, const ToolsForCheck& tools,
                            const QDate& today = QDate::currentDate()) const;
    QList<const GuidanceRule*> rules(const QString& audience = QStringLiteral("clerk")) const;
    QList<const PromptTemplate*> templates() const;
    LabelRequest labelRequest() const;

    // Why no record can be made of the check as it is (empty: it can): the answers are incomplete,
    // or the draft's findings call for answers the check does not give (a draft with health data
    // while "Besonders geschützte Daten" says "Nein"). German source text through tr().
    QString recordBlocker() const;
    // The record of exactly this state. `registry` may be null (then `registryProblem` says why);
    // the draft counts go in when `withDraftCounts` and a draft was checked. Precondition:
    // recordBlocker() is empty.
    CheckRecord record(const Registry* registry, const QString& registryProblem, RecordContext context,
                       bool withDraftCounts = true) const;

private:
    void evaluate();

    const PolicyPack& m_pack;
    AnswerSet m_answers;
    QMap<QString, AnswerSource> m_sources;
    std::optional<Outcome> m_outcome;
    std::optional<QMap<QString, int>> m_draftCounts;
    QMap<QString, QString> m_draftAnswers; // question id → option the draft's findings call for
    quint64 m_revision = 0;
};

} // namespace kilotse
