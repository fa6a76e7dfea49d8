// Workshop presentation, record export, record viewer and history in the GUI (issue 6).
#include "CheckWizard.h"
#include "DraftPage.h"
#include "MainWindow.h"
#include "PresentationWindow.h"
#include "RecordDialogs.h"
#include "TestSupport.h"
#include "WorkshopPage.h"
#include "report/CheckHistory.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRadioButton>
#include <QSpinBox>
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

TEST_CASE("presentation_everyShippedScenario_rendersAllStepsAtWorkshopSizes", "[gui][workshop]")
{
    const PolicyPack& pack = test::defaultPack();
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        PresentationWindow p(pack, pack.demos, nullptr);
        p.setAttribute(Qt::WA_DeleteOnClose, false);
        p.resize(size);
        p.show();
        REQUIRE(QTest::qWaitForWindowExposed(&p));
        int slides = 0;
        while (!p.isSummary()) {
            CHECK_FALSE(p.slideText().trimmed().isEmpty());
            // The text fits: the label's height for its width stays within the window.
            auto* body = p.findChild<QLabel*>(QStringLiteral("presentationBody"));
            REQUIRE(body);
            INFO("scenario " << p.scenarioIndex() << " step " << p.step() << " at " << size.width());
            CHECK(body->heightForWidth(body->width()) <= body->height() + 2);
            p.next();
            ++slides;
        }
        CHECK(slides == pack.demos.size() * PresentationWindow::StepCount);
        p.close();
    }
}

TEST_CASE("workshopPage_loadsATrainerFile_andRefusesABrokenOneWithItsLine", "[gui][workshop]")
{
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    WorkshopPage page(policy.pack, nullptr);
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
    REQUIRE(page.selectedScenarios().size() == 1);
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
