#pragma once

class QApplication;
class QWidget;

namespace kilotse::gui {

// Fusion style with a palette whose text/background pairs all reach 4.5:1 contrast
// (Fusion's default HighlightedText on Highlight is only 3.7:1).
void applyTheme(QApplication& app);

// Colours of the four verdicts. Colour is never the only signal: pages also show text and a symbol.
enum class VerdictTone { Level1, Level2, Escalate, Blocked };
void styleVerdictFrame(QWidget* frame, VerdictTone tone);

// Scales a widget's font relative to the application font (keeps user font-size settings).
void scaleFont(QWidget* widget, double factor, bool bold);

} // namespace kilotse::gui
