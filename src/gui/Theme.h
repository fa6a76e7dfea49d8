#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;
class QWidget;

namespace kilotse::gui {

// The colour schemes. Every text/background pair of each reaches at least 4.5:1 contrast
// (tests/gui/AccessibilityTest.cpp measures them); high-contrast reaches 7:1.
enum class ThemeKind
{
    Light,
    Dark,
    HighContrast
};
std::optional<ThemeKind> themeKindFromName(const QString& name); // "light", "dark", "high-contrast"
QString themeKindName(ThemeKind kind);

// The Fusion palette of `kind` (Fusion's default HighlightedText on Highlight is only 3.7:1).
QPalette themePalette(ThemeKind kind);

// Fusion style with themePalette(kind); remembers the kind for the colour helpers below.
void applyTheme(QApplication& app, ThemeKind kind = ThemeKind::Light);
ThemeKind currentTheme();

// Text colour for problems shown directly on the window background ("cannot be saved").
QColor problemTextColor();

// WCAG 2.x contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor& a, const QColor& b);

// Colours of the four verdicts. Colour is never the only signal: pages also show text and a symbol.
enum class VerdictTone
{
    Level1,
    Level2,
    Escalate,
    Blocked
};
void styleVerdictFrame(QWidget* frame, VerdictTone tone);

// Scales a widget's font relative to the application font (keeps user font-size settings).
void scaleFont(QWidget* widget, double factor, bool bold);

// A tooltip from plain text (shown wrapped, as HTML) whose plain text is also what a screen reader
// reads as the description, unless the widget has a description of its own: Qt would otherwise
// hand the HTML of the tooltip to the screen reader ("<p>…</p>").
void setPlainToolTip(QWidget* widget, const QString& text);

} // namespace kilotse::gui
