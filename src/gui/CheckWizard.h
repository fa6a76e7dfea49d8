#pragma once

#include "check/Check.h"
#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CheckWizard;
}

namespace kilotse::gui {

class QuestionPage;
class ResultPage;
class UseCasePage;

// The check: use case → one page per question → result. Keyboard-only operable: arrow keys and
// Space choose, Enter goes on, Alt+Left/Alt+Right move back and forth. The pack must outlive it.
class CheckWizard : public QWidget
{
    Q_OBJECT
public:
    // `registry` may be null; `registryProblem` then says why (shown on the result page).
    CheckWizard(const PolicyPack& pack, const Registry* registry = nullptr, const QString& registryProblem = QString(),
                QWidget* parent = nullptr);
    ~CheckWizard() override;

    void restart();          // forget every answer, back to the first page
    void focusCurrentStep(); // keyboard focus to the current page's first input
    void goBack();
    void goNext();           // on the last question: classify and show the result
    int currentStep() const; // 0 = use case, 1..n = questions, n+1 = result
    int stepCount() const;
    bool isShowingResult() const;
    // The outcome once the result has been reached: always that of the current answers (the check
    // re-evaluates on every change), empty before the result page was first reached.
    const std::optional<Outcome>& outcome() const;

    const AnswerSet& answers() const { return m_check.answers(); }
    // The one owner of this check's state and everything derived from it.
    const Check& check() const { return m_check; }

    // Pre-fills the answers a draft scan found (marked "aus dem Entwurf erkannt" on their pages);
    // only ever raises an answer, never lowers one. `evidence`: labels of the categories found.
    // Returns the number of answers set. On the result page the result is shown anew at once.
    int applyDetectedAnswers(const ScanSummary& summary, const QStringList& evidence);
    // The draft as it is now (nullopt: none): its findings must agree with the answers before a
    // record can be exported; the result page says so.
    void setDraft(const std::optional<ScanSummary>& summary);

Q_SIGNALS:
    void draftCheckRequested();
    void outcomeShown(const kilotse::Outcome& outcome);
    void templateRequested(const QString& templateId);
    void labelRequested();
    void recordRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showStep(int step);
    bool currentStepComplete() const;
    void updateNavigation();
    // Pages are built when first shown: laying out the text of every page up front would
    // triple the start-up time.
    QuestionPage* questionPage(int index);
    ResultPage* resultPage();

    std::unique_ptr<Ui::CheckWizard> m_ui;
    const PolicyPack& m_pack;
    const Registry* m_registry;
    QString m_registryProblem;
    UseCasePage* m_useCasePage = nullptr;
    QList<QuestionPage*> m_questionPages;   // nullptr until first shown
    ResultPage* m_resultPage = nullptr;     // nullptr until first shown
    Check m_check;                          // the source of truth; pages only display it
    QMap<QString, QString> m_detectedHints; // question id → "aus dem Entwurf erkannt" text
    int m_step = 0;
    bool m_resultReached = false;
    void showResult();
};

} // namespace kilotse::gui
