// Walks through a check by keyboard and saves a PNG of the window at every step.
// Usage: ki-lotse-screenshot-tour OUTDIR [ANSWERS]   (run under xvfb-run; see scripts/screenshots.sh)
// ANSWERS: use-case row then one digit per question (0 = Ja, 1 = Nein, 2 = Unsicher), e.g. "1 2111111111111".

#include "CheckWizard.h"
#include "Config.h"
#include "DocumentFixtures.h"
#include "DraftFilesPanel.h"
#include "DraftPage.h"
#include "HelpDialogs.h"
#include "I18n.h"
#include "LabelPage.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "PresentationWindow.h"
#include "RecordDialogs.h"
#include "RegistryPage.h"
#include "RulesPage.h"
#include "ServiceDialog.h"
#include "TemplatesPage.h"
#include "Theme.h"
#include "WorkshopPage.h"
#include "registry/Tools.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

using namespace kilotse;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // KI_LOTSE_LANG=en, KI_LOTSE_THEME=dark|high-contrast and KI_LOTSE_TOUR_FONT_SCALE=1.5 show the
    // other languages, themes and a larger system font.
    installTranslations(app, chooseLanguage(QString(), Config::current()), true);
    gui::applyTheme(app,
                    gui::themeKindFromName(qEnvironmentVariable("KI_LOTSE_THEME")).value_or(gui::ThemeKind::Light));
    gui::MnemonicKeeper::install(app); // as the app does (src/app/main.cpp)
    if (const double scale = qEnvironmentVariable("KI_LOTSE_TOUR_FONT_SCALE").toDouble(); scale > 0) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * scale);
        QApplication::setFont(font);
    }
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: ki-lotse-screenshot-tour OUTDIR [USECASE_ROW ANSWER_DIGITS] [PREFIX]\n", stderr);
        return 2;
    }
    const QDir out(args[1]);
    QDir().mkpath(out.path());
    const int useCaseRow = args.size() > 2 ? args[2].toInt() : 1;
    const QString digits = args.size() > 3 ? args[3] : QStringLiteral("2111111111111");
    const QString prefix = args.size() > 4 ? args[4] : QStringLiteral("check");

    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    RegistryError registryError;
    auto registry = openRegistry(resolveRegistryLocation(QString()), &registryError);
    gui::MainWindow window(policy, registry.get(), registryError.message);
    // KI_LOTSE_TOUR_SIZE=WxH checks small windows (the main window's minimum is 720x560).
    const QStringList size = qEnvironmentVariable("KI_LOTSE_TOUR_SIZE", QStringLiteral("1100x760")).split(u'x');
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.activateWindow();
    QTest::qWait(200);

    int shot = 0;
    auto save = [&](const QString& name) {
        QTest::qWait(100);
        const QString file =
            out.filePath(QStringLiteral("%1-%2-%3.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0')).arg(name));
        window.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };

    for (int i = 0; i < useCaseRow; ++i)
        key(Qt::Key_Down);
    key(Qt::Key_Space);
    save(QStringLiteral("usecase"));
    key(Qt::Key_Return);
    for (int q = 0; q < digits.size(); ++q) {
        const int index = digits[q].digitValue();
        for (int i = 0; i < index; ++i)
            key(Qt::Key_Down);
        key(Qt::Key_Space);
        save(policy.pack.questions.value(q).id);
        key(Qt::Key_Return);
    }
    save(QStringLiteral("result"));
    if (!window.checkWizard()->isShowingResult())
        return 1;
    // The lower part of the result page (tools, rules, templates) for the other outcomes.
    if (qEnvironmentVariableIsSet("KI_LOTSE_TOUR_RESULT_TOOLS")) {
        if (auto* area = window.findChild<QScrollArea*>(QStringLiteral("resultScrollArea"))) {
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            save(QStringLiteral("result-middle"));
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
            save(QStringLiteral("result-end"));
        }
    }
    // KI_LOTSE_TOUR_LABEL=AUDIENCE[:MEDIUM[:deepfake]]: the label page prefilled from this check,
    // then set to that audience (internal, individual, public) and medium (text, image, audio, video).
    if (const QStringList label = qEnvironmentVariable("KI_LOTSE_TOUR_LABEL").split(u':', Qt::SkipEmptyParts);
        !label.isEmpty()) {
        if (auto* button = window.findChild<QPushButton*>(QStringLiteral("labelButton"))) {
            button->click();
            gui::LabelPage* page = window.labelPage();
            page->findChild<QLineEdit*>(QStringLiteral("toolLineEdit"))
                ->setText(QStringLiteral("Stadt-KI (Eigenbetrieb)"));
            if (label.value(0) != QLatin1String("prefilled")) {
                auto* audience = page->findChild<QComboBox*>(QStringLiteral("audienceComboBox"));
                audience->setCurrentIndex(audience->findData(label.value(0)));
            }
            if (label.size() > 1) {
                auto* medium = page->findChild<QComboBox*>(QStringLiteral("mediumComboBox"));
                medium->setCurrentIndex(medium->findData(label.value(1)));
            }
            if (label.size() > 2)
                page->findChild<QCheckBox*>(QStringLiteral("deepFakeCheckBox"))->setChecked(true);
            save(QStringLiteral("label-") + label.join(u'-'));
        }
    }
    if (prefix != QLatin1String("check"))
        return 0;

    // The permitted tools with the reasons other services are not offered.
    if (auto* area = window.findChild<QScrollArea*>(QStringLiteral("resultScrollArea"))) {
        if (auto* excluded = window.findChild<QPushButton*>(QStringLiteral("excludedButton")))
            excluded->setChecked(true);
        area->ensureWidgetVisible(window.findChild<QGroupBox*>(QStringLiteral("toolsBox")), 0, 0);
    }
    save(QStringLiteral("result-tools"));
    // The rest of the result page: rules to tick, templates, label button.
    if (auto* area = window.findChild<QScrollArea*>(QStringLiteral("resultScrollArea")))
        area->ensureWidgetVisible(window.findChild<QGroupBox*>(QStringLiteral("templatesBox")), 0, 0);
    save(QStringLiteral("result-guidance"));
    // A suggested template, filled with its example values.
    if (auto* button = window.findChild<QPushButton*>(QStringLiteral("templateButton"))) {
        button->click();
        if (auto* fill = window.findChild<QPushButton*>(QStringLiteral("fillExampleButton")))
            fill->click();
        save(QStringLiteral("template"));
        if (auto* area = window.findChild<QScrollArea*>(QStringLiteral("formScrollArea"))) {
            QTest::qWait(100);
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2 + 120);
        }
        save(QStringLiteral("template-open-in-tool"));
    }
    // The label page, prefilled from the check.
    if (auto* label = window.findChild<QPushButton*>(QStringLiteral("labelButton"))) {
        window.showPage(window.checkWizard());
        label->click();
        if (auto* tool = window.findChild<QLineEdit*>(QStringLiteral("toolLineEdit")))
            tool->setText(QStringLiteral("Musterstadt-KI (intern)"));
        if (auto* reviewer = window.findChild<QLineEdit*>(QStringLiteral("reviewerLineEdit")))
            reviewer->setText(QStringLiteral("Bürgerbüro, Sachgebiet 3"));
        save(QStringLiteral("label"));
    }
    // The draft check on an office's own letter: letterhead, functional mailbox, switchboard and
    // office extension, the city treasury's account, confidentiality and health talked about —
    // nothing personal, nothing reported.
    {
        gui::DraftPage* draft = window.draftPage();
        window.showPage(draft);
        draft->setDraftText(QStringLiteral(
            "Stadt Musterstadt · Amt für Kinder, Jugend und Familie\n"
            "Kita „Sonnenschein“, Theodor-Heuss-Platz 3, 12345 Musterstadt\n\n"
            "Elternbrief: Anmeldung für das Kita-Jahr 2027/28\n\n"
            "Liebe Eltern,\n\n"
            "die Anmeldung für das neue Kita-Jahr ist ab sofort möglich. Bitte senden Sie das Formular an "
            "kita-anmeldung@musterstadt.de oder geben Sie es im Bürgerbüro, Markt 1, 12345 Musterstadt ab. "
            "Rückfragen beantwortet das Team unter 03583 752-310, die Zentrale erreichen Sie unter 03583 752-0.\n\n"
            "Der Elternbeitrag für das Mittagessen geht an die Stadtkasse Musterstadt, IBAN DE89 3704 0044 0532 "
            "0130 00. Ihre Angaben werden selbstverständlich vertraulich behandelt.\n\n"
            "Das Gesundheitsamt erinnert: Für die Aufnahme ist ein Nachweis über die Masernimpfung nötig. Kinder "
            "mit Allergien bekommen auf Wunsch ein eigenes Essen.\n\n"
            "Bitte formuliere daraus eine kurze Meldung für die Website.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Kita-Team"));
        draft->scanNow();
        save(QStringLiteral("draft-institutional"));
    }
    // The draft check: an invented citizen's e-mail with highlighted findings, then pseudonymised.
    {
        gui::DraftPage* draft = window.draftPage();
        window.showPage(draft);
        draft->setDraftText(QStringLiteral(
            "VERTRAULICH\n"
            "Sehr geehrte Frau Öztürk,\n\n"
            "vielen Dank für Ihren Antrag vom 12.03.2025 (Az.: 50.2-0815/2025). Herr Dr. Paul Weiß, geb. 04.07.1961, "
            "wohnhaft Lindenweg 7, 53115 Bonn, hat uns seine Schwerbehinderung nachgewiesen. Die Erstattung geht auf "
            "das Konto DE89 3704 0044 0532 0130 00; Rückfragen unter Tel. 0228 12345-67 oder p.weiss@example.org.\n\n"
            "Bitte schreibe daraus eine freundliche, kurze Antwort.\n\n"
            "Mit freundlichen Grüßen\n"
            "Anna Schmidt\n"
            "Bürgerbüro, Rathaus, Marktplatz 1, 12345 Musterstadt"));
        draft->scanNow();
        save(QStringLiteral("draft-check"));
        draft->pseudonymiseDraft();
        draft->showTab(1);
        save(QStringLiteral("draft-pseudonymised"));
        draft->restore(
            QStringLiteral("Sehr geehrte Frau [PERSON_1],\nwir haben die Erstattung auf [IBAN_1] veranlasst."));
        draft->showTab(2);
        save(QStringLiteral("draft-restored"));
        draft->showTab(0);
    }
    // Files on the draft page (extra pictures, not numbered steps): an application as PDF with a
    // name and an IBAN on page 2 and the sponsor list as XLSX (a name and an IBAN in B7); then a
    // password-protected PDF and a scan without text layer, which are said to be not checked.
    if (gui::DraftFilesPanel* files = window.draftPage()->filesPanel()) {
        gui::DraftPage* draft = window.draftPage();
        window.showPage(draft);
        const QString typed = draft->editor()->toPlainText();
        draft->setDraftText(QString());
        draft->scanNow();
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return f.fileName();
        };
        const QString iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
        const QString pdf = write(
            QStringLiteral("Foerderantrag_Heimatverein.pdf"),
            test::makePdf({QStringLiteral("Antrag auf Förderung aus dem Kulturfonds\nHeimatverein Musterstadt e. V."),
                           QStringLiteral("Ansprechpartnerin: Frau Erika Mustermann\nBankverbindung: IBAN ") + iban}));
        test::Sheet sponsors;
        sponsors.name = QStringLiteral("Spender");
        sponsors.rows = {{QStringLiteral("Name"), QStringLiteral("IBAN"), QStringLiteral("Betrag")}};
        for (int row = 2; row <= 6; ++row)
            sponsors.rows.append({QStringLiteral("Anonyme Spende %1").arg(row - 1), QString(), QStringLiteral("20")});
        sponsors.rows.append({QStringLiteral("Herr Paul Weiß"), iban, QStringLiteral("150")});
        test::Workbook workbook;
        workbook.sheets = {sponsors};
        const QString xlsx = write(QStringLiteral("Spenderliste_2025.xlsx"), test::makeXlsx(workbook));
        draft->addFiles({pdf, xlsx});
        files->waitForIdle(60000);
        files->tree()->expandAll();
        if (QTreeWidgetItem* sheet = files->tree()->topLevelItem(1); sheet && sheet->childCount() > 0)
            files->tree()->setCurrentItem(sheet->child(sheet->childCount() - 1));
        QTest::qWait(100);
        window.grab().save(out.filePath(QStringLiteral("%1-draft-files.png").arg(prefix)));
        test::PdfOptions scanned;
        scanned.imageOnlyPages = 2;
        const QString locked =
            write(QStringLiteral("Bescheid_geschuetzt.pdf"), test::makeEncryptedPdf({QStringLiteral("Bescheid")}));
        const QString scan = write(QStringLiteral("Scan_Eingangspost.pdf"), test::makePdf({}, scanned));
        draft->addFiles({locked, scan});
        files->waitForIdle(60000);
        files->tree()->expandAll();
        files->tree()->setCurrentItem(files->tree()->topLevelItem(2));
        QTest::qWait(100);
        window.grab().save(out.filePath(QStringLiteral("%1-draft-files-unread.png").arg(prefix)));
        files->removeAll();
        draft->showTab(0);
        draft->setDraftText(typed);
        draft->scanNow();
    }
    window.showPage(window.rulesPage());
    save(QStringLiteral("rules"));
    window.showPage(window.registryPage());
    save(QStringLiteral("registry"));
    // The edit form and the approval checklist, shown without blocking the tour.
    if (registry && policy.pack.registry) {
        const auto service = registry->serviceByName(QStringLiteral("Stadt-KI (Eigenbetrieb)"));
        if (service) {
            gui::ServiceDialog form(policy.pack, *service, &window);
            form.show();
            QTest::qWait(200);
            form.grab().save(
                out.filePath(QStringLiteral("%1-%2-service-form.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0'))));
            gui::ChecklistDialog checklist(*policy.pack.registry, 2, *service, &window);
            checklist.show();
            QTest::qWait(200);
            checklist.grab().save(
                out.filePath(QStringLiteral("%1-%2-checklist.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0'))));
        }
    }
    window.showPage(window.workshopPage());
    // A trainer's choice: a fresh pack starts with nothing ticked; three scenarios ticked.
    gui::WorkshopPage* workshop = window.workshopPage();
    for (const char* id : {"neujahrsempfang", "sponsorenabgleich", "abfallrouten"})
        workshop->setScenarioChecked(QString::fromLatin1(id), true);
    save(QStringLiteral("workshop"));
    // The filters (not numbered): the scenarios of one topic that need a consultation.
    {
        auto* level = workshop->findChild<QComboBox*>(QStringLiteral("workshopLevelFilter"));
        auto* topic = workshop->findChild<QComboBox*>(QStringLiteral("workshopTopicFilter"));
        if (level && topic) {
            level->setCurrentIndex(std::max(0, level->findData(QStringLiteral("escalate"))));
            topic->setCurrentIndex(std::max(0, topic->findData(QStringLiteral("data_analysis"))));
            QTest::qWait(150);
            window.grab().save(out.filePath(QStringLiteral("%1-workshop-selection.png").arg(prefix)));
            level->setCurrentIndex(0);
            topic->setCurrentIndex(0);
        }
    }
    // The record export, from the result of this check. The draft above shows health data the
    // answers do not name: the export waits (reason on the result page) until the draft's answers
    // are taken over.
    window.showPage(window.checkWizard());
    if (auto* area = window.findChild<QScrollArea*>(QStringLiteral("resultScrollArea")))
        area->ensureWidgetVisible(window.findChild<QWidget*>(QStringLiteral("recordBlockerLabel")), 0, 40);
    save(QStringLiteral("result-record-waits-for-draft"));
    if (auto* apply = window.draftPage()->findChild<QPushButton*>(QStringLiteral("applyAnswersButton"));
        apply && apply->isEnabled())
        apply->click();
    if (std::unique_ptr<gui::ExportRecordDialog> dialog{window.createExportDialog()}) {
        dialog->setPurpose(QStringLiteral("Antwortschreiben zur Sperrmüllabholung, Entwurf"));
        dialog->show();
        QTest::qWait(200);
        dialog->grab().save(
            out.filePath(QStringLiteral("%1-%2-record-export.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0'))));
        // The warning under the purpose (not numbered: an extra picture, not a step of the tour).
        dialog->setPurpose(QStringLiteral("Antwort an Frau Öztürk, Lindenweg 4, 02763 Zittau"));
        QTest::qWait(100);
        dialog->grab().save(out.filePath(QStringLiteral("%1-record-export-purpose-warning.png").arg(prefix)));
    }
    // Help (F1 on the check tab), About and the introduction tour.
    {
        auto shoot = [&](QWidget* w, const QString& name) {
            w->show();
            if (!QTest::qWaitForWindowExposed(w))
                std::fputs("window not exposed\n", stderr);
            QTest::qWait(150);
            w->grab().save(
                out.filePath(QStringLiteral("%1-%2-%3.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0')).arg(name)));
            w->close();
        };
        gui::HelpDialog help;
        help.showTopic(QStringLiteral("check"));
        shoot(&help, QStringLiteral("help"));
        gui::AboutDialog about(policy.pack, registry.get(), registryError.message);
        shoot(&about, QStringLiteral("about"));
        gui::IntroTour tour;
        shoot(&tour, QStringLiteral("tour"));
    }

    // KI_LOTSE_TOUR_PRESENTATION=WxH: slides of the workshop presentation at that size.
    const QStringList presentationSize = qEnvironmentVariable("KI_LOTSE_TOUR_PRESENTATION").split(u'x');
    if (presentationSize.size() == 2) {
        gui::PresentationWindow* p = window.workshopPage()->startPresentation(false);
        p->resize(presentationSize[0].toInt(), presentationSize[1].toInt());
        QTest::qWait(300);
        auto slide = [&](const QString& name) {
            QTest::qWait(150);
            p->grab().save(out.filePath(
                QStringLiteral("%1-%2-presentation-%3.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0')).arg(name)));
        };
        // Scenario 2 (the sponsor list): situation, question with a tally, answer, outcome.
        for (int i = 0; i < gui::PresentationWindow::StepCount; ++i)
            p->next();
        slide(QStringLiteral("situation"));
        p->next();
        p->setTally(gui::PresentationWindow::GuessLevel1, 7);
        p->setTally(gui::PresentationWindow::GuessLevel2, 9);
        p->setTally(gui::PresentationWindow::GuessEscalate, 4);
        slide(QStringLiteral("question"));
        p->next();
        slide(QStringLiteral("answer"));
        p->next();
        slide(QStringLiteral("result"));
        while (!p->isSummary())
            p->next();
        slide(QStringLiteral("summary"));
        p->close();
    }
    return 0;
}
