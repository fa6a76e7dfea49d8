// Workshop presentation, record export, record viewer and history in the GUI (issue 6).
#include "CheckWizard.h"
#include "DraftPage.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "PresentationWindow.h"
#include "RecordDialogs.h"
#include "TestSupport.h"
#include "WorkshopPage.h"
#include "registry/Registry.h"
#include "registry/Tools.h"
#include "report/CheckHistory.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

// A finished check (personal data: yes) on the main window's wizard, without the keyboard walk.
void finishCheck(MainWindow& window)
{
    CheckWizard* wizard = window.checkWizard();
    auto* list = window.findChild<QListWidget*>(QStringLiteral("useCaseListWidget"));
    REQUIRE(list);
    list->setCurrentRow(1);
    ScanSummary draft;
    draft.answers = {{QStringLiteral("personal_data"), QStringLiteral("yes")}};
    wizard->applyDetectedAnswers(draft, {QStringLiteral("Name")});
    wizard->goNext();
    // The other questions: "Nein" on every page that has no answer yet.
    while (!wizard->isShowingResult()) {
        const int before = wizard->currentStep();
        for (QRadioButton* radio : wizard->findChildren<QRadioButton*>())
            if (before != 1 && radio->isVisible() && radio->text().remove(u'&') == QStringLiteral("Nein"))
                radio->click(); // step 1 is the personal-data question answered "yes" above
        wizard->goNext();
        REQUIRE(wizard->currentStep() != before);
    }
}

QStringList ids(const QList<DemoScenario>& scenarios)
{
    QStringList result;
    for (const DemoScenario& s : scenarios)
        result << s.id;
    return result;
}

// What is cut off on the current slide: a label shorter than its text needs for its width, a
// widget (partly) outside the window, a vote box smaller than it asks for, anything that scrolls.
QStringList slideProblems(PresentationWindow& p, const QString& where)
{
    QStringList problems;
    for (QWidget* w : p.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const QString what =
            where + QStringLiteral(" %1 \"%2\": ").arg(QLatin1String(w->metaObject()->className()), w->objectName());
        if (qobject_cast<QAbstractScrollArea*>(w))
            problems << what + QStringLiteral("scrolls");
        const QRect r(w->mapTo(&p, QPoint(0, 0)), w->size());
        if (!p.rect().contains(r))
            problems << what + QStringLiteral("outside the window (%1,%2 %3×%4)")
                                   .arg(r.x())
                                   .arg(r.y())
                                   .arg(r.width())
                                   .arg(r.height());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            const int need = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (need > label->height() || (!label->wordWrap() && label->sizeHint().width() > label->width()))
                problems << what + QStringLiteral("clipped (needs %1 px, has %2)").arg(need).arg(label->height());
        }
        if (auto* box = qobject_cast<QSpinBox*>(w);
            box && (box->width() < box->sizeHint().width() || box->height() < box->sizeHint().height()))
            problems << what + QStringLiteral("smaller than its size hint");
    }
    return problems;
}

} // namespace

TEST_CASE("presentation_isDrivenByTheKeyboard_tallyTakesDigits_escLeaves", "[gui][workshop]")
{
    const PolicyPack& pack = test::defaultPack();
    const QList<DemoScenario> scenarios = pack.demos.mid(0, 2);
    QPointer<PresentationWindow> p = new PresentationWindow(pack, scenarios, nullptr);
    p->resize(1920, 1080);
    p->show();
    REQUIRE(QTest::qWaitForWindowExposed(p));
    p->activateWindow();
    CHECK(p->step() == PresentationWindow::Situation);
    CHECK(p->slideText().contains(scenarios[0].situation));

    QTest::keyClick(p, Qt::Key_Space);
    CHECK(p->step() == PresentationWindow::Question);
    // The first tally box has focus: digits count votes, Space still goes on.
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(qobject_cast<QSpinBox*>(focus) != nullptr);
    QTest::keyClicks(focus, QStringLiteral("12"));
    CHECK(p->tally(0, PresentationWindow::GuessLevel1) == 12);
    QTest::keyClick(focus, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    CHECK(p->tally(0, PresentationWindow::GuessLevel2) == 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(p->step() == PresentationWindow::Answer);
    CHECK(p->slideText().contains(scenarios[0].reveal));

    QTest::keyClick(p, Qt::Key_Left);
    CHECK(p->step() == PresentationWindow::Question);
    CHECK(p->tally(0, PresentationWindow::GuessLevel1) == 12); // kept when going back
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(p, Qt::Key_PageDown);
    CHECK(p->step() == PresentationWindow::Result);
    CHECK(p->slideText().contains(scenarios[0].teachingPoint));
    // The outcome shown is the classifier's, named in words (not colour alone).
    CHECK(p->slideText().contains(QStringLiteral("Schutzstufe 1")));

    for (int i = 0; i <= PresentationWindow::StepCount; ++i)
        QTest::keyClick(p, Qt::Key_Space);
    CHECK(p->isSummary());
    CHECK(p->slideText().contains(QStringLiteral("Zusammenfassung")));
    CHECK(p->slideText().contains(QStringLiteral("12 von 15 richtig")));
    // Nothing on the slides can be edited except the tally: no buttons, no text fields of its own.
    for (QWidget* w : p->findChildren<QWidget*>()) {
        INFO(w->metaObject()->className());
        CHECK_FALSE(w->inherits("QAbstractButton"));
        CHECK_FALSE(w->inherits("QTextEdit"));
        CHECK_FALSE(w->inherits("QPlainTextEdit"));
    }

    QTest::keyClick(p, Qt::Key_Escape);
    QTest::qWait(50);
    CHECK(p.isNull()); // closed and deleted
}

// 1280×720 and 1920×1080, each at 100 % and 150 %: at 150 % Qt lays the window out in logical
// pixels (QT_SCALE_FACTOR=1.5 on a 1280×720 screen gives an 853×480 window), and the slides size
// their type in logical pixels, so the window's logical size is what decides.
TEST_CASE("presentation_everySlideFits_at1280x720And1920x1080_at100And150Percent", "[gui][workshop]")
{
    const PolicyPack& pack = test::defaultPack();
    QTemporaryDir dir;
    RegistryError error;
    auto registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
    REQUIRE(registry);
    REQUIRE(registry->seedDemo(demoServices(), &error)); // the result slides list real tool names
    struct Screen
    {
        QSize pixels;
        double scale;
    };
    for (const Screen screen :
         {Screen{{1280, 720}, 1.0}, Screen{{1280, 720}, 1.5}, Screen{{1920, 1080}, 1.0}, Screen{{1920, 1080}, 1.5}}) {
        const QSize logical(static_cast<int>(screen.pixels.width() / screen.scale),
                            static_cast<int>(screen.pixels.height() / screen.scale));
        PresentationWindow p(pack, pack.demos, registry.get());
        p.setAttribute(Qt::WA_DeleteOnClose, false);
        p.resize(logical);
        p.show();
        REQUIRE(QTest::qWaitForWindowExposed(&p));
        QStringList problems;
        int slides = 0;
        while (p.isVisible() && slides < 1000) {
            if (p.step() == PresentationWindow::Question && !p.isSummary())
                for (int g = 0; g < PresentationWindow::GuessCount; ++g)
                    p.setTally(g, 999); // three digits in every box
            QApplication::processEvents();
            const QString where = QStringLiteral("%1×%2 at %3 %: scenario %4 step %5:")
                                      .arg(screen.pixels.width())
                                      .arg(screen.pixels.height())
                                      .arg(screen.scale * 100)
                                      .arg(p.scenarioIndex() + 1)
                                      .arg(p.step());
            CHECK_FALSE(p.slideText().trimmed().isEmpty());
            problems << slideProblems(p, where);
            if (p.size() != logical)
                problems << where + QStringLiteral(" the window grew");
            if (p.bodyPixelSize() < PresentationWindow::kMinimumBodyPixels)
                problems << where + QStringLiteral(" type below the minimum");
            p.next();
            ++slides;
        }
        for (const QString& problem : problems.mid(0, 20))
            UNSCOPED_INFO(problem.toStdString());
        CHECK(problems.isEmpty());
        CHECK(slides > pack.demos.size() * PresentationWindow::StepCount); // every step, then the summary
        p.close();
    }
}

// The vote boxes: square arrow buttons of a real size (not squashed), room for three digits,
// at the smallest (1280×720 at 150 %) and the largest size; ↑/↓ and digits change the count.
TEST_CASE("presentation_voteBoxes_haveSquareArrowsAndRoomForThreeDigits", "[gui][workshop]")
{
    const PolicyPack& pack = test::defaultPack();
    for (const QSize size : {QSize(853, 480), QSize(1920, 1080)}) {
        PresentationWindow p(pack, pack.demos.mid(0, 1), nullptr);
        p.setAttribute(Qt::WA_DeleteOnClose, false);
        p.resize(size);
        p.show();
        REQUIRE(QTest::qWaitForWindowExposed(&p));
        p.next();
        REQUIRE(p.step() == PresentationWindow::Question);
        QApplication::processEvents();
        for (int g = 0; g < PresentationWindow::GuessCount; ++g) {
            auto* box = p.findChild<QSpinBox*>(QStringLiteral("tally%1").arg(g));
            REQUIRE(box);
            INFO("box " << g << " at " << size.width() << "x" << size.height());
            CHECK(box->isVisible());
            CHECK(box->width() >= box->sizeHint().width());
            CHECK(box->height() >= box->sizeHint().height());
            QStyleOptionSpinBox option;
            option.initFrom(box);
            option.rect = box->rect();
            option.subControls = QStyle::SC_All;
            option.buttonSymbols = box->buttonSymbols();
            option.frame = true;
            option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
            for (const QStyle::SubControl control : {QStyle::SC_SpinBoxUp, QStyle::SC_SpinBoxDown}) {
                const QRect arrow = box->style()->subControlRect(QStyle::CC_SpinBox, &option, control, box);
                INFO("arrow button " << arrow.width() << "x" << arrow.height());
                CHECK(arrow.width() >= 10);
                CHECK(arrow.height() >= 10);
                CHECK(arrow.width() * 5 >= arrow.height() * 4); // square-ish: 0.8 to 1.25
                CHECK(arrow.height() * 5 >= arrow.width() * 4);
                CHECK(box->rect().contains(arrow));
            }
            const QRect field =
                box->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, box);
            CHECK(field.width() >= box->fontMetrics().horizontalAdvance(QStringLiteral("999")));
            CHECK(field.height() >= box->fontMetrics().height());
        }
        auto* first = p.findChild<QSpinBox*>(QStringLiteral("tally0"));
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Up);
        QTest::keyClick(first, Qt::Key_Up);
        CHECK(p.tally(0, PresentationWindow::GuessLevel1) == 2);
        QTest::keyClick(first, Qt::Key_Down);
        CHECK(p.tally(0, PresentationWindow::GuessLevel1) == 1);
        p.close();
    }
}

// A trainer picks two of the pack's scenarios: nothing is ticked at first, three keys tick two,
// the count follows, "Alle auswählen"/"Alle abwählen" act on what the filters show, and the
// choice is there again after a restart (per pack and version).
TEST_CASE("workshopPage_selection_allNoneFiltersCount_andRememberedPerPack", "[gui][workshop]")
{
    QFile::remove(WorkshopPage::selectionFile());
    const PolicyPack& pack = test::defaultPack();
    const int total = static_cast<int>(pack.demos.size());
    REQUIRE(total >= 3);
    QStringList expected;
    {
        WorkshopPage page(pack, nullptr);
        page.resize(1100, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto* list = page.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        auto* count = page.findChild<QLabel*>(QStringLiteral("scenarioCountLabel"));
        auto* start = page.findChild<QPushButton*>(QStringLiteral("startPresentationButton"));
        auto* all = page.findChild<QPushButton*>(QStringLiteral("selectAllScenariosButton"));
        auto* none = page.findChild<QPushButton*>(QStringLiteral("deselectAllScenariosButton"));
        auto* level = page.findChild<QComboBox*>(QStringLiteral("workshopLevelFilter"));
        auto* topic = page.findChild<QComboBox*>(QStringLiteral("workshopTopicFilter"));
        REQUIRE(list);
        REQUIRE(count);
        REQUIRE(start);
        REQUIRE(all);
        REQUIRE(none);
        REQUIRE(level);
        REQUIRE(topic);
        // A fresh pack: nothing ticked, nothing to start.
        CHECK(page.selectedScenarios().isEmpty());
        CHECK_FALSE(start->isEnabled());
        CHECK(count->text() == QStringLiteral("0 von %1 Szenarien ausgewählt").arg(total));
        CHECK_FALSE(count->text().contains(QStringLiteral("(s)")));
        // Both buttons reachable by keyboard, with an Alt letter.
        for (QPushButton* b : {all, none}) {
            CHECK(b->text().contains(u'&'));
            CHECK((b->focusPolicy() & Qt::TabFocus));
        }
        all->click();
        CHECK(page.selectedScenarios().size() == total);
        CHECK(count->text() == QStringLiteral("%1 von %1 Szenarien ausgewählt").arg(total));
        none->click();
        CHECK(page.selectedScenarios().isEmpty());

        // Two scenarios with three keys: Space, ↓, Space (the list has the focus).
        page.focusFirstInput();
        REQUIRE(list->hasFocus());
        REQUIRE(list->currentItem() == list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        expected = QStringList{pack.demos[0].id, pack.demos[2].id};
        CHECK(ids(page.selectedScenarios()) == expected);
        CHECK(count->text() == QStringLiteral("2 von %1 Szenarien ausgewählt").arg(total));
        CHECK(start->isEnabled());

        // Level filter: only scenarios that expect it are shown; "Alle auswählen" ticks those.
        const int blocked = level->findData(QStringLiteral("blocked"));
        REQUIRE(blocked > 0);
        level->setCurrentIndex(blocked);
        QStringList shown;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (!list->topLevelItem(i)->isHidden())
                shown << list->topLevelItem(i)->text(1);
        REQUIRE_FALSE(shown.isEmpty());
        CHECK(shown.size() < total);
        for (const QString& outcome : shown)
            CHECK(outcome.contains(QStringLiteral("nicht zulässig")));
        CHECK(count->text().contains(QStringLiteral("%1 angezeigt").arg(shown.size())));
        all->click();
        for (const DemoScenario& s : pack.demos)
            if (s.expectedBlocked && !expected.contains(s.id))
                expected << s.id;
        QStringList got = ids(page.selectedScenarios());
        got.sort();
        expected.sort();
        CHECK(got == expected); // the two picked by hand stay, though the filter hides them
        level->setCurrentIndex(0);

        // Topic filter: the scenarios of one use case.
        REQUIRE(topic->count() > 2);
        topic->setCurrentIndex(1);
        const QString useCase = topic->currentData().toString();
        int topicShown = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->isHidden())
                continue;
            ++topicShown;
            CHECK(pack.demos[i].useCase == useCase);
        }
        CHECK(topicShown > 0);
        CHECK(topicShown < total);
        topic->setCurrentIndex(0);
    }
    {
        WorkshopPage again(pack, nullptr); // a restart
        QStringList got = ids(again.selectedScenarios());
        got.sort();
        CHECK(got == expected);
    }
    PolicyPack newer = pack;
    newer.manifest.version += QStringLiteral("-neu");
    WorkshopPage other(newer, nullptr);
    CHECK(other.selectedScenarios().isEmpty()); // another version: its own choice
    CHECK(WorkshopPage::packSelectionKey(newer) != WorkshopPage::packSelectionKey(pack));
}

// On the Workshop tab Alt+S (the list's label "Szenarien") puts the focus in the list, as
// docs/workshop.md says; Space, ↓, Space then tick two scenarios.
TEST_CASE("workshopTab_altS_focusesTheList_andTwoKeysMoreTickTwo", "[gui][workshop]")
{
    QFile::remove(WorkshopPage::selectionFile());
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    MainWindow window(policy);
    window.resize(1100, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.showPage(window.workshopPage());
    MnemonicKeeper::resolve(&window);
    QApplication::processEvents();
    auto* list = window.workshopPage()->findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
    REQUIRE(list);
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    REQUIRE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(ids(window.workshopPage()->selectedScenarios()) ==
          QStringList{policy.pack.demos[0].id, policy.pack.demos[1].id});
}

TEST_CASE("workshopPage_loadsATrainerFile_andRefusesABrokenOneWithItsLine", "[gui][workshop]")
{
    QFile::remove(WorkshopPage::selectionFile());
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    WorkshopPage page(policy.pack, nullptr);
    page.selectAll();
    CHECK(page.selectedScenarios().size() == policy.pack.demos.size());

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("kaputt.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"scenarios\": [\n  {\"id\": 5}\n]}\n");
    file.close();
    CHECK_FALSE(page.loadScenarioFile(broken));
    CHECK(page.problemText().contains(QStringLiteral("kaputt.json:2:")));
    CHECK(page.selectedScenarios().size() == policy.pack.demos.size()); // the old set stays

    // A valid file whose expectation disagrees with the rules loads, with the mismatch named.
    const QString own = dir.filePath(QStringLiteral("eigene.json"));
    QFile ownFile(own);
    REQUIRE(ownFile.open(QIODevice::WriteOnly));
    ownFile.write(
        R"({"scenarios": [{"id": "test", "title": "Test", "situation": "Eine Situation.", "question": "Welche Stufe?",
      "use_case": "ideas", "answers": {"personal_data": "no", "special_categories": "no", "official_secrets": "no",
      "trade_secrets": "no", "public_output": "no", "decision_about_persons": "no", "citizen_interaction": "no",
      "prohibited_practice": "no", "special_secrecy": "no", "criminal_data": "no", "third_party_data": "no",
      "published": "no", "high_risk_area": "no"}, "expected": {"level": 2, "escalate": false, "blocked": false},
      "reveal": "Auflösung.", "teaching_point": "Merksatz.", "source": {"doc": "vitako-folien-2025", "section": "x"}}]})");
    ownFile.close();
    CHECK(page.loadScenarioFile(own));
    REQUIRE(page.selectedScenarios().size() == 1); // a trainer's own file starts all ticked
    CHECK(page.problemText().contains(QStringLiteral("erwartet: Schutzstufe 2; nach dem Regelwerk: Schutzstufe 1")));
    PresentationWindow* p = page.startPresentation(false);
    REQUIRE(p);
    p->close();
}

TEST_CASE("recordExport_savesPdfAndJson_withoutTheDraftText_andTheViewerReevaluates", "[gui][record]")
{
    test::isolateUserFolders();
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    MainWindow window(policy);
    window.show();
    DraftPage* draft = window.draftPage();
    draft->setDraftText(QStringLiteral("Sehr geehrte Frau Kanarienvogel, IBAN DE89 3704 0044 0532 0130 00."));
    draft->scanNow();
    finishCheck(window);
    REQUIRE(window.checkWizard()->isShowingResult());

    std::unique_ptr<ExportRecordDialog> dialog(window.createExportDialog());
    REQUIRE(dialog);
    dialog->setPurpose(QStringLiteral("Antwortschreiben <b>Entwurf</b>"));
    QTemporaryDir dir;
    for (const RecordFormat format : {RecordFormat::Pdf, RecordFormat::Html, RecordFormat::Json}) {
        dialog->setFormat(format);
        const QString path = dir.filePath(QStringLiteral("vermerk.") + recordFormatExtension(format));
        REQUIRE(dialog->saveTo(path));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK_FALSE(bytes.contains("Kanarienvogel"));
        CHECK_FALSE(bytes.contains("0532 0130"));
    }
    const CheckRecord record = dialog->record();
    CHECK(record.purpose == QStringLiteral("Antwortschreiben <b>Entwurf</b>"));
    REQUIRE(record.scanCounts);
    CHECK(record.scanCounts->value(QStringLiteral("IBAN")) == 1);
    // Saving to a folder that does not exist fails with a message, and nothing is written.
    CHECK_FALSE(dialog->saveTo(dir.filePath(QStringLiteral("fehlt/vermerk.pdf"))));

    CHECK(window.openRecordFile(dir.filePath(QStringLiteral("vermerk.json"))) == true);
    auto* opened = window.findChild<RecordViewerDialog*>(QStringLiteral("recordViewerDialog"));
    REQUIRE(opened);
    CHECK(opened->comparison().evaluated);
    CHECK_FALSE(opened->comparison().outcomeChanged());
    opened->close();
    RecordViewerDialog viewer(policy.pack, record);
    CHECK(viewer.bannerText().contains(QStringLiteral("dasselbe Ergebnis")));
    CheckRecord older = record;
    older.verdict = QStringLiteral("level_1");
    older.level = 1;
    older.outcomeTitle = QStringLiteral("Schutzstufe 1");
    RecordViewerDialog changed(policy.pack, older);
    CHECK(changed.bannerText().contains(QStringLiteral("anderes Ergebnis")));
}

TEST_CASE("historyDialog_listsDeletesAndDeletesAll_andIsOffByDefault", "[gui][record]")
{
    test::isolateUserFolders();
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    CHECK_FALSE(CheckHistory::isEnabled());
    QTemporaryDir dir;
    CheckHistory history(dir.filePath(QStringLiteral("h")));
    const AnswerSet answers = test::answers(QStringLiteral("drafting"));
    const Outcome outcome = Classifier(policy.pack).classify(answers);
    for (int i = 0; i < 3; ++i) {
        RecordContext context;
        context.purpose = QStringLiteral("Zweck %1").arg(i);
        context.created = QDateTime::currentDateTime().addSecs(i);
        REQUIRE(history.add(makeCheckRecord(policy.pack, answers, outcome, context)));
    }
    HistoryDialog dialog(policy.pack, history.directory());
    CHECK(dialog.entryCount() == 3);
    auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("historyEnabledCheckBox"));
    REQUIRE(enabled);
    enabled->setChecked(true);
    CHECK(CheckHistory::isEnabled());
    enabled->setChecked(false);
    CHECK_FALSE(CheckHistory::isEnabled());
    CHECK(dialog.deleteAll(false));
    CHECK(dialog.entryCount() == 0);
    CHECK(history.entries().isEmpty());
}
