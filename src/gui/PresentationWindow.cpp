#include "PresentationWindow.h"

#include "content/Demos.h"
#include "content/Guidance.h"
#include "registry/Tools.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>
#include <QStyleOptionSpinBox>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace kilotse::gui {

namespace {

// High contrast on a dark ground (all pairs well above 7:1).
constexpr const char* kBackground = "#0f1720";
constexpr const char* kText = "#ffffff";
constexpr const char* kMuted = "#c9d3de";
constexpr const char* kAccent = "#ffd23f";
constexpr const char* kLevel1 = "#86e8b0";
constexpr const char* kLevel2 = "#9fd0ff";
constexpr const char* kEscalate = "#ffbe6b";
constexpr const char* kBlocked = "#ff9c9c";

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A vote box whose arrow buttons show clear triangles: a style sheet that sizes the buttons (so
// they are square, not squashed) leaves them without arrows, so the box draws its own, as large
// as half the button, black (grey when the count cannot go further or the box is read-only).
class VoteBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QSpinBox::paintEvent(event);
        QStyleOptionSpinBox option;
        initStyleOption(&option);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        for (const bool up : {true, false}) {
            const QRect r = style()->subControlRect(QStyle::CC_SpinBox, &option,
                                                    up ? QStyle::SC_SpinBoxUp : QStyle::SC_SpinBoxDown, this);
            if (r.width() < 4 || r.height() < 4)
                continue;
            const bool enabled =
                !isReadOnly() && (up ? option.stepEnabled & StepUpEnabled : option.stepEnabled & StepDownEnabled);
            const qreal half = std::min(r.width(), r.height()) * 0.28;
            const QPointF c = QRectF(r).center();
            QPainterPath arrow;
            arrow.moveTo(c.x() - half, up ? c.y() + half / 2 : c.y() - half / 2);
            arrow.lineTo(c.x() + half, up ? c.y() + half / 2 : c.y() - half / 2);
            arrow.lineTo(c.x(), up ? c.y() - half * 0.8 : c.y() + half * 0.8);
            arrow.closeSubpath();
            painter.setBrush(enabled ? QColor(0x00, 0x00, 0x00) : QColor(0x8a, 0x8a, 0x8a));
            painter.drawPath(arrow);
        }
    }
};

} // namespace

PresentationWindow::PresentationWindow(const PolicyPack& pack, const QList<DemoScenario>& scenarios,
                                       const Registry* registry, QWidget* parent)
    : QWidget(parent, Qt::Window), m_pack(pack), m_scenarios(scenarios), m_registry(registry), m_classifier(pack)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("KI-Lotse – Workshop"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    setStyleSheet(
        QStringLiteral("QWidget#presentationWindow { background: %1; } QLabel { color: %2; background: transparent; }")
            .arg(QLatin1String(kBackground), QLatin1String(kText)));
    for (const DemoScenario& s : m_scenarios) {
        m_outcomes.append(m_classifier.classify(demoAnswers(s)));
        m_tallies.append({0, 0, 0, 0});
    }

    m_layout = new QVBoxLayout(this);
    // The window's size is the screen's: its content never asks for more.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("presentationHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("presentationBody"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // never grows the window
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_body, 1);

    // The tally: one column per guess, its name above its box (fits four across at 853 pixels).
    m_tallyRow = new QWidget(this);
    m_tallyRow->setObjectName(QStringLiteral("presentationTally"));
    auto* tallyLayout = new QGridLayout(m_tallyRow);
    tallyLayout->setContentsMargins(0, 0, 0, 0);
    tallyLayout->setVerticalSpacing(4);
    const QStringList guesses{tr("Schutzstufe 1"), tr("Schutzstufe 2"), tr("Rücksprache nötig"), tr("Nicht zulässig")};
    for (int g = 0; g < GuessCount; ++g) {
        auto* label = new QLabel(guesses[g], m_tallyRow);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto* box = new VoteBox(m_tallyRow);
        box->setRange(0, 999);
        box->setAccessibleName(tr("Stimmen für „%1“").arg(guesses[g]));
        box->setAccessibleDescription(
            tr("Zahl eintippen oder mit Pfeil hoch/runter ändern; Leertaste oder Pfeil rechts geht weiter."));
        box->setObjectName(QStringLiteral("tally%1").arg(g));
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        box->installEventFilter(this);
        label->setBuddy(box);
        connect(box, &QSpinBox::valueChanged, this, [this, g](int v) {
            if (!isSummary())
                m_tallies[m_scenario][static_cast<std::size_t>(g)] = v;
        });
        tallyLayout->addWidget(label, 0, g);
        tallyLayout->addWidget(box, 1, g, Qt::AlignLeft);
        tallyLayout->setColumnStretch(g, 1);
        m_tallyBoxes[static_cast<std::size_t>(g)] = box;
        m_tallyLabels[static_cast<std::size_t>(g)] = label;
    }
    m_layout->addWidget(m_tallyRow);

    m_footer = new QLabel(tr("Leertaste / → weiter   ·   ← zurück   ·   Esc beenden"), this);
    m_footer->setObjectName(QStringLiteral("presentationFooter"));
    m_footer->setWordWrap(true);
    m_footer->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMuted)));
    m_layout->addWidget(m_footer);
    setFocusPolicy(Qt::StrongFocus);
    render();
}

int PresentationWindow::correctGuess(const Outcome& outcome)
{
    if (outcome.blocked)
        return GuessBlocked;
    if (outcome.escalate)
        return GuessEscalate;
    return outcome.level >= 2 ? GuessLevel2 : GuessLevel1;
}

void PresentationWindow::setTally(int guess, int count)
{
    if (isSummary() || guess < 0 || guess >= GuessCount)
        return;
    m_tallies[m_scenario][static_cast<std::size_t>(guess)] = count;
    m_tallyBoxes[static_cast<std::size_t>(guess)]->setValue(count);
}

int PresentationWindow::tally(int scenario, int guess) const
{
    return m_tallies.value(scenario).at(static_cast<std::size_t>(guess));
}

void PresentationWindow::next()
{
    if (isSummary()) {
        if (m_step + 1 < summaryPageCount()) {
            ++m_step;
            render();
        } else {
            close();
        }
        return;
    }
    if (++m_step >= StepCount) {
        m_step = Situation; // on the summary: its first page
        ++m_scenario;
    }
    render();
}

void PresentationWindow::previous()
{
    if (isSummary() && m_step > 0) {
        --m_step;
    } else if (isSummary()) {
        if (m_scenarios.isEmpty())
            return;
        m_scenario = static_cast<int>(m_scenarios.size()) - 1;
        m_step = Result;
    } else if (m_step > Situation) {
        --m_step;
    } else if (m_scenario > 0) {
        --m_scenario;
        m_step = Result;
    }
    render();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Down:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        previous();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

// The tally boxes take digits, Backspace and ↑/↓; the navigation keys still drive the slides.
bool PresentationWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Space:
        case Qt::Key_Right:
        case Qt::Key_Left:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            keyPressEvent(key);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    render();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    Q_EMIT finished();
    QWidget::closeEvent(event);
}

// Type scales with the window: about 38 px body text on a 1080-pixel-high screen, 25 px at 720.
int PresentationWindow::nominalBase() const
{
    return std::max(kMinimumBodyPixels + 2, height() / 28);
}

void PresentationWindow::applyFonts()
{
    const int base = m_base;
    // Margins follow the window (80/48 pixels at 1920×1080), spacing the type.
    const int side = std::max(16, width() / 24);
    const int top = std::max(12, height() / 22);
    m_layout->setContentsMargins(side, top, side, top * 3 / 4);
    m_layout->setSpacing(std::max(8, base * 2 / 3));
    QFont body = font();
    body.setPixelSize(base);
    m_body->setFont(body);
    QFont small = font();
    small.setPixelSize(std::max(12, base * 7 / 10));
    m_header->setFont(small);
    m_footer->setFont(small);
    const int tallyPixels = std::max(14, base * 8 / 10);
    QFont tallyFont = font();
    tallyFont.setPixelSize(tallyPixels);
    for (int g = 0; g < GuessCount; ++g) {
        m_tallyLabels[static_cast<std::size_t>(g)]->setFont(tallyFont);
        styleTallyBox(m_tallyBoxes[static_cast<std::size_t>(g)], tallyPixels);
    }
}

// A vote box readable from the back of the room: white field, large digits, and two square arrow
// buttons stacked on the right (each as high as half the field), so the arrows keep their shape.
void PresentationWindow::styleTallyBox(QSpinBox* box, int fontPixels)
{
    QFont f = font();
    f.setPixelSize(fontPixels);
    box->setFont(f);
    const int border = std::max(2, fontPixels / 10);
    const int button = std::max(12, fontPixels * 4 / 5); // two buttons: a box 1.6 times the text height
    const int arrow = std::max(6, button / 2);
    const QString sheet =
        QStringLiteral(
            "QSpinBox { color: #000000; background: #ffffff; border: %1px solid %5; border-radius: 4px;"
            "  padding: 0px %6px 0px %7px; min-height: %2px; }"
            "QSpinBox:focus { border-color: %8; background: #fffbe0; }"
            "QSpinBox::up-button { subcontrol-origin: border; subcontrol-position: top right; width: %3px;"
            "  height: %3px; margin: %1px %1px 0px 0px; background: #dde4ec; border: none;"
            "  border-left: 1px solid #7d8a99; border-bottom: 1px solid #7d8a99; }"
            "QSpinBox::down-button { subcontrol-origin: border; subcontrol-position: bottom right; width: %3px;"
            "  height: %3px; margin: 0px %1px %1px 0px; background: #dde4ec; border: none;"
            "  border-left: 1px solid #7d8a99; }"
            "QSpinBox::up-button:pressed, QSpinBox::down-button:pressed { background: #b9c6d4; }"
            "QSpinBox::up-arrow, QSpinBox::down-arrow { image: none; width: %4px; height: %4px; }")
            .arg(border)
            .arg(2 * button)
            .arg(button)
            .arg(arrow)
            .arg(QLatin1String(kMuted))
            .arg(button + fontPixels / 3)
            .arg(fontPixels / 3)
            .arg(QLatin1String(kAccent));
    if (box->styleSheet() != sheet)
        box->setStyleSheet(sheet);
    const QSize hint = box->sizeHint();
    box->setFixedSize(
        std::max(hint.width(), QFontMetrics(f).horizontalAdvance(QStringLiteral("9999")) + button + fontPixels),
        std::max(hint.height(), 2 * button + 2 * border));
}

QString PresentationWindow::verdictHtml(const Outcome& o) const
{
    const int px = m_base * 3 / 2;
    QString colour = QLatin1String(kLevel1);
    QString text = tr("✔ Schutzstufe %1").arg(o.level);
    if (o.blocked) {
        colour = QLatin1String(kBlocked);
        text = tr("✖ Nicht zulässig");
    } else if (o.escalate) {
        colour = QLatin1String(kEscalate);
        text = tr("⚠ Schutzstufe %1 – Rücksprache nötig").arg(o.level);
    } else if (o.level >= 2) {
        colour = QLatin1String(kLevel2);
        text = tr("● Schutzstufe %1 – nur freigegebene Dienste").arg(o.level);
    }
    return QStringLiteral("<p style=\"font-size:%1px; font-weight:bold; color:%2;\">%3</p>")
        .arg(px)
        .arg(colour, esc(text));
}

QString PresentationWindow::situationHtml(const DemoScenario& s) const
{
    const int title = m_base * 3 / 2;
    const UseCase* u = m_pack.useCase(s.useCase);
    return QStringLiteral("<p style=\"font-size:%1px; font-weight:bold; color:%2;\">%3</p>"
                          "<p style=\"color:%4;\">%5</p><p>%6</p>")
        .arg(title)
        .arg(QLatin1String(kAccent), esc(s.title), QLatin1String(kMuted),
             esc(tr("Anwendungsfall: %1").arg(u ? u->title : s.useCase)), esc(s.situation));
}

QString PresentationWindow::questionHtml(const DemoScenario& s) const
{
    const int title = m_base * 3 / 2;
    return QStringLiteral("<p style=\"font-size:%1px; font-weight:bold; color:%2;\">%3</p>"
                          "<p style=\"color:%4;\">%5</p>")
        .arg(title)
        .arg(QLatin1String(kAccent), esc(s.question), QLatin1String(kMuted),
             esc(tr("Was meinen Sie? Wer sagt Schutzstufe 1, wer Schutzstufe 2 – oder braucht es eine Rücksprache, "
                    "oder ist es gar nicht zulässig? Zählen Sie die Handzeichen und tippen Sie sie unten ein.")));
}

QString PresentationWindow::answerHtml(const DemoScenario& s, const Outcome& o) const
{
    QStringList yes;
    for (const kilotse::Question& q : m_pack.questions) {
        const QString answer = s.answers.value(q.id);
        if (q.effectiveAnswer(answer) == QLatin1String("yes")) {
            const AnswerOption* option = q.option(answer);
            yes << QStringLiteral("%1: <b>%2</b>").arg(esc(q.title), esc(option ? option->label : answer));
        }
    }
    QString html = verdictHtml(o);
    html += QStringLiteral("<p>%1</p>").arg(esc(s.reveal));
    html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(QLatin1String(kMuted),
                     yes.isEmpty() ? esc(tr("Eine sorgfältige Sachbearbeiterin beantwortet alle Fragen mit „Nein“."))
                                   : esc(tr("Mit „Ja“ beantwortet: ")) + yes.join(QStringLiteral(" · ")));
    return html;
}

QString PresentationWindow::resultHtml(const DemoScenario& s, const Outcome& o) const
{
    QString html = verdictHtml(o);
    const AnswerSet answers = demoAnswers(s);
    QString tools;
    if (o.blocked) {
        tools = tr("keine – diese Nutzung ist mit keinem Werkzeug erlaubt");
    } else if (!m_registry) {
        tools = tr("(kein Verzeichnis der KI-Dienste verfügbar)");
    } else {
        const ToolsForCheck offers = toolsForOutcome(*m_registry, m_pack, answers, o, QDate::currentDate(), false);
        QStringList names;
        for (const ToolOffer& offer : offers.offered)
            names << offer.service.name;
        if (o.level <= 1)
            tools = tr("frei wählbar, z. B. %1")
                        .arg(names.isEmpty() ? tr("jedes dienstlich zugelassene Werkzeug")
                                             : names.mid(0, 3).join(QStringLiteral(", ")));
        else
            tools = names.isEmpty() ? tr("kein Dienst im Verzeichnis freigegeben – KI-Beauftragte fragen")
                                    : names.mid(0, 4).join(QStringLiteral(", "));
        if (o.escalate) // Rücksprache first: nothing is "allowed" yet
            tools = tr("erst nach der Rücksprache – %1").arg(tools);
    }
    QStringList rules;
    for (const GuidanceRule* r : rulesForCheck(m_pack, answers, o).mid(0, 3))
        rules << QStringLiteral("• ") + esc(r->title);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Erlaubte Werkzeuge:")), esc(tools));
    if (!rules.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(esc(tr("Wichtigste Regeln:")), rules.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p style=\"color:%1;\"><b>%2</b> %3</p>")
                .arg(QLatin1String(kAccent), esc(tr("Merksatz:")), esc(s.teachingPoint));
    if (!s.discussion.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\">%2 %3</p>")
                    .arg(QLatin1String(kMuted), esc(tr("Zur Diskussion:")), esc(s.discussion));
    return html;
}

int PresentationWindow::summaryPageCount() const
{
    return std::max(1, static_cast<int>((m_scenarios.size() + kSummaryRows - 1) / kSummaryRows));
}

QString PresentationWindow::summaryHtml() const
{
    const int title = m_base * 3 / 2;
    const int small = std::max(12, m_base * 8 / 10);
    const int pages = summaryPageCount();
    QString heading = tr("Zusammenfassung");
    if (pages > 1)
        heading += QStringLiteral(" (%1/%2)").arg(m_step + 1).arg(pages);
    QString html = QStringLiteral("<p style=\"font-size:%1px; font-weight:bold; color:%2;\">%3</p>")
                       .arg(title)
                       .arg(QLatin1String(kAccent), esc(heading));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" style=\"font-size:%1px;\">").arg(small);
    int right = 0;
    int votes = 0;
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        const Outcome& o = m_outcomes.at(i);
        const auto& t = m_tallies.at(i);
        const int total = t[0] + t[1] + t[2] + t[3];
        const int correct = t[static_cast<std::size_t>(correctGuess(o))];
        right += correct;
        votes += total;
        if (i / kSummaryRows != m_step)
            continue;
        const QString verdict =
            o.blocked ? tr("✖ nicht zulässig")
                      : (o.escalate ? tr("⚠ Stufe %1, Rücksprache").arg(o.level) : tr("Stufe %1").arg(o.level));
        html += QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td width=\"20%\" style=\"color:%2;\">%3</td>"
                               "<td>%4</td><td style=\"color:%5;\">%6</td></tr>")
                    .arg(esc(m_scenarios.at(i).title), QLatin1String(kAccent), esc(verdict),
                         esc(m_scenarios.at(i).teachingPoint), QLatin1String(kMuted),
                         total > 0 ? esc(tr("%1 von %2 richtig").arg(correct).arg(total)) : QString());
    }
    html += QStringLiteral("</table>");
    if (votes > 0 && m_step == pages - 1)
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(QLatin1String(kMuted),
                         esc(tr("Insgesamt %1 von %2 Einschätzungen lagen richtig.").arg(right).arg(votes)));
    return html;
}

// The largest type that lets the slide fit: from the size the window's height suggests down to
// kMinimumBodyPixels, so a long slide gets smaller type instead of being cut off.
void PresentationWindow::render()
{
    if (m_rendering)
        return;
    m_rendering = true;
    m_base = nominalBase();
    for (;;) {
        applyFonts();
        renderContent();
        m_layout->invalidate();
        m_layout->activate();
        if (m_base <= kMinimumBodyPixels || slideFits())
            break;
        m_base = std::max(kMinimumBodyPixels, std::min(m_base - 1, m_base * 92 / 100));
    }
    m_rendering = false;
}

bool PresentationWindow::slideFits() const
{
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->isHidden() || !label->isVisibleTo(this))
            continue;
        if (label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                              : label->sizeHint().width() > label->width())
            return false;
    }
    const QSize needed = m_layout->totalMinimumSize();
    return needed.width() <= width() && needed.height() <= height();
}

void PresentationWindow::renderContent()
{
    const bool summary = isSummary();
    const int count = static_cast<int>(m_scenarios.size());
    static const QStringList stepNames{tr("Situation"), tr("Frage"), tr("Auflösung"), tr("Ergebnis")};
    if (summary) {
        m_header->setText(esc(tr("Workshop · Zusammenfassung")));
        m_body->setText(summaryHtml());
        m_tallyRow->setVisible(false);
        m_footer->setText(m_step + 1 < summaryPageCount() ? tr("Leertaste / → weiter   ·   ← zurück   ·   Esc beenden")
                                                          : tr("Leertaste / Esc beenden   ·   ← zurück"));
        setFocus();
        return;
    }
    const DemoScenario& s = m_scenarios.at(m_scenario);
    const Outcome& o = m_outcomes.at(m_scenario);
    QStringList steps;
    for (int k = 0; k < StepCount; ++k)
        steps << (k == m_step
                      ? QStringLiteral("<b style=\"color:%1;\">%2</b>").arg(QLatin1String(kAccent), esc(stepNames[k]))
                      : esc(stepNames[k]));
    m_header->setText(esc(tr("Szenario %1 von %2 · %3").arg(m_scenario + 1).arg(count).arg(s.title)) +
                      QStringLiteral("&nbsp;&nbsp;&nbsp;") + steps.join(QStringLiteral(" → ")));
    switch (m_step) {
    case Situation:
        m_body->setText(situationHtml(s));
        break;
    case Question:
        m_body->setText(questionHtml(s));
        break;
    case Answer:
        m_body->setText(answerHtml(s, o));
        break;
    default:
        m_body->setText(resultHtml(s, o));
        break;
    }
    const bool showTally = m_step == Question || m_step == Result;
    m_tallyRow->setVisible(showTally);
    const int correct = correctGuess(o);
    for (int g = 0; g < GuessCount; ++g) {
        QSpinBox* box = m_tallyBoxes[static_cast<std::size_t>(g)];
        const QSignalBlocker block(box);
        box->setValue(m_tallies[m_scenario][static_cast<std::size_t>(g)]);
        box->setReadOnly(m_step == Result);
        QLabel* label = m_tallyLabels[static_cast<std::size_t>(g)];
        const QString name = label->text().remove(QStringLiteral("✔ "));
        label->setText(m_step == Result && g == correct ? QStringLiteral("✔ ") + name : name);
        label->setStyleSheet(m_step == Result && g == correct
                                 ? QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kAccent))
                                 : QString());
    }
    m_footer->setText(tr("Leertaste / → weiter   ·   ← zurück   ·   Esc beenden"));
    if (m_step == Question) {
        m_tallyBoxes[0]->setFocus(Qt::TabFocusReason);
        m_tallyBoxes[0]->selectAll(); // typing a count replaces the 0
    } else
        setFocus();
}

QString PresentationWindow::slideText() const
{
    return QTextDocumentFragment::fromHtml(m_body->text()).toPlainText();
}

} // namespace kilotse::gui
