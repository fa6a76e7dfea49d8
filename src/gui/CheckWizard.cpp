#include "CheckWizard.h"

#include "QuestionPage.h"
#include "ResultPage.h"
#include "UseCasePage.h"
#include "scan/ScanAnalysis.h"
#include "ui_checkwizard.h"

#include <QKeyEvent>
#include <QShortcut>

#include <spdlog/spdlog.h>

namespace kilotse::gui {

CheckWizard::CheckWizard(const PolicyPack& pack, const Registry* registry, const QString& registryProblem,
                         QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CheckWizard>()), m_pack(pack), m_registry(registry),
      m_registryProblem(registryProblem), m_check(pack)
{
    m_ui->setupUi(this);

    m_useCasePage = new UseCasePage(pack, m_ui->pageStack);
    m_ui->pageStack->addWidget(m_useCasePage);
    connect(m_useCasePage, &UseCasePage::selectionChanged, this, [this] {
        m_check.setUseCase(m_useCasePage->selectedUseCase());
        updateNavigation();
    });
    connect(m_useCasePage, &UseCasePage::draftCheckRequested, this, &CheckWizard::draftCheckRequested);
    m_questionPages.resize(pack.questions.size(), nullptr);

    connect(m_ui->backButton, &QPushButton::clicked, this, &CheckWizard::goBack);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &CheckWizard::goNext);
    connect(m_ui->restartButton, &QPushButton::clicked, this, &CheckWizard::restart);
    connect(m_ui->changeAnswersButton, &QPushButton::clicked, this, [this] { showStep(0); });
    // Shortcuts, so they win over arrow-key handling of radio buttons and lists.
    auto* backShortcut = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Left), this);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, &CheckWizard::goBack);
    auto* nextShortcut = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Right), this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, &CheckWizard::goNext);
    m_ui->progressBar->setRange(0, stepCount() - 1);
    showStep(0);
}

CheckWizard::~CheckWizard() = default;

QuestionPage* CheckWizard::questionPage(int index)
{
    if (!m_questionPages[index]) {
        // Letters the navigation buttons use, so option mnemonics do not collide with them.
        const QString reserved =
            QStringLiteral("zwa"); // Zurück, Weiter, Auswerten (the Mnemonics keeper settles the rest)
        const Question& question = m_pack.questions[index];
        auto* page = new QuestionPage(question, m_pack.citation(question.source), index + 1,
                                      static_cast<int>(m_pack.questions.size()), reserved, m_ui->pageStack);
        page->setAnswer(m_check.answers().answers.value(question.id));
        page->setDetectedHint(m_detectedHints.value(question.id));
        m_ui->pageStack->addWidget(page);
        connect(page, &QuestionPage::answerChanged, this, [this, page] {
            m_check.setAnswer(page->questionId(), page->answer());
            updateNavigation();
        });
        m_questionPages[index] = page;
    }
    return m_questionPages[index];
}

ResultPage* CheckWizard::resultPage()
{
    if (!m_resultPage) {
        m_resultPage = new ResultPage(m_pack, m_registry, m_registryProblem, m_ui->pageStack);
        m_ui->pageStack->addWidget(m_resultPage);
        connect(m_resultPage, &ResultPage::templateRequested, this, &CheckWizard::templateRequested);
        connect(m_resultPage, &ResultPage::labelRequested, this, &CheckWizard::labelRequested);
        connect(m_resultPage, &ResultPage::recordRequested, this, &CheckWizard::recordRequested);
    }
    return m_resultPage;
}

int CheckWizard::stepCount() const
{
    return static_cast<int>(m_pack.questions.size()) + 2;
}

int CheckWizard::currentStep() const
{
    return m_step;
}

bool CheckWizard::isShowingResult() const
{
    return m_step == stepCount() - 1;
}

const std::optional<Outcome>& CheckWizard::outcome() const
{
    static const std::optional<Outcome> none;
    return m_resultReached ? m_check.outcome() : none;
}

int CheckWizard::applyDetectedAnswers(const ScanSummary& summary, const QStringList& evidence)
{
    int applied = 0;
    for (const SuggestedAnswer& s : m_check.applyDraft(summary)) {
        const Question* q = m_pack.question(s.question);
        const AnswerOption* option = q ? q->option(s.option) : nullptr;
        const AnswerOption* previous = q ? q->option(s.previous) : nullptr;
        if (!option)
            continue;
        QString hint = tr("Aus dem Entwurf erkannt: „%1“ (%2). Bitte bestätigen oder korrigieren Sie die Antwort.")
                           .arg(option->label, evidence.join(QStringLiteral(", ")));
        if (previous)
            hint += u' ' + tr("Ihre vorherige Antwort war „%1“.").arg(previous->label);
        m_detectedHints.insert(s.question, hint);
        for (int i = 0; i < m_pack.questions.size(); ++i) {
            if (m_pack.questions[i].id == s.question && m_questionPages[i]) {
                m_questionPages[i]->setAnswer(s.option);
                m_questionPages[i]->setDetectedHint(hint);
            }
        }
        ++applied;
    }
    spdlog::info("check: answers from draft applied={}", applied);
    updateNavigation();
    if (isShowingResult()) // no stale result can stay on screen
        showResult();
    return applied;
}

void CheckWizard::setDraft(const std::optional<ScanSummary>& summary)
{
    const quint64 before = m_check.revision();
    m_check.setDraft(summary);
    if (m_resultPage && m_check.revision() != before && m_check.outcome())
        m_resultPage->setRecordBlocker(m_check.recordBlocker());
}

void CheckWizard::showResult()
{
    const std::optional<Outcome>& outcome = m_check.outcome();
    if (!outcome) { // an answer went missing (cannot happen through the pages): back to it
        showStep(0);
        return;
    }
    m_resultReached = true;
    // Privacy: outcome and counts only.
    spdlog::info("check: outcome={} level={} reasons={}", outcome->verdictId().toStdString(), outcome->level,
                 outcome->reasons.size());
    resultPage()->showOutcome(m_check);
    resultPage()->setRecordBlocker(m_check.recordBlocker());
    if (!isShowingResult())
        showStep(stepCount() - 1);
    Q_EMIT outcomeShown(*outcome);
}

void CheckWizard::restart()
{
    m_check.reset();
    m_resultReached = false;
    m_detectedHints.clear();
    m_useCasePage->setSelectedUseCase(QString());
    for (QuestionPage* page : std::as_const(m_questionPages))
        if (page) {
            page->setAnswer(QString());
            page->setDetectedHint(QString());
        }
    showStep(0);
}

void CheckWizard::goBack()
{
    if (m_step > 0)
        showStep(m_step - 1);
}

void CheckWizard::goNext()
{
    if (isShowingResult() || !currentStepComplete())
        return;
    if (m_step == stepCount() - 2) {
        showResult();
        return;
    }
    showStep(m_step + 1);
}

void CheckWizard::showStep(int step)
{
    m_step = step;
    const int questionCount = static_cast<int>(m_pack.questions.size());
    QWidget* page = nullptr;
    if (step == 0)
        page = m_useCasePage;
    else if (step <= questionCount)
        page = questionPage(step - 1);
    else
        page = resultPage();
    m_ui->pageStack->setCurrentWidget(page);
    m_ui->progressBar->setValue(step);
    if (step == stepCount() - 1)
        m_ui->stepLabel->setText(tr("Ergebnis"));
    else if (step == 0)
        m_ui->stepLabel->setText(tr("Schritt 1 von %1: Anwendungsfall").arg(stepCount() - 1));
    else
        m_ui->stepLabel->setText(
            tr("Schritt %1 von %2: Frage %3 von %4").arg(step + 1).arg(stepCount() - 1).arg(step).arg(questionCount));
    updateNavigation();
    focusCurrentStep();
}

void CheckWizard::focusCurrentStep()
{
    if (m_step == 0)
        m_useCasePage->focusFirstInput();
    else if (m_step <= m_pack.questions.size())
        questionPage(m_step - 1)->focusFirstInput();
    else
        resultPage()->focusFirstInput();
}

bool CheckWizard::currentStepComplete() const
{
    if (m_step == 0)
        return !m_check.answers().useCase.isEmpty();
    if (m_step <= m_pack.questions.size())
        return !m_check.answers().answers.value(m_pack.questions[m_step - 1].id).isEmpty();
    return true;
}

void CheckWizard::updateNavigation()
{
    const bool result = isShowingResult();
    m_ui->backButton->setEnabled(m_step > 0);
    m_ui->nextButton->setVisible(!result);
    m_ui->nextButton->setEnabled(currentStepComplete());
    m_ui->nextButton->setText(m_step == stepCount() - 2 ? tr("&Auswerten >") : tr("&Weiter >"));
    m_ui->restartButton->setVisible(result);
    m_ui->changeAnswersButton->setVisible(result);
}

void CheckWizard::keyPressEvent(QKeyEvent* event)
{
    // Reached only when the focused child did not use the key (radio buttons and lists pass
    // Enter on; focused push buttons handle it themselves).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !(event->modifiers() & Qt::AltModifier)) {
        goNext();
        event->accept();
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kilotse::gui
