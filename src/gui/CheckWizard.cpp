#include "CheckWizard.h"

#include "QuestionPage.h"
#include "ResultPage.h"
#include "UseCasePage.h"
#include "ui_checkwizard.h"

#include <QKeyEvent>
#include <QShortcut>

#include <spdlog/spdlog.h>

namespace kilotse::gui {

CheckWizard::CheckWizard(const PolicyPack& pack, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CheckWizard>()), m_pack(pack), m_classifier(pack)
{
    m_ui->setupUi(this);

    m_useCasePage = new UseCasePage(pack, m_ui->pageStack);
    m_ui->pageStack->addWidget(m_useCasePage);
    connect(m_useCasePage, &UseCasePage::selectionChanged, this, &CheckWizard::updateNavigation);

    // Letters the navigation buttons use, so option mnemonics do not collide with them.
    const QString reserved = QStringLiteral("zwa"); // Zurück, Weiter, Auswerten
    const int count = static_cast<int>(pack.questions.size());
    for (int i = 0; i < count; ++i) {
        const Question& question = pack.questions[i];
        auto* page = new QuestionPage(question, pack.citation(question.source), i + 1, count, reserved,
                                      m_ui->pageStack);
        m_ui->pageStack->addWidget(page);
        m_questionPages.append(page);
        connect(page, &QuestionPage::answerChanged, this, &CheckWizard::updateNavigation);
    }
    m_resultPage = new ResultPage(pack, m_ui->pageStack);
    m_ui->pageStack->addWidget(m_resultPage);

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

int CheckWizard::stepCount() const
{
    return static_cast<int>(m_questionPages.size()) + 2;
}

int CheckWizard::currentStep() const
{
    return m_ui->pageStack->currentIndex();
}

bool CheckWizard::isShowingResult() const
{
    return currentStep() == stepCount() - 1;
}

void CheckWizard::restart()
{
    m_useCasePage->setSelectedUseCase(QString());
    for (QuestionPage* page : m_questionPages)
        page->setAnswer(QString());
    m_outcome.reset();
    showStep(0);
}

void CheckWizard::goBack()
{
    if (currentStep() > 0)
        showStep(currentStep() - 1);
}

void CheckWizard::goNext()
{
    if (isShowingResult() || !currentStepComplete())
        return;
    if (currentStep() == stepCount() - 2) {
        const AnswerSet answers = collectAnswers();
        m_outcome = m_classifier.classify(answers);
        // Privacy: outcome and counts only.
        spdlog::info("check: outcome={} level={} reasons={}", m_outcome->verdictId().toStdString(), m_outcome->level,
                     m_outcome->reasons.size());
        m_resultPage->showOutcome(answers, *m_outcome);
        showStep(stepCount() - 1);
        Q_EMIT outcomeShown(*m_outcome);
        return;
    }
    showStep(currentStep() + 1);
}

void CheckWizard::showStep(int step)
{
    m_ui->pageStack->setCurrentIndex(step);
    m_ui->progressBar->setValue(step);
    if (step == stepCount() - 1)
        m_ui->stepLabel->setText(tr("Ergebnis"));
    else if (step == 0)
        m_ui->stepLabel->setText(tr("Schritt 1 von %1: Anwendungsfall").arg(stepCount() - 1));
    else
        m_ui->stepLabel->setText(tr("Schritt %1 von %2: Frage %3 von %4")
                                     .arg(step + 1)
                                     .arg(stepCount() - 1)
                                     .arg(step)
                                     .arg(m_questionPages.size()));
    updateNavigation();
    if (step == 0)
        m_useCasePage->focusFirstInput();
    else if (step <= m_questionPages.size())
        m_questionPages[step - 1]->focusFirstInput();
    else
        m_resultPage->focusFirstInput();
}

bool CheckWizard::currentStepComplete() const
{
    const int step = currentStep();
    if (step == 0)
        return !m_useCasePage->selectedUseCase().isEmpty();
    if (step <= m_questionPages.size())
        return !m_questionPages[step - 1]->answer().isEmpty();
    return true;
}

void CheckWizard::updateNavigation()
{
    const bool result = isShowingResult();
    m_ui->backButton->setEnabled(currentStep() > 0);
    m_ui->nextButton->setVisible(!result);
    m_ui->nextButton->setEnabled(currentStepComplete());
    m_ui->nextButton->setText(currentStep() == stepCount() - 2 ? tr("&Auswerten >") : tr("&Weiter >"));
    m_ui->restartButton->setVisible(result);
    m_ui->changeAnswersButton->setVisible(result);
}

AnswerSet CheckWizard::collectAnswers() const
{
    AnswerSet answers;
    answers.useCase = m_useCasePage->selectedUseCase();
    for (const QuestionPage* page : m_questionPages)
        answers.answers.insert(page->questionId(), page->answer());
    return answers;
}

void CheckWizard::keyPressEvent(QKeyEvent* event)
{
    // Reached only when the focused child did not use the key (radio buttons and lists pass
    // Enter on; focused push buttons handle it themselves).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::AltModifier)) {
        goNext();
        event->accept();
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kilotse::gui
