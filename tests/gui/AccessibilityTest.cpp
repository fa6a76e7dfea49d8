// Accessibility (BITV 2.0 / EN 301 549) over every page and dialog, offscreen:
//  * every interactive widget (visible, enabled, reachable by Tab) has an accessible name and an
//    accessible description (as a screen reader gets them: QAccessibleInterface::text());
//  * Tab visits every interactive widget of a page, Shift+Tab visits them in exactly the reverse
//    order (the focus chain is one consistent cycle, no keyboard trap);
//  * every colour theme reaches 4.5:1 (high contrast 7:1) for its text/background pairs;
//  * with a 150 % font no button, check box or unwrapped label is narrower than its text needs.
#include "CheckWizard.h"
#include "HelpDialogs.h"
#include "I18n.h"
#include "MainWindow.h"
#include "RecordDialogs.h"
#include "ServiceDialog.h"
#include "TestSupport.h"
#include "Theme.h"
#include "policy/PolicyLocator.h"
#include "registry/Registry.h"
#include "registry/Tools.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMultiMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

bool isInteractive(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->focusProxy() == nullptr;
}

QString describe(const QWidget* w)
{
    QString text;
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3").arg(QLatin1String(w->metaObject()->className()), w->objectName(), text);
}

// Accessible name and description of every interactive widget in `root`.
QStringList missingNames(QWidget* root, const QString& where)
{
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isInteractive(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << where + QStringLiteral(": no accessible interface: ") + describe(w);
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << where + QStringLiteral(": no accessible name: ") + describe(w);
        // Qt's tab-bar interface reports no description of its own (only its tabs'); the widget's
        // accessibleDescription is what a screen reader gets for the bar itself.
        const QString description =
            qobject_cast<const QTabBar*>(w) ? w->accessibleDescription() : iface->text(QAccessible::Description);
        if (description.trimmed().isEmpty())
            problems << where + QStringLiteral(": no accessible description: ") + describe(w);
    }
    return problems;
}

// Presses Tab (with `modifiers`) until a widget comes round again; the widgets of that cycle in
// the order visited, starting with the widget focused first.
QList<QWidget*> focusCycle(QWidget* window, Qt::KeyboardModifiers modifiers)
{
    QList<QWidget*> visited;
    for (int i = 0; i < 400; ++i) {
        QWidget* current = QApplication::focusWidget();
        QTest::keyClick(current ? current : window, Qt::Key_Tab, modifiers);
        QWidget* now = QApplication::focusWidget();
        if (!now)
            break;
        if (!visited.isEmpty() && now == visited.last())
            continue; // Tab moves between the sections of a date field first
        if (const qsizetype seen = visited.indexOf(now); seen >= 0)
            return visited.mid(seen);
        visited << now;
    }
    return visited;
}

// Tab follows the visual order: starting at the top-left-most widget of the cycle, no step goes
// back up within the same column, or back left within the same row. (Moving on to the top of the
// next column is fine; that is how a reader reads two columns.)
QStringList visualOrderProblems(QWidget* window, const QList<QWidget*>& cycle, const QString& where)
{
    if (cycle.size() < 2)
        return {};
    auto scrollAreaOf = [](const QWidget* w) -> const QAbstractScrollArea* {
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (const auto* s = qobject_cast<const QAbstractScrollArea*>(p))
                return s;
        return nullptr;
    };
    auto rect = [window](const QWidget* w) { return QRect(w->mapTo(window, QPoint(0, 0)), w->size()); };
    // A widget scrolled out of view is, for the eye, where its scroll area is.
    auto seen = [&](const QWidget* w, const QWidget* other) {
        const QAbstractScrollArea* s = scrollAreaOf(w);
        return s && !s->isAncestorOf(other) ? rect(s) : rect(w);
    };
    qsizetype first = 0;
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        const QRect a = rect(cycle[i]);
        const QRect b = rect(cycle[first]);
        if (a.top() < b.top() || (a.top() == b.top() && a.left() < b.left()))
            first = i;
    }
    const QList<QWidget*> ordered = cycle.mid(first) + cycle.mid(0, first);
    QStringList problems;
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QRect a = seen(ordered[i - 1], ordered[i]);
        const QRect b = seen(ordered[i], ordered[i - 1]);
        const bool sameColumn = b.left() < a.right() && a.left() < b.right();
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        if ((sameColumn && b.bottom() <= a.top()) || (sameRow && !sameColumn && b.right() <= a.left()))
            problems << where + QStringLiteral(": Tab goes back from %1 (%2,%3) to %4 (%5,%6) in %7")
                                    .arg(describe(ordered[i - 1]))
                                    .arg(a.left())
                                    .arg(a.top())
                                    .arg(describe(ordered[i]))
                                    .arg(b.left())
                                    .arg(b.top())
                                    .arg([&] {
                                        QStringList names;
                                        for (const QWidget* w : ordered)
                                            names << w->objectName();
                                        return names.join(u' ');
                                    }());
    }
    return problems;
}

// Tab reaches every interactive widget of `root`, and Shift+Tab walks the same cycle backwards.
QStringList focusProblems(QWidget* window, QWidget* root, const QString& where)
{
    QStringList problems;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QApplication::focusWidget() || !window->isAncestorOf(QApplication::focusWidget())) {
        for (QWidget* w : root->findChildren<QWidget*>())
            if (isInteractive(w)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
    }
    const QList<QWidget*> forward = focusCycle(window, Qt::NoModifier);
    if (forward.isEmpty())
        return {where + QStringLiteral(": nothing has the keyboard focus")};
    problems << visualOrderProblems(window, forward, where);
    const QSet<QWidget*> reached(forward.cbegin(), forward.cend());
    for (QWidget* w : root->findChildren<QWidget*>())
        if (isInteractive(w) && !reached.contains(w))
            problems << where + QStringLiteral(": not reachable with Tab: ") + describe(w);

    // Backwards from the same widget: the cycle reversed, rotated to start there.
    forward.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget*> backward = focusCycle(window, Qt::ShiftModifier);
    if (const qsizetype at = backward.indexOf(forward.first()); at > 0)
        backward = backward.mid(at) + backward.mid(0, at);
    if (backward.size() != forward.size()) {
        problems
            << where + QStringLiteral(": Tab visits %1 widgets, Shift+Tab %2").arg(forward.size()).arg(backward.size());
    } else {
        std::reverse(backward.begin() + 1, backward.end());
        if (backward != forward) {
            QStringList f, b;
            for (QWidget* w : forward)
                f << w->objectName();
            for (QWidget* w : backward)
                b << w->objectName();
            problems << where + QStringLiteral(": Shift+Tab does not walk the Tab order backwards:\n  Tab:       ") +
                            f.join(QStringLiteral(", ")) + QStringLiteral("\n  Shift+Tab: ") +
                            b.join(QStringLiteral(", "));
        }
    }
    return problems;
}

// Buttons, check boxes and unwrapped labels at least as wide as their text needs.
QStringList clippedTexts(QWidget* root, const QString& where)
{
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        const auto* label = qobject_cast<const QLabel*>(w);
        const bool check =
            qobject_cast<const QAbstractButton*>(w) || (label && !label->wordWrap() && !label->text().isEmpty());
        if (check && w->width() + 1 < w->minimumSizeHint().width())
            problems << where +
                            QStringLiteral(": text cut off (%1 < %2 px): ")
                                .arg(w->width())
                                .arg(w->minimumSizeHint().width()) +
                            describe(w);
    }
    return problems;
}

void report(const QStringList& problems)
{
    for (const QString& p : problems)
        UNSCOPED_INFO(p.toStdString());
    CHECK(problems.isEmpty());
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    Fixture()
    {
        RegistryError error;
        registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
        REQUIRE(registry);
        REQUIRE(registry->seedDemo(demoServices(), &error));
    }
};

// Every page of the main window (the check at its first step, a question and the result).
template <typename Check> QStringList walkMainWindow(MainWindow& window, Check check)
{
    QStringList problems;
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pageTabWidget"));
    REQUIRE(tabs);
    const QStringList names{QStringLiteral("check/use case"), QStringLiteral("draft"), QStringLiteral("rules"),
                            QStringLiteral("templates"),      QStringLiteral("label"), QStringLiteral("registry"),
                            QStringLiteral("workshop")};
    for (int i = tabs->count() - 1; i >= 0; --i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        problems << check(&window, names.value(i));
    }
    CheckWizard* wizard = window.checkWizard();
    window.findChild<QListWidget*>(QStringLiteral("useCaseListWidget"))->setCurrentRow(1);
    wizard->goNext();
    QApplication::processEvents();
    problems << check(&window, QStringLiteral("check/question"));
    while (!wizard->isShowingResult()) {
        const int before = wizard->currentStep();
        for (QAbstractButton* b : wizard->findChildren<QAbstractButton*>())
            if (b->isVisible() && QString(b->text()).remove(u'&').contains(QStringLiteral("Nein")))
                b->click();
        wizard->goNext();
        if (wizard->currentStep() == before)
            break;
    }
    QApplication::processEvents();
    problems << check(&window, QStringLiteral("check/result"));
    return problems;
}

} // namespace

TEST_CASE("accessibility_everyInteractiveWidgetHasANameAndDescription", "[gui][a11y]")
{
    Fixture f;
    MainWindow window(f.policy, f.registry.get());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    report(walkMainWindow(window, [](QWidget* w, const QString& where) { return missingNames(w, where); }));

    ServiceDialog service(f.policy.pack, f.registry->services().value(0));
    service.show();
    QStringList dialogs = missingNames(&service, QStringLiteral("service dialog"));
    HelpDialog help;
    help.show();
    dialogs << missingNames(&help, QStringLiteral("help"));
    AboutDialog about(f.policy.pack, f.registry.get(), QString());
    about.show();
    dialogs << missingNames(&about, QStringLiteral("about"));
    IntroTour tour;
    tour.show();
    dialogs << missingNames(&tour, QStringLiteral("tour"));
    HistoryDialog history(f.policy.pack, f.dir.filePath(QStringLiteral("history")));
    history.show();
    dialogs << missingNames(&history, QStringLiteral("history"));
    std::unique_ptr<ExportRecordDialog> exportDialog(window.createExportDialog());
    REQUIRE(exportDialog);
    exportDialog->show();
    dialogs << missingNames(exportDialog.get(), QStringLiteral("record export"));
    report(dialogs);
}

TEST_CASE("accessibility_tabReachesEveryWidget_andShiftTabWalksBack", "[gui][a11y]")
{
    Fixture f;
    MainWindow window(f.policy, f.registry.get());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    report(walkMainWindow(window,
                          [&window](QWidget* w, const QString& where) { return focusProblems(&window, w, where); }));

    HelpDialog help;
    help.show();
    REQUIRE(QTest::qWaitForWindowExposed(&help));
    QStringList dialogs = focusProblems(&help, &help, QStringLiteral("help"));
    IntroTour tour;
    tour.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tour));
    dialogs << focusProblems(&tour, &tour, QStringLiteral("tour"));
    ServiceDialog service(f.policy.pack, f.registry->services().value(0));
    service.show();
    REQUIRE(QTest::qWaitForWindowExposed(&service));
    dialogs << focusProblems(&service, &service, QStringLiteral("service dialog"));
    report(dialogs);
}

TEST_CASE("accessibility_everyThemeReachesTheContrastMinimum", "[gui][a11y]")
{
    const QList<QPalette::ColorRole> backgrounds{QPalette::Window, QPalette::Base, QPalette::Button,
                                                 QPalette::Highlight, QPalette::ToolTipBase};
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window}};
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
        const QPalette p = themePalette(kind);
        const double minimum = kind == ThemeKind::HighContrast ? 7.0 : 4.5;
        for (const auto& [fg, bg] : pairs) {
            const double ratio = contrastRatio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            INFO(themeKindName(kind).toStdString() << " role " << fg << " on " << bg << ": " << ratio);
            CHECK(ratio >= minimum);
        }
        QApplication* app = qApp;
        applyTheme(*app, kind);
        const double problem = contrastRatio(problemTextColor(), p.color(QPalette::Active, QPalette::Window));
        INFO(themeKindName(kind).toStdString() << " problem text: " << problem);
        CHECK(problem >= minimum);
    }
    applyTheme(*qApp, ThemeKind::Light);
}

TEST_CASE("accessibility_150PercentFont_cutsNoTextOff", "[gui][a11y]")
{
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSizeF(original.pointSizeF() * 1.5);
    QApplication::setFont(large);
    Fixture f;
    {
        MainWindow window(f.policy, f.registry.get());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        report(walkMainWindow(window, [](QWidget* w, const QString& where) { return clippedTexts(w, where); }));
    }
    QApplication::setFont(original);
}

// ---- mnemonics: one Alt letter, one target, per window and language ------------------------------

namespace {

// The Alt letter of a text with a mnemonic ("A&nsicht" → "n"), empty if it has none.
QString mnemonicOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).toLower();
}

// Every Alt letter a window reacts to right now: its menu bar, its visible tab bars, buttons,
// group boxes and labels with a buddy. Two visible targets with the same letter is a problem:
// Alt+letter then reaches the first one only (and which one that is depends on focus order).
QStringList duplicateMnemonics(QWidget* window, const QString& where)
{
    QApplication::processEvents();       // as the clerk sees it: after the event loop has run
    QMultiMap<QString, QString> targets; // letter → what carries it
    auto add = [&](const QString& text, const QString& what) {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            targets.insert(letter, what + QStringLiteral(" \"") + text + u'"');
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions())
                if (a->isVisible())
                    add(a->text(), QStringLiteral("menu"));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            add(b->text(), QStringLiteral("button"));
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            add(g->title(), QStringLiteral("group"));
        } else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy() && l->textFormat() != Qt::RichText) {
            add(l->text(), QStringLiteral("label"));
        }
    }
    QStringList problems;
    for (const QString& letter : targets.uniqueKeys()) {
        const QStringList carriers = targets.values(letter);
        if (carriers.size() > 1)
            problems << where + QStringLiteral(": Alt+%1 on ").arg(letter.toUpper()) +
                            carriers.join(QStringLiteral(", "));
    }
    // The entries of each menu (only active while it is open) among themselves.
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QMultiMap<QString, QString> entries;
        for (QAction* a : menu->actions())
            if (a->isVisible() && !a->isSeparator() && !mnemonicOf(a->text()).isEmpty())
                entries.insert(mnemonicOf(a->text()), a->text());
        for (const QString& letter : entries.uniqueKeys())
            if (entries.count(letter) > 1)
                problems << where + QStringLiteral(": menu \"%1\": Alt+%2 on ").arg(menu->title(), letter.toUpper()) +
                                QStringList(entries.values(letter)).join(QStringLiteral(", "));
    }
    return problems;
}

// Walks every tab, every question (with each option chosen in turn where that changes what is
// shown), the result page and the dialogs, collecting duplicate mnemonics.
QStringList walkForMnemonics(MainWindow& window, const Fixture& f, const QString& language)
{
    QStringList problems;
    problems << walkMainWindow(
        window, [&](QWidget*, const QString& where) { return duplicateMnemonics(&window, language + u'/' + where); });
    // Every question page, not only the first.
    CheckWizard* wizard = window.checkWizard();
    while (wizard->currentStep() > 0)
        wizard->goBack();
    window.findChild<QListWidget*>(QStringLiteral("useCaseListWidget"))->setCurrentRow(1);
    wizard->goNext();
    for (int step = 1; !wizard->isShowingResult() && step < 40; ++step) {
        QApplication::processEvents();
        problems << duplicateMnemonics(&window, language + QStringLiteral("/question %1").arg(step));
        const QList<QRadioButton*> options = wizard->findChildren<QRadioButton*>();
        for (QRadioButton* r : options)
            if (r->isVisible()) {
                r->click(); // the last visible option ("unsure" / "no") stays chosen
                QApplication::processEvents();
            }
        problems << duplicateMnemonics(&window, language + QStringLiteral("/question %1 answered").arg(step));
        wizard->goNext();
    }
    QApplication::processEvents();
    problems << duplicateMnemonics(&window, language + QStringLiteral("/result (all unsure)"));

    ServiceDialog service(f.policy.pack, f.registry->services().value(0));
    service.show();
    problems << duplicateMnemonics(&service, language + QStringLiteral("/service dialog"));
    ServiceDialog fresh(f.policy.pack, Service());
    fresh.show();
    problems << duplicateMnemonics(&fresh, language + QStringLiteral("/new service dialog"));
    HelpDialog help;
    help.show();
    problems << duplicateMnemonics(&help, language + QStringLiteral("/help"));
    AboutDialog about(f.policy.pack, f.registry.get(), QString());
    about.show();
    problems << duplicateMnemonics(&about, language + QStringLiteral("/about"));
    IntroTour tour;
    tour.show();
    problems << duplicateMnemonics(&tour, language + QStringLiteral("/tour"));
    HistoryDialog history(f.policy.pack, f.dir.filePath(QStringLiteral("history")));
    history.show();
    problems << duplicateMnemonics(&history, language + QStringLiteral("/history"));
    std::unique_ptr<ExportRecordDialog> exportDialog(window.createExportDialog());
    if (exportDialog) {
        exportDialog->show();
        problems << duplicateMnemonics(exportDialog.get(), language + QStringLiteral("/record export"));
    }
    return problems;
}

} // namespace

TEST_CASE("accessibility_mnemonicsAreUniquePerWindow_inGermanAndEnglish", "[gui][a11y]")
{
    {
        Fixture f;
        MainWindow window(f.policy, f.registry.get());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        report(walkForMnemonics(window, f, QStringLiteral("de")));
    }
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/ki-lotse_en.qm")));
    QCoreApplication::installTranslator(&english);
    setContentLanguage(QStringLiteral("en"));
    {
        Fixture f; // the pack read again, now with its English texts
        MainWindow window(f.policy, f.registry.get());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        report(walkForMnemonics(window, f, QStringLiteral("en")));
    }
    QCoreApplication::removeTranslator(&english);
    setContentLanguage(QStringLiteral("de"));
}

TEST_CASE("mnemonicKeeper_resolvesCollisions_keepsFreeLetters_andFollowsTextChanges", "[gui][a11y]")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new QMenuBar(&window);
    bar->addMenu(QStringLiteral("A&nsicht"));
    layout->setMenuBar(bar);
    auto* no = new QPushButton(QStringLiteral("&Nein"), &window);
    auto* fresh = new QPushButton(QStringLiteral("&Neue Prüfung"), &window);
    auto* why = new QPushButton(QStringLiteral("Warum &nicht?"), &window);
    auto* yes = new QPushButton(QStringLiteral("&Ja"), &window);
    auto* plain = new QPushButton(QStringLiteral("Ohne Buchstaben && Zeichen"), &window);
    auto* nnn = new QPushButton(QStringLiteral("&Nn"), &window);
    for (QWidget* w : {static_cast<QWidget*>(no), static_cast<QWidget*>(fresh), static_cast<QWidget*>(why),
                       static_cast<QWidget*>(yes), static_cast<QWidget*>(plain), static_cast<QWidget*>(nnn)})
        layout->addWidget(w);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    CHECK(bar->actions().first()->text() == QStringLiteral("A&nsicht")); // the menu keeps its letter
    CHECK(no->text() == QStringLiteral("N&ein"));                        // "n" taken: next free letter
    CHECK(fresh->text() == QStringLiteral("Neue &Prüfung"));             // a word start first
    CHECK(why->text() == QStringLiteral("&Warum nicht?"));
    CHECK(yes->text() == QStringLiteral("&Ja"));                          // free: untouched
    CHECK(plain->text() == QStringLiteral("Ohne Buchstaben && Zeichen")); // no letter asked for, none given
    CHECK(nnn->text() == QStringLiteral("Nn"));                           // nothing free: no letter at all
    report(duplicateMnemonics(&window, QStringLiteral("keeper")));

    // The program changes a text: the next pass starts from the new text.
    yes->setText(QStringLiteral("&Weiter"));
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(yes->text() == QStringLiteral("We&iter")); // "w" is "Warum"'s now
    // A hidden button gives its letter back.
    why->hide();
    QApplication::processEvents();
    CHECK(yes->text() == QStringLiteral("&Weiter"));
    report(duplicateMnemonics(&window, QStringLiteral("keeper after changes")));
}

TEST_CASE("serviceDialog_problemIsLinkedToItsField_andFocusesIt", "[gui][a11y]")
{
    Fixture f;
    Service broken = f.registry->services().value(0);
    broken.accessUrl = QStringLiteral("nicht-eine-adresse");
    ServiceDialog dialog(f.policy.pack, broken);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("accessUrlLineEdit"));
    REQUIRE(url);
    const QString before = url->accessibleDescription();
    dialog.accept();
    CHECK(dialog.isVisible()); // refused
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(url));
    CHECK(url->accessibleDescription().endsWith(before));
    CHECK(url->accessibleDescription().size() > before.size() + 10);
    CHECK(url->accessibleDescription().contains(QStringLiteral("Adresse")));
    // Mended: the mark goes away with the next attempt.
    url->setText(QStringLiteral("https://ki.musterstadt.example/"));
    dialog.accept();
    CHECK(url->accessibleDescription() == before);
}

TEST_CASE("recordExport_purposeWithANameOrAddress_warnsUnderTheField", "[gui][a11y]")
{
    Fixture f;
    MainWindow window(f.policy, f.registry.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList ignored = walkMainWindow(window, [](QWidget*, const QString&) { return QStringList(); });
    std::unique_ptr<ExportRecordDialog> dialog(window.createExportDialog());
    REQUIRE(dialog);
    dialog->show();
    auto* purpose = dialog->findChild<QLineEdit*>(QStringLiteral("purposeEdit"));
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("purposeWarningLabel"));
    REQUIRE(purpose);
    REQUIRE(warning);
    purpose->setText(QStringLiteral("Antwort zur Sperrmüllabholung"));
    CHECK_FALSE(warning->isVisible());
    purpose->setText(QStringLiteral("Antwort an Frau Öztürk, Lindenweg 4, 02763 Zittau"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Personenname")));
    CHECK(purpose->accessibleDescription().startsWith(warning->text()));
    purpose->setText(QStringLiteral("Antwort zur Sperrmüllabholung"));
    CHECK_FALSE(warning->isVisible());
}
