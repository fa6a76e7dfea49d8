#pragma once

#include "classify/Classifier.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace kilotse::gui {

// The trainer's presentation: full screen, large type, high contrast. Per scenario four steps —
// situation, question (the room guesses; the trainer keys in a tally), answer with the reason,
// outcome with the permitted tools and the rules — then a summary slide. Keyboard-driven: Space,
// Enter, → or Page Down go on; ←, Backspace or Page Up go back; Esc leaves. Shows no real data and
// offers no editing of anything.
//
// Every slide fits the window: type and margins follow the window's height (about 38 px body text
// at 1080 logical pixels), and a slide with more text than room gets smaller type, down to
// kMinimumBodyPixels, instead of being cut off (checked at 1280×720 and 1920×1080, each at 100 %
// and 150 % scale, by the GUI tests). Nothing scrolls.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    enum Step
    {
        Situation = 0,
        Question,
        Answer,
        Result,
        StepCount
    };
    // Guesses the room can make, in tally order.
    enum Guess
    {
        GuessLevel1 = 0,
        GuessLevel2,
        GuessEscalate,
        GuessBlocked,
        GuessCount
    };

    // `registry` may be null (then no tools are shown, and the slide says why).
    PresentationWindow(const PolicyPack& pack, const QList<DemoScenario>& scenarios, const Registry* registry,
                       QWidget* parent = nullptr);

    void next();
    void previous();
    int scenarioIndex() const { return m_scenario; } // == scenario count on the summary slides
    int step() const { return m_step; }              // on the summary: its page
    bool isSummary() const { return m_scenario >= m_scenarios.size(); }
    void setTally(int guess, int count);
    int tally(int scenario, int guess) const;
    static int correctGuess(const Outcome& outcome);
    QString slideText() const; // plain text of the current slide (tests, accessibility)
    // The body text's pixel size on this slide (tests: fitting never makes it unreadable).
    int bodyPixelSize() const { return m_base; }
    static constexpr int kMinimumBodyPixels = 14;

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void render();        // fills the slide and fits it into the window
    void renderContent(); // the texts of the current slide at the current type size
    bool slideFits() const;
    int nominalBase() const; // body text size for the window's height
    QString situationHtml(const DemoScenario& s) const;
    QString questionHtml(const DemoScenario& s) const;
    QString answerHtml(const DemoScenario& s, const Outcome& o) const;
    QString resultHtml(const DemoScenario& s, const Outcome& o) const;
    QString summaryHtml() const;
    int summaryPageCount() const;
    static constexpr int kSummaryRows = 5; // scenarios per summary page (readable from afar)
    QString verdictHtml(const Outcome& o) const;
    void applyFonts();
    void styleTallyBox(QSpinBox* box, int fontPixels);

    const PolicyPack& m_pack;
    QList<DemoScenario> m_scenarios;
    QList<Outcome> m_outcomes;
    const Registry* m_registry;
    Classifier m_classifier;
    int m_scenario = 0;
    int m_step = Situation;
    QList<std::array<int, GuessCount>> m_tallies;
    int m_base = 16; // body text in pixels on the current slide
    bool m_rendering = false;

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_body = nullptr;
    QWidget* m_tallyRow = nullptr;
    std::array<QSpinBox*, GuessCount> m_tallyBoxes{};
    std::array<QLabel*, GuessCount> m_tallyLabels{};
    QLabel* m_footer = nullptr;
};

} // namespace kilotse::gui
