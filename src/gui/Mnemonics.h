#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QApplication;
class QWidget;

namespace kilotse::gui {

// Keeps the Alt letters (mnemonics, "&Nein") of every window unique among what is visible in it
// at the moment, in German and English alike, the way KDE's accelerator manager does:
//  * fixed first: the menu bar, then tab bars (they are visible on every page, so a clerk can
//    rely on Alt+D for "Datei" everywhere);
//  * then buttons, group boxes and labels with a buddy, in widget order: each keeps the letter
//    its translator gave it when that is free, else gets the first free letter that starts a word
//    of its text, else the first free letter of its text, else no mnemonic;
//  * re-resolved when a page, dialog or widget is shown or hidden, or when a carrier's text is
//    changed by the program (the next paint notices), coalesced into one pass per event loop turn.
// Only ASCII letters and digits are handed out, so the keys exist on German and English keyboards.
//
// The second pass, applied the same way: the Tab order of a window follows its layout (box
// layouts top to bottom and left to right, forms row by row, tab bars before their pages, scroll
// areas before their content), so Tab walks what the clerk sees in reading order even where
// widgets are created later (the result page's tool buttons) or pages are added after the
// navigation buttons (the wizard).
class MnemonicKeeper : public QObject
{
    Q_OBJECT
public:
    // Installs one keeper for the application (idempotent); it watches every window.
    static void install(QApplication& app);

    // Resolves `window` now (tests, and windows that must be right before the next event loop turn).
    static void resolve(QWidget* window);
    static void orderFocus(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit MnemonicKeeper(QObject* parent);
    void schedule(QWidget* window, bool focusToo);
    void resolvePending();

    QTimer m_timer;
    QSet<QWidget*> m_pending;
    QSet<QWidget*> m_pendingFocus;
    QList<QPointer<QWidget>> m_pendingOrder;
};

} // namespace kilotse::gui
