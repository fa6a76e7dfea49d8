#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVariantMap>

namespace kilotse::gui {

namespace {

// Dynamic properties: the text as the program set it, and the text this keeper made of it.
constexpr const char* kOriginal = "kilotse_mnemonic_original";
constexpr const char* kAssigned = "kilotse_mnemonic_assigned";

// Index of the character a single '&' marks, or -1 ("&&" is a literal ampersand).
qsizetype mnemonicIndex(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return i + 1;
    }
    return -1;
}

QChar keyOf(QChar c)
{
    const QChar lower = c.toLower();
    return (lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9') ? lower : QChar();
}

// The text with its mnemonic marker removed (literal "&&" kept).
QString withoutMnemonic(const QString& text)
{
    const qsizetype at = mnemonicIndex(text);
    return at < 0 ? text : text.left(at - 1) + text.mid(at);
}

// `original` with a mnemonic that is not in `taken` (and marks it taken), or without one.
QString assign(const QString& original, QSet<QChar>& taken)
{
    const qsizetype wanted = mnemonicIndex(original);
    if (wanted < 0)
        return original; // the program gave this text no Alt letter: leave it so
    if (const QChar key = keyOf(original[wanted]); !key.isNull() && !taken.contains(key)) {
        taken.insert(key);
        return original;
    }
    const QString plain = withoutMnemonic(original);
    auto literalAmpersand = [&](qsizetype i) { return i > 0 && plain[i - 1] == u'&'; };
    // First a free letter that starts a word, then any free letter.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QChar key = keyOf(plain[i]);
            if (key.isNull() || taken.contains(key) || literalAmpersand(i))
                continue;
            const bool wordStart = i == 0 || !plain[i - 1].isLetterOrNumber();
            if (pass == 0 && !wordStart)
                continue;
            taken.insert(key);
            return plain.left(i) + u'&' + plain.mid(i);
        }
    }
    return plain;
}

// The program's own text of a carrier: what it set last, not what this keeper made of it.
QString originalText(QObject* carrier, const QString& current)
{
    const QVariant assigned = carrier->property(kAssigned);
    if (assigned.isValid() && assigned.toString() == current)
        return carrier->property(kOriginal).toString();
    return current;
}

void remember(QObject* carrier, const QString& original, const QString& assigned)
{
    carrier->setProperty(kOriginal, original);
    carrier->setProperty(kAssigned, assigned);
}

bool isCarrier(const QObject* o)
{
    if (qobject_cast<const QAbstractButton*>(o) || qobject_cast<const QGroupBox*>(o) || qobject_cast<const QTabBar*>(o))
        return true;
    const auto* label = qobject_cast<const QLabel*>(o);
    return label && label->buddy();
}

// The carrier's current text differs from what the keeper last assigned: the program changed it.
bool textChanged(QObject* o)
{
    const QVariant assigned = o->property(kAssigned);
    QString current;
    if (const auto* b = qobject_cast<const QAbstractButton*>(o))
        current = b->text();
    else if (const auto* g = qobject_cast<const QGroupBox*>(o))
        current = g->title();
    else if (const auto* l = qobject_cast<const QLabel*>(o))
        current = l->text();
    else if (const auto* t = qobject_cast<const QTabBar*>(o)) {
        QStringList texts;
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
        current = texts.join(u'\n');
        return o->property("kilotse_mnemonic_tabs").toString() != current;
    }
    return !assigned.isValid() ? mnemonicIndex(current) >= 0 : assigned.toString() != current;
}

} // namespace

MnemonicKeeper::MnemonicKeeper(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("mnemonicKeeper"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &MnemonicKeeper::resolvePending);
}

void MnemonicKeeper::install(QApplication& app)
{
    if (app.findChild<MnemonicKeeper*>(QStringLiteral("mnemonicKeeper"), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new MnemonicKeeper(&app));
}

bool MnemonicKeeper::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
        if (watched->isWidgetType())
            schedule(static_cast<QWidget*>(watched)->window(), true);
        break;
    case QEvent::Paint:
        if (isCarrier(watched) && textChanged(watched))
            schedule(static_cast<QWidget*>(watched)->window(), false);
        break;
    default:
        break;
    }
    return false;
}

void MnemonicKeeper::schedule(QWidget* window, bool focusToo)
{
    if (!window)
        return;
    if (focusToo)
        m_pendingFocus.insert(window);
    if (m_pending.contains(window))
        return;
    m_pending.insert(window);
    m_pendingOrder.append(window);
    m_timer.start();
}

void MnemonicKeeper::resolvePending()
{
    const QList<QPointer<QWidget>> windows = m_pendingOrder;
    const QSet<QWidget*> focus = m_pendingFocus;
    m_pending.clear();
    m_pendingFocus.clear();
    m_pendingOrder.clear();
    for (const QPointer<QWidget>& w : windows) {
        if (!w || !w->isVisible())
            continue;
        if (focus.contains(w))
            orderFocus(w);
        resolve(w);
    }
}

namespace {

// Widgets that take the focus as one piece: their inner parts are theirs to order.
bool isAtomic(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractScrollArea*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QTabBar*>(w) || qobject_cast<const QLabel*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QMenuBar*>(w);
}

void collect(QWidget* w, QList<QWidget*>& out, QSet<QWidget*>& seen);

void collectLayout(QLayout* layout, QList<QWidget*>& out, QSet<QWidget*>& seen)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* child = item->widget())
            collect(child, out, seen);
        else if (QLayout* inner = item->layout())
            collectLayout(inner, out, seen);
    }
}

// `w` and the widgets under it in reading order.
void collect(QWidget* w, QList<QWidget*>& out, QSet<QWidget*>& seen)
{
    if (!w || seen.contains(w) || (w->isWindow() && !seen.isEmpty())) // dialogs are windows of their own
        return;
    seen.insert(w);
    const bool focusable = (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
    if (focusable)
        out << w;
    if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
        collect(scroll->widget(), out, seen);
        return;
    }
    if (isAtomic(w))
        return;
    if (auto* splitter = qobject_cast<QSplitter*>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out, seen);
        return;
    }
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        collect(tabs->tabBar(), out, seen);
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out, seen);
        return;
    }
    if (QLayout* layout = w->layout())
        collectLayout(layout, out, seen);
    // Children outside any layout (a menu bar set with setMenuBar, widgets placed by hand)
    // follow in creation order.
    for (QObject* o : w->children())
        if (o->isWidgetType())
            collect(static_cast<QWidget*>(o), out, seen);
}

} // namespace

void MnemonicKeeper::orderFocus(QWidget* window)
{
    QList<QWidget*> order;
    QSet<QWidget*> seen;
    collect(window, order, seen);
    order.removeAll(window);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void MnemonicKeeper::resolve(QWidget* window)
{
    QSet<QChar> taken;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    auto mine = [window](const QWidget* w) { return w->isVisible() && w->window() == window; };

    // 1. Menu bars: their letters are what a clerk learns first.
    for (QWidget* w : widgets)
        if (auto* bar = qobject_cast<QMenuBar*>(w); bar && mine(bar))
            for (QAction* a : bar->actions()) {
                if (!a->isVisible())
                    continue;
                const QString original = originalText(a, a->text());
                const QString text = assign(original, taken);
                remember(a, original, text);
                if (a->text() != text)
                    a->setText(text);
            }
    // 2. Tab bars.
    for (QWidget* w : widgets) {
        auto* bar = qobject_cast<QTabBar*>(w);
        if (!bar || !mine(bar))
            continue;
        QVariantMap originals = bar->property(kOriginal).toMap();
        QVariantMap assigned = bar->property(kAssigned).toMap();
        QStringList shown;
        for (int i = 0; i < bar->count(); ++i) {
            const QString key = QString::number(i);
            const QString current = bar->tabText(i);
            const QString original = assigned.value(key).toString() == current && assigned.contains(key)
                                         ? originals.value(key).toString()
                                         : current;
            const QString text = bar->isTabVisible(i) ? assign(original, taken) : original;
            originals.insert(key, original);
            assigned.insert(key, text);
            if (current != text)
                bar->setTabText(i, text);
            shown << text;
        }
        bar->setProperty(kOriginal, originals);
        bar->setProperty(kAssigned, assigned);
        bar->setProperty("kilotse_mnemonic_tabs", shown.join(u'\n'));
    }
    // 3. Buttons, group boxes and labels with a buddy, in widget order.
    for (QWidget* w : widgets) {
        if (!mine(w))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            const QString original = originalText(b, b->text());
            const QString text = assign(original, taken);
            remember(b, original, text);
            if (b->text() != text)
                b->setText(text);
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            const QString original = originalText(g, g->title());
            const QString text = assign(original, taken);
            remember(g, original, text);
            if (g->title() != text)
                g->setTitle(text);
        } else if (auto* l = qobject_cast<QLabel*>(w);
                   l && l->buddy() && l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text())) {
            const QString original = originalText(l, l->text());
            const QString text = assign(original, taken);
            remember(l, original, text);
            if (l->text() != text)
                l->setText(text);
        }
    }
}

} // namespace kilotse::gui
