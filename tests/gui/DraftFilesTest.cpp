// The files of "Entwurf prüfen": documents dropped or opened are read and scanned off the UI
// thread, each finding keeps its place, a file that could not be checked is never shown as clean,
// and the files' findings reach the check like typed text.

#include "DocumentFixtures.h"
#include "DraftFilesPanel.h"
#include "DraftPage.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "check/Check.h"
#include "documents/Document.h"
#include "policy/PolicyLocator.h"

#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace kilotse;
using namespace kilotse::gui;
using kilotse::documents::Place;

namespace {

const QString kIban = QStringLiteral("DE89 3704 0044 0532 0130 00");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// A page of its own (no main window): the files tab, the level label and the summary.
struct Fixture
{
    QTemporaryDir dir;
    ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    std::unique_ptr<DraftPage> page;
    DraftFilesPanel* files = nullptr;
    QLabel* level = nullptr;
    QPushButton* apply = nullptr;
    QTabWidget* tabs = nullptr;

    Fixture()
    {
        kilotse::test::isolateUserFolders();
        MessageBox::resetSeam();
        page = std::make_unique<DraftPage>(policy.pack);
        page->resize(1000, 700);
        page->show();
        files = page->filesPanel();
        REQUIRE(files);
        level = page->findChild<QLabel*>(QStringLiteral("draftLevelLabel"));
        apply = page->findChild<QPushButton*>(QStringLiteral("applyAnswersButton"));
        tabs = page->findChild<QTabWidget*>(QStringLiteral("draftTabs"));
        REQUIRE(level);
        REQUIRE(apply);
        REQUIRE(tabs);
    }

    void addAndWait(const QStringList& paths)
    {
        page->addFiles(paths);
        REQUIRE(files->waitForIdle(60000));
    }

    QString tabText() const { return tabs->tabText(tabs->indexOf(files)); }
};

QTreeWidgetItem* fileRow(DraftFilesPanel* files, int index)
{
    QTreeWidgetItem* item = files->tree()->topLevelItem(index);
    REQUIRE(item);
    return item;
}

bool looksClean(const QLabel* level)
{
    return level->text().contains(QStringLiteral("✓")) || level->styleSheet().contains(QStringLiteral("#e3f4e6"));
}

} // namespace

TEST_CASE("draftFiles_textFile_findingsWithTheirLine_fileLevel_andInThePageSummary", "[draft-files]")
{
    Fixture f;
    const QString path = writeFile(
        f.dir, QStringLiteral("antrag.txt"),
        (QStringLiteral("Antrag auf Erstattung\nSehr geehrte Frau Öztürk,\nIBAN ") + kIban + QStringLiteral("\n"))
            .toUtf8());
    QSignalSpy summaries(f.page.get(), &DraftPage::summaryChanged);
    f.addAndWait({path});

    REQUIRE(f.files->fileCount() == 1);
    CHECK(f.files->state(0) == DraftFilesPanel::State::Checked);
    // "2 Funde – Schutzstufe 2" (the plural comes from the translation; the tests run without one)
    CHECK(f.files->statusText(0).startsWith(QStringLiteral("2 Fund")));
    CHECK(f.files->statusText(0).endsWith(QStringLiteral(" – Schutzstufe 2")));
    CHECK(f.tabText() == QStringLiteral("Dateien (1)"));
    CHECK(f.tabs->currentWidget() == f.files); // adding shows the list

    // One child row per finding, with its line, category and the text found.
    QTreeWidgetItem* row = fileRow(f.files, 0);
    REQUIRE(row->childCount() == 2);
    CHECK(row->child(0)->text(0) == QStringLiteral("Zeile 2"));
    CHECK(row->child(0)->text(1) == QStringLiteral("Personenname"));
    CHECK(row->child(1)->text(0) == QStringLiteral("Zeile 3"));
    CHECK(row->child(1)->text(1) == QStringLiteral("IBAN"));
    CHECK(row->child(1)->text(2) == kIban);
    CHECK(row->background(1).color() == QColor(0xff, 0xf1, 0xdb)); // the level-2 tone of the page

    // The page's summary has them, as if typed: level label, counts, answers for the check.
    CHECK(f.page->summary().total == 2);
    REQUIRE(f.page->findingCounts());
    CHECK(f.page->findingCounts()->value(QStringLiteral("IBAN")) == 1);
    CHECK(f.level->text().contains(QStringLiteral("Schutzstufe 2")));
    CHECK(f.level->text().contains(QStringLiteral("davon 2 in Dateien")));
    REQUIRE_FALSE(summaries.isEmpty());
    const auto last = summaries.last().at(0).value<std::optional<ScanSummary>>();
    REQUIRE(last);
    CHECK(last->total == 2);
    REQUIRE(f.apply->isEnabled());
    QSignalSpy suggested(f.page.get(), &DraftPage::answersSuggested);
    f.apply->click();
    REQUIRE(suggested.size() == 1);
    const auto answers = suggested.first().at(0).value<ScanSummary>().answers;
    CHECK(answers.value(QStringLiteral("personal_data")) == QStringLiteral("yes"));

    // Typed text and the file together.
    f.page->setDraftText(QStringLiteral("Mail an m.krause@musterstadt.de"));
    f.page->scanNow();
    CHECK(f.page->summary().total == 3);

    // Removing the file removes its findings.
    f.files->removeFile(0);
    CHECK(f.files->fileCount() == 0);
    CHECK(f.page->summary().total == 1);
    CHECK(f.tabText() == QStringLiteral("Dateien"));
    f.page->setDraftText(QString());
    f.page->scanNow();
    CHECK_FALSE(f.page->findingCounts());
    CHECK_FALSE(f.apply->isEnabled());
}

TEST_CASE("draftFiles_pdf_findingsOnPage2_withThePagePlace", "[draft-files]")
{
    Fixture f;
    const QString pdf =
        writeFile(f.dir, QStringLiteral("antrag.pdf"),
                  kilotse::test::makePdf({QStringLiteral("Antrag auf Förderung\nVerein für Heimatpflege"),
                                          QStringLiteral("Ansprechpartnerin: Frau Erika Mustermann\nIBAN ") + kIban}));
    f.addAndWait({pdf});
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::Checked);
    const QList<ScanFinding> findings = f.files->fileFindings(0);
    const QList<documents::FindingPlace> places = f.files->filePlaces(0);
    REQUIRE(findings.size() == places.size());
    const auto iban = std::find_if(findings.cbegin(), findings.cend(),
                                   [](const ScanFinding& x) { return x.category == ScanCategory::Iban; });
    REQUIRE(iban != findings.cend());
    const documents::FindingPlace& place = places[iban - findings.cbegin()];
    CHECK(place.place.kind == Place::Kind::Page);
    CHECK(place.place.page == 2);
    // The row says where: the place in words ("Seite 2" in German).
    QTreeWidgetItem* row = fileRow(f.files, 0);
    REQUIRE(row->childCount() >= 2);
    CHECK(row->child(static_cast<int>(iban - findings.cbegin()))->text(0) == documents::placeText(place.place));
    CHECK(f.files->statusText(0).endsWith(QStringLiteral("Schutzstufe 2")));
    CHECK(f.page->summary().counts[static_cast<std::size_t>(ScanCategory::Iban)] == 1);
}

TEST_CASE("draftFiles_xlsxAndMail_findingsWithSheetAndCell_andMailPart", "[draft-files]")
{
    Fixture f;
    kilotse::test::Sheet sheet;
    sheet.name = QStringLiteral("Spender");
    sheet.rows = {{QStringLiteral("Name"), QStringLiteral("IBAN"), QStringLiteral("Betrag")}};
    for (int r = 2; r <= 6; ++r)
        sheet.rows.append({QStringLiteral("Spende %1").arg(r), QString(), QStringLiteral("10")});
    sheet.rows.append({QStringLiteral("Frau Erika Mustermann"), kIban, QStringLiteral("50")}); // row 7
    kilotse::test::Workbook workbook;
    workbook.sheets = {sheet};
    const QString xlsx = writeFile(f.dir, QStringLiteral("spender.xlsx"), kilotse::test::makeXlsx(workbook));
    kilotse::test::Mail mail;
    mail.body = QStringLiteral("Bitte überweisen Sie auf ") + kIban + QStringLiteral(".");
    const QString eml = writeFile(f.dir, QStringLiteral("weitergeleitet.eml"), kilotse::test::makeMail(mail));
    f.addAndWait({xlsx, eml});
    REQUIRE(f.files->fileCount() == 2);

    auto ibanPlace = [&](int file) {
        const QList<ScanFinding> findings = f.files->fileFindings(file);
        const QList<documents::FindingPlace> places = f.files->filePlaces(file);
        REQUIRE(findings.size() == places.size());
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const ScanFinding& x) { return x.category == ScanCategory::Iban; });
        REQUIRE(it != findings.cend());
        const int row = static_cast<int>(it - findings.cbegin());
        // The row shows the place in words ("Tabelle „Spender“, Zelle B7" in German).
        CHECK(fileRow(f.files, file)->child(row)->text(0) == documents::placeText(places[row].place));
        return places[row].place;
    };
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::Checked);
    const Place cell = ibanPlace(0);
    CHECK(cell.kind == Place::Kind::Cell);
    CHECK(cell.sheet == QStringLiteral("Spender"));
    CHECK(cell.cell == QStringLiteral("B7"));
    REQUIRE(f.files->state(1) == DraftFilesPanel::State::Checked);
    CHECK(ibanPlace(1).kind == Place::Kind::MailBody);
    // Both files' IBANs (and the mail's sender address) count in the page's summary.
    CHECK(f.page->summary().counts[static_cast<std::size_t>(ScanCategory::Iban)] == 2);
    CHECK(f.page->summary().counts[static_cast<std::size_t>(ScanCategory::Email)] >= 1);
}

TEST_CASE("draftFiles_unsupportedAndEncryptedFiles_areNotChecked_andThePageSaysSo", "[draft-files]")
{
    Fixture f;
    const QString picture =
        writeFile(f.dir, QStringLiteral("scan.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString encrypted = writeFile(f.dir, QStringLiteral("geheim.pdf"),
                                        kilotse::test::makeEncryptedPdf({QStringLiteral("Frau Öztürk")}));
    const QString clean =
        writeFile(f.dir, QStringLiteral("hinweis.txt"), QByteArray("Die Sitzung beginnt um 10 Uhr.\n"));

    // A not-checked file alone: the page says so, nothing counts as checked.
    f.addAndWait({picture});
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::NotChecked);
    const QString reason = documents::extractFile(picture).message;
    REQUIRE_FALSE(reason.isEmpty());
    CHECK(f.files->statusText(0) == QStringLiteral("Nicht geprüft: Dateityp nicht lesbar"));
    QTreeWidgetItem* row = fileRow(f.files, 0);
    REQUIRE(row->childCount() == 1); // the reason in full, open at once
    CHECK(row->isExpanded());
    CHECK(row->child(0)->text(0) == reason);
    CHECK(f.level->text().contains(QStringLiteral("nicht oder nicht vollständig geprüft")));
    CHECK_FALSE(looksClean(f.level));
    CHECK_FALSE(f.page->findingCounts()); // nothing was checked

    // The encrypted PDF: refused with the reader's reason (password).
    f.addAndWait({encrypted});
    REQUIRE(f.files->state(1) == DraftFilesPanel::State::NotChecked);
    const documents::ExtractResult refused = documents::extractFile(encrypted);
    CHECK(refused.problem == documents::Problem::Encrypted);
    CHECK(f.files->statusText(1) == QStringLiteral("Nicht geprüft: passwortgeschützt"));
    CHECK(fileRow(f.files, 1)->child(0)->text(0) == refused.message);

    // A clean file next to them: "nothing found" in what could be read – never the clean tick.
    f.addAndWait({clean});
    REQUIRE(f.files->state(2) == DraftFilesPanel::State::Checked);
    CHECK(f.files->statusText(2) == QStringLiteral("Keine Funde – Schutzstufe 1"));
    CHECK(f.files->incompleteCount() == 2);
    CHECK(f.level->text().contains(QStringLiteral("Nichts erkannt im lesbaren Text")));
    CHECK(f.level->text().contains(QStringLiteral("2 Datei")));
    CHECK_FALSE(looksClean(f.level));

    // Once the unreadable files are gone, the clean verdict may show.
    f.files->removeFile(1);
    f.files->removeFile(0);
    CHECK(f.files->incompleteCount() == 0);
    CHECK(looksClean(f.level));
}

TEST_CASE("draftFiles_imageOnlyPdf_saysNoTextLayer_neverClean", "[draft-files]")
{
    Fixture f;
    kilotse::test::PdfOptions options;
    options.imageOnlyPages = 2;
    const QString scan = writeFile(f.dir, QStringLiteral("eingescannt.pdf"), kilotse::test::makePdf({}, options));
    f.addAndWait({scan});
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::NoText);
    CHECK(f.files->statusText(0) == QStringLiteral("Keine Textebene (Scan) – nicht geprüft"));
    CHECK(f.files->incompleteCount() == 1);
    CHECK(f.files->findings().isEmpty());
    CHECK(fileRow(f.files, 0)->isExpanded());
    CHECK(f.level->text().contains(QStringLiteral("nicht oder nicht vollständig geprüft")));
    CHECK_FALSE(looksClean(f.level));
    CHECK(f.tabs->tabIcon(f.tabs->indexOf(f.files)).isNull() == false); // the tab warns too
}

TEST_CASE("draftFiles_areReadOffTheUiThread", "[draft-files]")
{
    Fixture f;
    const QString path = writeFile(f.dir, QStringLiteral("brief.txt"), QByteArray("Sehr geehrter Herr Weiß,\n"));
    f.addAndWait({path});
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::Checked);
    REQUIRE(f.files->lastJobThread() != nullptr);
    CHECK(f.files->lastJobThread() != QCoreApplication::instance()->thread());
}

TEST_CASE("draftFiles_cancelALargeFile_leavesACancelledRow_andNoFindings", "[draft-files]")
{
    Fixture f;
    // 50 MB of text, full of findings.
    QByteArray line =
        (QStringLiteral("Frau Öztürk, IBAN ") + kIban + QStringLiteral(", Tel. 0221 12345-67\n")).toUtf8();
    QByteArray big;
    big.reserve(50 * 1024 * 1024 + line.size());
    while (big.size() < 50 * 1024 * 1024)
        big += line;
    const QString path = writeFile(f.dir, QStringLiteral("gross.txt"), big);
    big.clear();
    f.page->addFiles({path});
    CHECK(f.files->state(0) == DraftFilesPanel::State::Reading);
    CHECK(f.files->statusText(0).startsWith(QStringLiteral("Wird gelesen")));
    CHECK(f.level->text().contains(QStringLiteral("werden noch gelesen")));
    auto* cancel = f.files->findChild<QPushButton*>(QStringLiteral("cancelFilesButton"));
    REQUIRE(cancel);
    REQUIRE(cancel->isEnabled());
    cancel->click();
    CHECK(f.files->statusText(0) == QStringLiteral("Wird abgebrochen …"));
    REQUIRE(f.files->waitForIdle(60000));
    CHECK(f.files->state(0) == DraftFilesPanel::State::Cancelled);
    CHECK(f.files->statusText(0) == QStringLiteral("Abgebrochen – nicht geprüft"));
    CHECK(f.files->lastJobStoppedEarly()); // the reader stopped, it did not read to the end
    CHECK(f.files->fileFindings(0).isEmpty());
    CHECK(f.page->summary().total == 0);
    CHECK(f.level->text().contains(QStringLiteral("nicht oder nicht vollständig geprüft")));
    CHECK_FALSE(cancel->isEnabled());
}

TEST_CASE("draftFiles_aLongPdf_showsItsProgress_andCancelStopsTheReader", "[draft-files]")
{
    Fixture f;
    QStringList pages;
    for (int i = 1; i <= 2000; ++i)
        pages << QStringLiteral("Seite %1 des Haushaltsplans\nFrau Erika Mustermann, IBAN ").arg(i) + kIban;
    const QString pdf = writeFile(f.dir, QStringLiteral("haushalt.pdf"), kilotse::test::makePdf(pages));
    f.page->addFiles({pdf});
    // "Wird gelesen … 37 %": the reader's progress reaches the row while it reads.
    const QRegularExpression percent(QStringLiteral("^Wird gelesen … (\\d+) %$"));
    QTRY_VERIFY_WITH_TIMEOUT(percent.match(f.files->statusText(0)).hasMatch() ||
                                 f.files->state(0) != DraftFilesPanel::State::Reading,
                             30000);
    REQUIRE(f.files->state(0) == DraftFilesPanel::State::Reading); // the test needs a file that takes a while
    const QRegularExpressionMatch shown = percent.match(f.files->statusText(0));
    const int shownPercent = shown.hasMatch() ? shown.captured(1).toInt() : 100;
    f.files->cancelFile(0);
    REQUIRE(f.files->waitForIdle(60000));
    CHECK(f.files->state(0) == DraftFilesPanel::State::Cancelled);
    CHECK(f.files->statusText(0) == QStringLiteral("Abgebrochen – nicht geprüft"));
    // The reader stopped and did not read to the end — when it was cancelled early enough to tell:
    // on an idle machine the 2,000 pages can be read before the cancel arrives (the result is
    // "Abgebrochen" either way, checked above).
    if (shownPercent < 50)
        CHECK(f.files->lastJobStoppedEarly());
    else
        WARN("the reader was at " << shownPercent << " % when cancelled; early stop not asserted");
    CHECK(f.files->findings().isEmpty());
    CHECK(f.page->summary().total == 0);
}

TEST_CASE("draftFiles_pageClosedWhileReading_cancelsAndWaitsForTheJobs", "[draft-files]")
{
    kilotse::test::isolateUserFolders();
    QTemporaryDir dir;
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    QByteArray big(40 * 1024 * 1024, 'a');
    for (qsizetype i = 80; i < big.size(); i += 81)
        big[i] = '\n';
    const QString path = writeFile(dir, QStringLiteral("gross.txt"), big);
    auto page = std::make_unique<DraftPage>(policy.pack);
    page->addFiles({path, path + QStringLiteral(".fehlt")});
    QElapsedTimer timer;
    timer.start();
    page.reset(); // no crash, no result posted to a dead page
    CHECK(timer.elapsed() < 10000);
    QCoreApplication::processEvents();
}

TEST_CASE("draftFiles_dropOfTwoFiles_goesToTheList_aSingleTextFileStillIntoTheEditor", "[draft-files]")
{
    Fixture f;
    const QString a = writeFile(f.dir, QStringLiteral("a.txt"), QByteArray("Herr Weiß schreibt.\n"));
    const QString b = writeFile(f.dir, QStringLiteral("b.txt"), QByteArray("m.krause@musterstadt.de\n"));
    f.page->showTab(0);
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    f.page->editor()->insertMimeData(&two);
    REQUIRE(f.files->waitForIdle());
    CHECK(f.files->fileCount() == 2);
    CHECK(f.files->fileName(0) == QStringLiteral("a.txt"));
    CHECK(f.files->fileName(1) == QStringLiteral("b.txt"));
    CHECK(f.page->editor()->toPlainText().isEmpty());
    CHECK(f.tabs->currentWidget() == f.files);

    // A single document onto the editor goes to the list as well.
    const QString pdf = writeFile(f.dir, QStringLiteral("c.pdf"), kilotse::test::makePdf({QStringLiteral("Hallo")}));
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(pdf)});
    f.page->showTab(0);
    f.page->editor()->insertMimeData(&one);
    REQUIRE(f.files->waitForIdle());
    CHECK(f.files->fileCount() == 3);
    CHECK(f.page->editor()->toPlainText().isEmpty());

    // A single text file is read into the editor as before.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(a)});
    f.page->editor()->insertMimeData(&text);
    CHECK(f.page->editor()->toPlainText().contains(QStringLiteral("Herr Weiß schreibt.")));
    CHECK(f.files->fileCount() == 3);

    // Dropped onto the list itself (QTest cannot drag: the drop event is sent).
    const QString d = writeFile(f.dir, QStringLiteral("d.txt"), QByteArray("Kein Fund.\n"));
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(d), QUrl(QStringLiteral("https://example.org/e.pdf"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(f.files, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    QApplication::sendEvent(f.files, &drop);
    CHECK(drop.isAccepted());
    REQUIRE(f.files->waitForIdle());
    REQUIRE(f.files->fileCount() == 5);
    CHECK(f.files->state(3) == DraftFilesPanel::State::NotChecked); // the web address: not a local file
    CHECK(f.files->fileName(4) == QStringLiteral("d.txt"));
    CHECK(f.files->state(4) == DraftFilesPanel::State::Checked);
}

TEST_CASE("draftFiles_keyboard_enterShowsAFindingsDetails_delRemovesTheFile_everythingNamed", "[draft-files]")
{
    Fixture f;
    const QString path =
        writeFile(f.dir, QStringLiteral("konto.txt"), (QStringLiteral("Konto:\nIBAN ") + kIban).toUtf8());
    f.addAndWait({path});
    QTreeWidget* tree = f.files->tree();
    for (QWidget* w : f.files->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        const QString name =
            qobject_cast<QPushButton*>(w) ? qobject_cast<QPushButton*>(w)->text() : w->accessibleName();
        CHECK_FALSE(name.trimmed().isEmpty());
        CHECK_FALSE(w->accessibleDescription().trimmed().isEmpty());
    }

    // Tab walks the files tab in reading order: the buttons, the list, the details.
    QApplication::setActiveWindow(f.page.get());
    auto* add = f.files->findChild<QPushButton*>(QStringLiteral("addFilesButton"));
    REQUIRE(add);
    add->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    CHECK(order == QStringList{QStringLiteral("removeFileButton"), QStringLiteral("removeAllFilesButton"),
                               QStringLiteral("draftFilesTree"), QStringLiteral("draftFileDetailLabel")});

    QTreeWidgetItem* file = fileRow(f.files, 0);
    REQUIRE(file->childCount() == 1);
    tree->setFocus();
    tree->setCurrentItem(file->child(0));
    QTest::keyClick(tree, Qt::Key_Return);
    auto* details = f.files->findChild<QLabel*>(QStringLiteral("draftFileDetailLabel"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("konto.txt, Zeile 2 – IBAN")));
    CHECK(details->text().contains(kIban));
    CHECK(QApplication::focusWidget() == details); // read out by a screen reader

    tree->setFocus();
    tree->setCurrentItem(file);
    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK(f.files->fileCount() == 0);
    CHECK(f.page->summary().total == 0);
}

#include "MainWindow.h"

#include <QAction>

TEST_CASE("draftFiles_mainWindow_fileMenuChecksFiles_withCtrlShiftO", "[draft-files]")
{
    kilotse::test::isolateUserFolders();
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    MainWindow window(policy);
    auto* action = window.findChild<QAction*>(QStringLiteral("checkFilesAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_O));
    CHECK(action->text().remove(u'&') == QStringLiteral("Dateien prüfen …"));
}
