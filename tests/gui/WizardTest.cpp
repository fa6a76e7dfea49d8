#include "CheckWizard.h"
#include "DraftPage.h"
#include "LabelPage.h"
#include "MainWindow.h"
#include "QuestionPage.h"
#include "RecordDialogs.h"
#include "RegistryPage.h"
#include "RulesPage.h"
#include "ServiceDialog.h"
#include "TemplatesPage.h"
#include "TestSupport.h"
#include "check/Check.h"
#include "content/Guidance.h"
#include "registry/Tools.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

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

// The option row for every question of the bundled pack in questionnaire order: "Nein" (row 1)
// unless named (row 0 = "Ja", 2 = "Unsicher").
std::vector<int> allAnswers(std::initializer_list<std::pair<const char*, int>> rows = {})
{
    std::vector<int> result;
    for (const Question& q : bundledPolicy().pack.questions) {
        int row = 1;
        for (const auto& [id, r] : rows)
            if (q.id == QLatin1String(id))
                row = r;
        result.push_back(row);
    }
    return result;
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
    runCheck(window, 1, allAnswers({{"personal_data", 2}}));
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
    runCheck(window, 0, allAnswers());
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
        runCheck(window, 5, allAnswers({{"prohibited_practice", 0}})); // prohibited practice
        CHECK(resultTitle(window) == policy.pack.blocked.title);
        CHECK(window.checkWizard()->outcome()->blocked);
    }
    {
        MainWindow window(policy);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        runCheck(window, 1, allAnswers({{"decision_about_persons", 0}})); // decision about persons
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

TEST_CASE("resultPage_listsRulesToTick_templates_andOpensTheLabelPrefilled", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // translating, personal data yes, public output yes (a letter, not a publication)
    runCheck(window, 4, allAnswers({{"personal_data", 0}, {"public_output", 0}}));
    REQUIRE(window.checkWizard()->isShowingResult());
    const auto ticks = window.findChildren<QCheckBox*>(QStringLiteral("guidanceCheckBox"));
    const auto texts = window.findChildren<QLabel*>(QStringLiteral("guidanceLabel"));
    CHECK(ticks.size() >= 5);
    REQUIRE(texts.size() == ticks.size());
    CHECK(texts.first()->text().startsWith(QStringLiteral("Wichtig:")));
    CHECK(texts.first()->buddy() == ticks.first());
    const auto templates = window.findChildren<QPushButton*>(QStringLiteral("templateButton"));
    REQUIRE(!templates.isEmpty());
    templates.first()->click();
    CHECK(window.templatesPage()->isVisible());
    REQUIRE(window.templatesPage()->currentTemplate());
    CHECK(window.templatesPage()->currentTemplate()->useCase == QStringLiteral("translating"));

    window.showPage(window.checkWizard());
    window.findChild<QPushButton*>(QStringLiteral("labelButton"))->click();
    CHECK(window.labelPage()->isVisible());
    const LabelRequest r = window.labelPage()->request();
    CHECK(r.audience == LabelRequest::Audience::Individual);
    CHECK(r.involvement == QStringLiteral("translated"));
}

TEST_CASE("templatesPage_formFromPlaceholders_livePreviewAndLevel2Warning", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TemplatesPage* page = window.templatesPage();
    const PromptTemplate* withPersonalData = nullptr;
    for (const PromptTemplate& t : policy.pack.templates)
        if (t.mayCarryPersonalData()) {
            withPersonalData = &t;
            break;
        }
    REQUIRE(withPersonalData);
    page->selectTemplate(withPersonalData->id);
    window.showPage(page);
    auto* copy = page->findChild<QPushButton*>(QStringLiteral("copyButton"));
    auto* warning = page->findChild<QLabel*>(QStringLiteral("warningLabel"));
    REQUIRE(copy);
    REQUIRE(warning);
    for (const Placeholder& p : withPersonalData->placeholders)
        CHECK(page->findChild<QWidget*>(p.name + QStringLiteral("Field")));
    CHECK_FALSE(copy->isEnabled()); // required fields still empty
    page->findChild<QPushButton*>(QStringLiteral("fillExampleButton"))->click();
    CHECK(copy->isEnabled());
    CHECK_FALSE(page->previewText().contains(QStringLiteral("{{")));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Schutzstufe 2")));
    // Typing non-ASCII into a field (QTest::keyClicks aborts on it in Qt 6.4, so send key events).
    for (const Placeholder& p : withPersonalData->placeholders) {
        if (p.type != Placeholder::Type::Text && p.type != Placeholder::Type::Multiline)
            continue;
        QWidget* field = page->findChild<QWidget*>(p.name + QStringLiteral("Field"));
        page->setFieldValue(p.name, QString());
        field->setFocus();
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QStringLiteral("ß"), Qt::NoModifier);
        QTest::keyClicks(field, "trasse 5");
        CHECK(page->previewText().contains(QStringLiteral("ßtrasse 5")));
        break;
    }
}

TEST_CASE("templatesPage_openInTool_offersOnlyToolsPermittedForTheFilledContent", "[gui][registry]")
{
    QTemporaryDir dir;
    RegistryError error;
    auto registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
    REQUIRE(registry);
    REQUIRE(registry->seedDemo(demoServices(), &error));
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy, registry.get());
    TemplatesPage* page = window.templatesPage();
    const PromptTemplate* t = nullptr;
    for (const PromptTemplate& candidate : policy.pack.templates)
        if (candidate.useCase == QStringLiteral("drafting") && candidate.mayCarryPersonalData())
            t = &candidate;
    REQUIRE(t);
    page->selectTemplate(t->id);
    page->findChild<QPushButton*>(QStringLiteral("fillExampleButton"))->click();
    auto* tools = page->findChild<QComboBox*>(QStringLiteral("toolComboBox"));
    auto* open = page->findChild<QPushButton*>(QStringLiteral("openToolButton"));
    const ToolsForCheck expected = toolsForCheck(*registry, policy.pack, 2, QStringLiteral("drafting"), true);
    REQUIRE(!expected.offered.isEmpty());
    CHECK(tools->count() == expected.offered.size());
    for (int i = 0; i < tools->count(); ++i)
        CHECK(std::any_of(expected.offered.cbegin(), expected.offered.cend(),
                          [&](const ToolOffer& o) { return o.service.name == tools->itemText(i); }));
    CHECK(open->isEnabled());
}

TEST_CASE("labelPage_art50DutyAndEveryFormatPreviewed", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    LabelPage* page = window.labelPage();
    CHECK(page->preview(LabelFormat::Short).isEmpty()); // no tool yet
    page->findChild<QLineEdit*>(QStringLiteral("toolLineEdit"))->setText(QStringLiteral("Musterstadt-KI"));
    for (LabelFormat f :
         {LabelFormat::Short, LabelFormat::Long, LabelFormat::Html, LabelFormat::Email, LabelFormat::JsonLd})
        CHECK(page->preview(f).contains(QStringLiteral("Musterstadt-KI")));
    CHECK(page->preview(LabelFormat::Markdown).contains(QStringLiteral("Musterstadt\\-KI"))); // Markdown-escaped
    CHECK_FALSE(page->art50LegalDuty());
    auto* audience = page->findChild<QComboBox*>(QStringLiteral("audienceComboBox"));
    auto* interest = page->findChild<QCheckBox*>(QStringLiteral("publicInterestCheckBox"));
    auto* warning = page->findChild<QLabel*>(QStringLiteral("art50WarningLabel"));
    audience->setCurrentIndex(1); // individual recipients: no public interest, no duty, not "for publication"
    CHECK_FALSE(interest->isEnabled());
    CHECK_FALSE(page->art50LegalDuty());
    CHECK_FALSE(page->preview(LabelFormat::Long).contains(QStringLiteral("Zur Veröffentlichung")));
    CHECK(warning->isHidden());
    audience->setCurrentIndex(2); // publication
    interest->setChecked(true);
    CHECK(page->art50LegalDuty());
    CHECK(page->preview(LabelFormat::Long).contains(QStringLiteral("Zur Veröffentlichung bestimmt.")));
    CHECK_FALSE(warning->isHidden()); // public and nobody reviewed it
    page->findChild<QLineEdit*>(QStringLiteral("reviewerLineEdit"))->setText(QStringLiteral("Pressestelle"));
    CHECK_FALSE(page->art50LegalDuty());
    CHECK(warning->isHidden());
    // A deep-fake video: disclosed even after review.
    page->findChild<QComboBox*>(QStringLiteral("mediumComboBox"))->setCurrentIndex(3);
    CHECK_FALSE(interest->isEnabled());
    auto* deepFake = page->findChild<QCheckBox*>(QStringLiteral("deepFakeCheckBox"));
    REQUIRE(deepFake->isEnabled());
    deepFake->setChecked(true);
    CHECK(page->art50LegalDuty());
    CHECK(page->preview(LabelFormat::Short).contains(QStringLiteral("Dieses Video")));
    CHECK(page->preview(LabelFormat::JsonLd).contains(QStringLiteral("VideoObject")));
}

TEST_CASE("rulesPage_filtersWithTheCoreFilter", "[gui]")
{
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    RulesPage* page = window.rulesPage();
    CHECK(page->visibleRuleCount() == policy.pack.guidanceRules.size());
    page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("zzzz-nichts"));
    CHECK(page->visibleRuleCount() == 0);
    page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->clear();
    auto* audience = page->findChild<QComboBox*>(QStringLiteral("audienceComboBox"));
    audience->setCurrentIndex(audience->findData(QStringLiteral("admin")));
    CHECK(page->visibleRuleCount() == filterRules(policy.pack, RuleFilter{{}, {}, QStringLiteral("admin"), 0}).size());
}

namespace {
struct TempRegistry
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    TempRegistry()
    {
        RegistryError error;
        registry = Registry::open(dir.filePath(QStringLiteral("registry.sqlite")), &error);
        REQUIRE(registry);
        REQUIRE(registry->seedDemo(demoServices(), &error));
    }
};
} // namespace

TEST_CASE("registryPage_listsServices_searchStatusFilter_andOverdueFlag", "[gui][registry]")
{
    TempRegistry temp;
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy, temp.registry.get());
    RegistryPage* page = window.registryPage();
    CHECK(page->visibleServiceCount() == temp.registry->serviceCount());
    CHECK(page->overdueCount() >= 1);
    CHECK(page->editingAvailable());
    page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("chatbot"));
    page->applyFilter(); // what the debounce timer does after a pause in typing
    CHECK(page->visibleServiceCount() == 2);
    page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->clear();
    page->applyFilter();
    auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("suspended")));
    CHECK(page->visibleServiceCount() == 1);
    auto* notice = page->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    CHECK(notice->text().contains(QStringLiteral("Demo-Verzeichnis")));
    CHECK(notice->text().contains(QStringLiteral("überfällig")));
}

TEST_CASE("registryPage_saveConflict_isReported_andInputKept", "[gui][registry]")
{
    TempRegistry temp;
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy, temp.registry.get());
    RegistryPage* page = window.registryPage();
    Service mine = *temp.registry->serviceByName(QStringLiteral("Stadt-KI (Eigenbetrieb)"));
    Service theirs = mine;
    theirs.notes = QStringLiteral("von einer anderen Admin geändert");
    REQUIRE(!page->save(theirs));
    mine.notes = QStringLiteral("meine Änderung");
    const RegistryError conflict = page->save(mine);
    CHECK(conflict.kind == RegistryError::Kind::Conflict);
    CHECK(mine.notes == QStringLiteral("meine Änderung"));
    CHECK(temp.registry->serviceByName(mine.name)->notes == theirs.notes);
    mine.version = temp.registry->serviceByName(mine.name)->version;
    CHECK(!page->save(mine));
    CHECK(temp.registry->serviceByName(mine.name)->notes == QStringLiteral("meine Änderung"));
}

TEST_CASE("serviceDialog_refusesInvalidInput_withTheProblemNamed", "[gui][registry]")
{
    const ResolvedPolicy policy = bundledPolicy();
    Service s;
    s.name = QStringLiteral("Neu");
    ServiceDialog dialog(policy.pack, s);
    dialog.findChild<QLineEdit*>(QStringLiteral("vendorLineEdit"))->setText(QStringLiteral("Anbieter"));
    dialog.findChild<QLineEdit*>(QStringLiteral("productLineEdit"))->setText(QStringLiteral("Produkt"));
    dialog.findChild<QLineEdit*>(QStringLiteral("accessUrlLineEdit"))->setText(QStringLiteral("javascript:alert(1)"));
    dialog.findChild<QLineEdit*>(QStringLiteral("nextReviewLineEdit"))->setText(QStringLiteral("31.02.2027"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    const QString notice = dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"))->text();
    CHECK(notice.contains(QStringLiteral("Adresse")));
    CHECK(notice.contains(QStringLiteral("Nächste Prüfung")));
    dialog.findChild<QLineEdit*>(QStringLiteral("accessUrlLineEdit"))
        ->setText(QStringLiteral("https://ki.musterstadt.example"));
    dialog.findChild<QLineEdit*>(QStringLiteral("nextReviewLineEdit"))->setText(QStringLiteral("28.02.2027"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.service().nextReview == QDate(2027, 2, 28));
}

TEST_CASE("resultPage_showsPermittedToolsWithOpen_andWhyOthersAreExcluded", "[gui][registry]")
{
    TempRegistry temp;
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy, temp.registry.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    runCheck(window, 1, allAnswers({{"personal_data", 0}})); // drafting with personal data: level 2
    const auto open = window.findChildren<QPushButton*>(QStringLiteral("openToolButton"));
    const ToolsForCheck expected = toolsForCheck(*temp.registry, policy.pack, 2, QStringLiteral("drafting"), true);
    CHECK(open.size() == expected.offered.size());
    CHECK(!open.isEmpty());
    for (QPushButton* b : open)
        CHECK(b->accessibleName().endsWith(QStringLiteral("öffnen")));
    auto* excluded = window.findChild<QLabel*>(QStringLiteral("excludedLabel"));
    CHECK(excluded->text().contains(QStringLiteral("Freier Web-Chatbot")));
    CHECK(excluded->text().contains(QStringLiteral("nicht für diese Schutzstufe freigegeben")));
}

TEST_CASE("draftPage_highlightsAndListsFindings_ignoreLowersNothingButUpdatesTheSummary", "[gui][scan]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    DraftPage* page = window.draftPage();
    REQUIRE(page);
    page->setDraftText(
        QStringLiteral("Sehr geehrte Frau Öztürk,\nIBAN DE89 3704 0044 0532 0130 00, Tel. 0221 12345-67"));
    page->scanNow();
    REQUIRE(page->findings().size() == 3);
    CHECK(page->editor()->extraSelections().size() == 3);
    auto* list = page->findChild<QTreeWidget*>(QStringLiteral("findingsList"));
    REQUIRE(list);
    CHECK(list->topLevelItemCount() == 3);
    CHECK(draftOutcome(policy.pack, page->summary()).level == 2);
    auto* level = page->findChild<QLabel*>(QStringLiteral("draftLevelLabel"));
    CHECK(level->text().contains(QStringLiteral("Schutzstufe 2"))); // text, not only colour

    // Ignoring a finding removes its highlight and its weight, for this text only.
    for (int row = 0; row < 3; ++row)
        page->ignoreFinding(row, true);
    CHECK(page->editor()->extraSelections().isEmpty());
    CHECK(page->summary().total == 0);
    CHECK(list->topLevelItem(0)->text(0).contains(QStringLiteral("ignoriert")));
    page->setDraftText(QStringLiteral("Frau Öztürk"));
    page->scanNow();
    CHECK(page->summary().total == 1); // a new text starts without ignored findings
}

TEST_CASE("draftPage_typingSchedulesAScan_andLargeTextsScanOffTheUiThread", "[gui][scan]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    DraftPage* page = window.draftPage();
    page->editor()->setFocus();
    QTest::keyClicks(page->editor(), "Mail an m.krause@musterstadt.de");
    QTRY_COMPARE_WITH_TIMEOUT(page->findings().size(), 1, 3000);
    CHECK(page->lastScanThread() == QCoreApplication::instance()->thread()); // a short text: right away
    QString big;
    while (big.size() < 1000000)
        big += QStringLiteral(
            "Die Sitzung am 12.03.2024 beschließt den Haushalt 2025 für Produkt 1.11.01. Frau Öztürk fragt nach. ");
    page->setDraftText(big);
    page->scanNow();
    CHECK(page->findings().size() > 1000);
    // The megabyte was scanned by a pool thread, not by the thread that paints the window.
    REQUIRE(page->lastScanThread() != nullptr);
    CHECK(page->lastScanThread() != QCoreApplication::instance()->thread());
}

TEST_CASE("draftPage_pseudonymiseAndRestore_andAnswersGoToTheWizardMarked", "[gui][scan]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    DraftPage* page = window.draftPage();
    page->setDraftText(QStringLiteral("Frau Öztürk ist schwerbehindert; IBAN DE89 3704 0044 0532 0130 00."));
    page->scanNow();
    page->pseudonymiseDraft();
    CHECK(page->pseudonymisedText() == QStringLiteral("Frau [PERSON_1] ist schwerbehindert; IBAN [IBAN_1]."));
    CHECK(page->restore(QStringLiteral("Antwort an [PERSON_1].")) == QStringLiteral("Antwort an Öztürk."));

    // The clerk had said "no" to personal data: the draft raises it, marked, and the clerk can correct it.
    CheckWizard* wizard = window.checkWizard();
    auto* apply = page->findChild<QPushButton*>(QStringLiteral("applyAnswersButton"));
    REQUIRE(apply->isEnabled());
    apply->click();
    CHECK(wizard->answers().answers.value(QStringLiteral("personal_data")) == QStringLiteral("yes"));
    CHECK(wizard->answers().answers.value(QStringLiteral("special_categories")) == QStringLiteral("yes"));
    CHECK_FALSE(wizard->answers().answers.contains(QStringLiteral("official_secrets")));
    auto* list = window.findChild<QListWidget*>(QStringLiteral("useCaseListWidget"));
    list->setCurrentRow(0);
    wizard->goNext();
    auto* hint = window.findChild<QLabel*>(QStringLiteral("detectedHintLabel"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("Aus dem Entwurf erkannt")));
}

TEST_CASE("draftEditor_dropOfATextFile_insertsIt_binaryIsRefused", "[gui][scan]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    DraftPage* page = window.draftPage();
    QTemporaryDir dir;
    const QString textFile = dir.filePath(QStringLiteral("entwurf.txt"));
    {
        QFile f(textFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Stra\xC3\x9F"
                "e und m.krause@musterstadt.de");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(textFile)});
    QString rejected;
    QObject::connect(page->editor(), &DraftEditor::dropRejected, page->editor(),
                     [&](const QString&, const QString& problem) { rejected = problem; });
    // QTest cannot drag; the editor's drop handler is what a drop calls.
    CHECK(page->editor()->acceptDrops());
    page->editor()->insertMimeData(&mime);
    CHECK(page->editor()->toPlainText().contains(QStringLiteral("Straße und m.krause@musterstadt.de")));
    CHECK(rejected.isEmpty());

    const QString binary = dir.filePath(QStringLiteral("bild.png"));
    {
        QFile f(binary);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    }
    QMimeData mime2;
    mime2.setUrls({QUrl::fromLocalFile(binary)});
    // The refusal is a message box: close it as soon as it appears.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(50);
    page->editor()->insertMimeData(&mime2);
    CHECK(rejected.contains(QStringLiteral("keine Textdatei")));
}

TEST_CASE("check_draftAnswersOnTheResultPage_reRenderAtOnce_andAContradictoryRecordIsImpossible", "[gui][record]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    MainWindow window(policy);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The clerk answers "no" everywhere: level 1.
    runCheck(window, 1, allAnswers());
    CheckWizard* wizard = window.checkWizard();
    REQUIRE(wizard->isShowingResult());
    REQUIRE(wizard->outcome());
    CHECK(wizard->outcome()->level == 1);
    auto* record = window.findChild<QPushButton*>(QStringLiteral("recordButton"));
    auto* blocker = window.findChild<QLabel*>(QStringLiteral("recordBlockerLabel"));
    REQUIRE(record);
    REQUIRE(blocker);
    CHECK(record->isEnabled());

    // A draft with a name and health data: the answers now contradict it, so no record can be made.
    DraftPage* draft = window.draftPage();
    draft->setDraftText(QStringLiteral("Frau Öztürk ist schwerbehindert; IBAN DE89 3704 0044 0532 0130 00."));
    draft->scanNow();
    auto* verdict = draft->findChild<QLabel*>(QStringLiteral("draftLevelLabel"));
    REQUIRE(verdict); // the draft's suggestion is the classifier's verdict, with Rücksprache for health data
    CHECK(verdict->text().contains(QStringLiteral("Rücksprache")));
    CHECK_FALSE(record->isEnabled());
    CHECK_FALSE(blocker->isHidden());
    CHECK(blocker->text().contains(QStringLiteral("Besonders geschützte Daten")));
    CHECK(window.createExportDialog() == nullptr);

    // Taking the draft's answers over re-renders the result at once: no stale page survives.
    window.showPage(draft);
    auto* apply = draft->findChild<QPushButton*>(QStringLiteral("applyAnswersButton"));
    REQUIRE(apply->isEnabled());
    apply->click();
    REQUIRE(wizard->isShowingResult());
    REQUIRE(wizard->outcome());
    CHECK(wizard->outcome()->level == 2);
    CHECK(wizard->outcome()->escalate);
    auto* subtitle = window.findChild<QLabel*>(QStringLiteral("verdictSubtitleLabel"));
    CHECK(subtitle->text().contains(QStringLiteral("Rücksprache")));
    CHECK(record->isEnabled());
    CHECK(blocker->isHidden());
    std::unique_ptr<ExportRecordDialog> dialog(window.createExportDialog());
    REQUIRE(dialog);
    const CheckRecord r = dialog->record();
    CHECK(r.escalate);
    const auto special = std::find_if(r.answers.cbegin(), r.answers.cend(), [](const RecordAnswer& a) {
        return a.questionId == QLatin1String("special_categories");
    });
    REQUIRE(special != r.answers.cend());
    CHECK(special->answerId == QStringLiteral("yes"));
    REQUIRE(r.scanCounts);
    CHECK(r.scanCounts->value(QStringLiteral("IBAN")) == 1);
}

// ---- every model under Qt's model tester --------------------------------------------------------

#include "ContentModels.h"
#include "RegistryModels.h"
#include "registry/Registry.h"

#include <QAbstractItemModelTester>

TEST_CASE("models_passQtsModelTester_throughFilteringSortingAndReloading", "[gui][models]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = bundledPolicy();
    const auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

    GuidanceRuleModel rules(policy.pack);
    QAbstractItemModelTester rulesTester(&rules, fatal);
    GuidanceRuleFilter ruleFilter(policy.pack);
    ruleFilter.setSourceModel(&rules);
    QAbstractItemModelTester ruleFilterTester(&ruleFilter, fatal);
    RuleFilter rf;
    rf.level = 2;
    ruleFilter.setFilter(rf);
    rf.search = QStringLiteral("Sozialgeheimnis");
    ruleFilter.setFilter(rf);
    CHECK(ruleFilter.rowCount() >= 1);
    ruleFilter.setFilter(RuleFilter());
    CHECK(ruleFilter.rowCount() == rules.rowCount());
    ruleFilter.sort(2, Qt::DescendingOrder);

    TemplateListModel templates(policy.pack);
    QAbstractItemModelTester templatesTester(&templates, fatal);
    TemplateFilterModel templateFilter(policy.pack);
    templateFilter.setSourceModel(&templates);
    QAbstractItemModelTester templateFilterTester(&templateFilter, fatal);
    TemplateFilter tf;
    tf.search = QStringLiteral("Bürger");
    templateFilter.setFilter(tf);
    templateFilter.setFilter(TemplateFilter());
    CHECK(templateFilter.rowCount() == templates.rowCount());

    QTemporaryDir dir;
    RegistryError error;
    auto registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
    REQUIRE(registry);
    REQUIRE(registry->seedDemo(demoServices(), &error));
    ServiceTableModel services(registry.get());
    QAbstractItemModelTester servicesTester(&services, fatal);
    services.reload();
    while (services.canFetchMore({}))
        services.fetchMore({});
    CHECK(services.rowCount() == services.totalCount());
    services.sort(0, Qt::DescendingOrder);
    services.setFilter(QStringLiteral("KI"), QString());
    services.setFilter(QString(), QStringLiteral("approved"));
    services.setFilter(QString(), QString());
    services.reload();
    CHECK(services.rowCount() > 0);
}
