#include "CheckWizard.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTest>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

ResolvedPolicy bundledPolicy()
{
    return resolvePolicyWithFallback(QString());
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

// Answers the current question by keyboard only: arrow keys to the option, Space to choose it,
// Enter to go on. `index` is the option's position (0 = Ja, 1 = Nein, 2 = Unsicher).
void answerByKeyboard(int index)
{
    for (int i = 0; i < index; ++i)
        QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Return);
}

QString resultTitle(const MainWindow& window)
{
    auto* label = window.findChild<QLabel*>(QStringLiteral("verdictTitleLabel"));
    REQUIRE(label);
    return label->text();
}

// Runs a whole check by keyboard. `useCaseRow` is the row in the use-case list; `answers` the
// option index per question.
void runCheck(MainWindow& window, int useCaseRow, const std::vector<int>& answers)
{
    auto* list = window.findChild<QListWidget*>(QStringLiteral("useCaseListWidget"));
    REQUIRE(list);
    REQUIRE(focused() == list);
    // Focus puts the cursor on the first row without choosing it; Down moves, Space chooses.
    for (int i = 0; i < useCaseRow; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(list->currentRow() == useCaseRow);
    REQUIRE(list->currentItem()->isSelected());
    QTest::keyClick(focused(), Qt::Key_Return);
    for (int index : answers) {
        REQUIRE(qobject_cast<QRadioButton*>(focused()));
        answerByKeyboard(index);
    }
}

} // namespace

TEST_CASE("wizard_keyboardOnly_personalDataUnsure_showsLevel2WithReason", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    CheckWizard* wizard = window.checkWizard();
    auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
    REQUIRE(next);

    // Nothing chosen yet: Enter does nothing, Weiter is disabled.
    CHECK_FALSE(next->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(wizard->currentStep() == 0);

    // Use case: row 1 = "drafting"; personal_data = Unsicher, all others Nein.
    runCheck(window, 1, {2, 1, 1, 1, 1, 1, 1, 1});
    REQUIRE(wizard->isShowingResult());
    CHECK(resultTitle(window) == QStringLiteral("Schutzstufe 2"));
    auto* reasons = window.findChild<QLabel*>(QStringLiteral("reasonsLabel"));
    REQUIRE(reasons);
    CHECK(reasons->text().contains(QStringLiteral("Unsicher (zählt als „Ja“)")));
    CHECK(reasons->text().contains(QStringLiteral("Quelle: VITAKO-Folien 2025")));
    REQUIRE(wizard->outcome());
    CHECK(wizard->outcome()->level == 2);
    CHECK(next->isHidden());
}

TEST_CASE("wizard_keyboard_backKeepsAnswers_andNewCheckClearsThem", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CheckWizard* wizard = window.checkWizard();
    runCheck(window, 0, {1, 1, 1, 1, 1, 1, 1, 1});
    REQUIRE(wizard->isShowingResult());
    CHECK(resultTitle(window) == QStringLiteral("Schutzstufe 1"));

    wizard->goBack();
    CHECK(wizard->currentStep() == wizard->stepCount() - 2);
    auto* no = window.findChild<QRadioButton*>(QStringLiteral("noRadioButton"), Qt::FindChildrenRecursively);
    REQUIRE(no);
    // The last question still has its answer: Enter goes straight to the result again.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(wizard->isShowingResult());

    wizard->restart();
    CHECK(wizard->currentStep() == 0);
    CHECK_FALSE(window.findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled());
}

TEST_CASE("wizard_blockedAndEscalate_areUnmistakable", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    {
        MainWindow window(policy);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        runCheck(window, 5, {1, 1, 1, 1, 1, 1, 1, 0}); // prohibited practice
        CHECK(resultTitle(window) == policy.pack.blocked.title);
        CHECK(window.checkWizard()->outcome()->blocked);
    }
    {
        MainWindow window(policy);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        runCheck(window, 1, {1, 1, 1, 1, 1, 0, 1, 1}); // decision about persons
        CHECK(resultTitle(window) == QStringLiteral("Schutzstufe 2"));
        auto* subtitle = window.findChild<QLabel*>(QStringLiteral("verdictSubtitleLabel"));
        CHECK(subtitle->text().contains(policy.pack.escalate.title));
    }
}

TEST_CASE("mainWindow_brokenPack_showsFallbackBanner", "[gui]")
{
    qputenv("KI_LOTSE_POLICY_DIR", kilotse::test::packWithOverlay(QStringLiteral("unknown-question")).toUtf8());
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    qunsetenv("KI_LOTSE_POLICY_DIR");
    REQUIRE(policy.fellBack());
    MainWindow window(policy);
    window.show();
    CHECK(window.isFallbackBannerShown());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("fallbackBannerLabel"));
    CHECK(banner->text().contains(QStringLiteral("mitgelieferte Standardregelwerk")));

    const ResolvedPolicy good = bundledPolicy();
    MainWindow normal(good);
    CHECK_FALSE(normal.isFallbackBannerShown());
}

TEST_CASE("wizard_questionPages_showHelpAndEveryOptionWithAnAccessibleName", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    runCheck(window, 0, {});
    for (const Question& q : policy.pack.questions) {
        INFO(q.id.toStdString());
        auto* page = window.findChild<QWidget*>(q.id + QStringLiteral("QuestionPage"));
        REQUIRE(page);
        CHECK(page->isVisible());
        auto* help = page->findChild<QLabel*>(QStringLiteral("helpLabel"));
        CHECK(help->text() == q.help);
        CHECK(help->isVisible());
        const auto buttons = page->findChildren<QRadioButton*>();
        REQUIRE(buttons.size() == q.options.size());
        for (QRadioButton* b : buttons) {
            CHECK(!b->accessibleName().isEmpty());
            CHECK(b->text().contains(u'&')); // has a mnemonic for Alt+letter
        }
        answerByKeyboard(1);
    }
    CHECK(window.checkWizard()->isShowingResult());
}
