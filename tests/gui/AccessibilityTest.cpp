// Accessibility (BITV 2.0 / EN 301 549) over every page and dialog, offscreen:
//  * every interactive widget (visible, enabled, reachable by Tab) has an accessible name and an
//    accessible description (as a screen reader gets them: QAccessibleInterface::text());
//  * Tab visits every interactive widget of a page, Shift+Tab visits them in exactly the reverse
//    order (the focus chain is one consistent cycle, no keyboard trap);
//  * every colour theme reaches 4.5:1 (high contrast 7:1) for its text/background pairs;
//  * with a 150 % font no button, check box or unwrapped label is narrower than its text needs.
#include "CheckWizard.h"
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "RecordDialogs.h"
#include "ServiceDialog.h"
#include "Theme.h"
#include "policy/PolicyLocator.h"
#include "registry/Registry.h"
#include "registry/Tools.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
        const QString description = qobject_cast<const QTabBar*>(w) ? w->accessibleDescription()
                                                                    : iface->text(QAccessible::Description);
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
        problems << where + QStringLiteral(": Tab visits %1 widgets, Shift+Tab %2").arg(forward.size()).arg(backward.size());
    } else {
        std::reverse(backward.begin() + 1, backward.end());
        if (backward != forward) {
            QStringList f, b;
            for (QWidget* w : forward)
                f << w->objectName();
            for (QWidget* w : backward)
                b << w->objectName();
            problems << where + QStringLiteral(": Shift+Tab does not walk the Tab order backwards:\n  Tab:       ") +
                            f.join(QStringLiteral(", ")) + QStringLiteral("\n  Shift+Tab: ") + b.join(QStringLiteral(", "));
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
        const bool check = qobject_cast<const QAbstractButton*>(w) || (label && !label->wordWrap() && !label->text().isEmpty());
        if (check && w->width() + 1 < w->minimumSizeHint().width())
            problems << where + QStringLiteral(": text cut off (%1 < %2 px): ").arg(w->width()).arg(w->minimumSizeHint().width()) +
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
template<typename Check>
QStringList walkMainWindow(MainWindow& window, Check check)
{
    QStringList problems;
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pageTabWidget"));
    REQUIRE(tabs);
    const QStringList names{QStringLiteral("check/use case"), QStringLiteral("draft"),    QStringLiteral("rules"),
                            QStringLiteral("templates"),      QStringLiteral("label"),    QStringLiteral("registry"),
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
            if (b->isVisible() && b->text().contains(QStringLiteral("Nein")))
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
    report(walkMainWindow(window, [&window](QWidget* w, const QString& where) { return focusProblems(&window, w, where); }));

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
    const QList<QPalette::ColorRole> backgrounds{QPalette::Window, QPalette::Base, QPalette::Button, QPalette::Highlight,
                                                 QPalette::ToolTipBase};
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::WindowText, QPalette::Window},   {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},  {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base},
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
