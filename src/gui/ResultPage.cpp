#include "ResultPage.h"

#include "RegistryModels.h"
#include "Theme.h"
#include "content/Guidance.h"
#include "registry/Tools.h"
#include "ui_resultpage.h"

#include <QCheckBox>
#include <QDate>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QUrl>

namespace kilotse::gui {

namespace {
QString bulletList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
} // namespace

ResultPage::ResultPage(const PolicyPack& pack, const Registry* registry, const QString& registryProblem,
                       QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResultPage>()), m_pack(pack), m_registry(registry),
      m_registryProblem(registryProblem)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->verdictTitleLabel, 2.2, true);
    scaleFont(m_ui->verdictSubtitleLabel, 1.3, true);
    scaleFont(m_ui->verdictSymbolLabel, 3.0, true);
    m_ui->verdictFrame->setAccessibleName(tr("Ergebnis der Prüfung"));
    m_ui->verdictFrame->setFocusPolicy(Qt::StrongFocus);
    connect(m_ui->labelButton, &QPushButton::clicked, this, &ResultPage::labelRequested);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &ResultPage::recordRequested);
    connect(m_ui->excludedButton, &QPushButton::toggled, m_ui->excludedLabel, &QWidget::setVisible);
}

ResultPage::~ResultPage() = default;

void ResultPage::focusFirstInput()
{
    m_ui->verdictFrame->setFocus(Qt::OtherFocusReason);
}

void ResultPage::showOutcome(const Check& check)
{
    const AnswerSet& answers = check.answers();
    const Outcome& outcome = check.outcome().value();
    const LevelText* level = m_pack.level(outcome.level);
    const QString levelTitle = level ? level->title : tr("Stufe %1").arg(outcome.level);

    QString title;
    QString subtitle;
    QString symbol;
    QStringList summaries;
    QStringList steps;
    VerdictTone tone = VerdictTone::Level1;
    if (outcome.blocked) {
        title = m_pack.blocked.title;
        subtitle = tr("Diese Nutzung ist nicht erlaubt.");
        symbol = QStringLiteral("✖"); // in DejaVu Sans, unlike U+26D4
        summaries << m_pack.blocked.summary;
        steps = m_pack.blocked.nextSteps;
        tone = VerdictTone::Blocked;
    } else {
        title = levelTitle;
        symbol = QString::number(outcome.level);
        tone = outcome.level >= 2 ? VerdictTone::Level2 : VerdictTone::Level1;
        if (outcome.escalate) {
            subtitle = tr("%1 – vor der Nutzung klären").arg(m_pack.escalate.title);
            summaries << m_pack.escalate.summary;
            steps = m_pack.escalate.nextSteps;
            tone = VerdictTone::Escalate;
            symbol += u'!';
        } else {
            subtitle = outcome.level >= 2 ? tr("Nur freigegebene Dienste verwenden.")
                                          : tr("Freie Wahl des Werkzeugs – die Grundsätze der Verwaltung gelten.");
        }
        if (level) {
            summaries << level->summary;
            steps += level->nextSteps;
        }
    }
    m_ui->verdictTitleLabel->setText(title);
    m_ui->verdictSubtitleLabel->setText(subtitle);
    m_ui->verdictSymbolLabel->setText(symbol);
    // Read as the verdict, not as a lone "2".
    m_ui->verdictSymbolLabel->setAccessibleName(title);
    QString summaryHtml;
    for (const QString& s : summaries)
        summaryHtml += QStringLiteral("<p>") + s.toHtmlEscaped() + QStringLiteral("</p>");
    m_ui->summaryLabel->setText(summaryHtml);
    styleVerdictFrame(m_ui->verdictFrame, tone);
    m_ui->verdictFrame->setAccessibleDescription(title + QStringLiteral(". ") + subtitle);

    m_ui->nextStepsBox->setVisible(!steps.isEmpty());
    m_ui->nextStepsLabel->setText(bulletList(steps));

    QString reasons;
    if (outcome.reasons.isEmpty())
        reasons = QStringLiteral("<p>") +
                  tr("Keine Regel verlangt mehr als die Grundstufe: Ihre Antworten enthalten weder "
                     "personenbezogene Daten noch Geheimnisse.") +
                  QStringLiteral("</p>");
    for (const Reason& r : outcome.reasons) {
        QStringList effect;
        if (r.effect.blocked)
            effect << tr("nicht zulässig");
        if (r.effect.escalate)
            effect << tr("Rücksprache");
        if (r.effect.level > 0) {
            const LevelText* l = m_pack.level(r.effect.level);
            effect << (l ? l->title : tr("Stufe %1").arg(r.effect.level));
        }
        reasons += QStringLiteral("<p><b>%1</b> <span>(%2)</span><br>")
                       .arg(r.text.toHtmlEscaped(), effect.join(QStringLiteral(", ")).toHtmlEscaped());
        for (const Trigger& t : r.triggers) {
            const Question* q = m_pack.question(t.questionId);
            if (!q)
                continue;
            const AnswerOption* chosen = q->option(t.answer);
            QString answer = chosen ? chosen->label : t.answer;
            if (const AnswerOption* counted = q->option(t.countsAs))
                answer = tr("%1 (zählt als „%2“)").arg(answer, counted->label);
            reasons += tr("Ausgelöst durch: %1 – %2").arg(q->title, answer).toHtmlEscaped() + QStringLiteral("<br>");
        }
        if (const UseCase* u = m_pack.useCase(r.useCase))
            reasons += tr("Anwendungsfall: %1").arg(u->title).toHtmlEscaped() + QStringLiteral("<br>");
        if (!r.advice.isEmpty())
            reasons += tr("Was tun: %1").arg(r.advice).toHtmlEscaped() + QStringLiteral("<br>");
        reasons += QStringLiteral("<i>") + tr("Quelle: %1").arg(m_pack.citation(r.source)).toHtmlEscaped() +
                   QStringLiteral("</i></p>");
    }
    m_ui->reasonsLabel->setText(reasons);

    QString answersHtml = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&answersHtml](const QString& name, const QString& value) {
        answersHtml +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (const UseCase* u = m_pack.useCase(answers.useCase))
        row(tr("Anwendungsfall"), u->title);
    for (const Question& q : m_pack.questions) {
        const AnswerOption* o = q.option(answers.answers.value(q.id));
        row(q.title, o ? o->label : tr("keine Angabe"));
    }
    m_ui->answersLabel->setText(answersHtml + QStringLiteral("</table>"));
    QString policy = tr("Regelwerk: %1, Version %2").arg(m_pack.manifest.title, m_pack.manifest.version);
    if (const QDate asOf = QDate::fromString(m_pack.manifest.legalStatusAsOf, Qt::ISODate); asOf.isValid())
        policy += QStringLiteral(" · ") + tr("Rechtsstand: %1").arg(QLocale().toString(asOf, QLocale::ShortFormat));
    m_ui->policyLabel->setText(policy);
    showTools(check);
    showGuidance(check);
    m_ui->resultScrollArea->verticalScrollBar()->setValue(0);
}

void ResultPage::setRecordBlocker(const QString& reason)
{
    m_ui->recordButton->setEnabled(reason.isEmpty());
    setPlainToolTip(m_ui->recordButton, reason);
    m_ui->recordBlockerLabel->setText(reason.isEmpty() ? QString() : QStringLiteral("⚠ ") + reason);
    m_ui->recordBlockerLabel->setVisible(!reason.isEmpty());
}

void ResultPage::showTools(const Check& check)
{
    const Outcome& outcome = check.outcome().value();
    while (QLayoutItem* item = m_ui->toolsLayout->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_ui->toolsBox->setVisible(!outcome.blocked);
    m_ui->excludedButton->setChecked(false);
    if (outcome.blocked)
        return;
    if (!m_registry) {
        m_ui->toolsNoticeLabel->setText(tr("Das Verzeichnis der freigegebenen Dienste ist nicht verfügbar (%1). "
                                           "Fragen Sie Ihre IT-Administration, welche Dienste freigegeben sind.")
                                            .arg(m_registryProblem));
        m_ui->excludedButton->hide();
        return;
    }
    const ToolsForCheck tools = check.tools(*m_registry);
    const QStringList notice = check.toolNotices(*m_registry, tools);
    const bool onHold = outcome.escalate; // Rücksprache first: the services are shown, not opened
    m_ui->toolsNoticeLabel->setText(notice.join(u'\n'));
    m_ui->toolsNoticeLabel->setVisible(!notice.isEmpty());
    for (const ToolOffer& offer : tools.offered) {
        const Service& s = offer.service;
        auto* row = new QHBoxLayout;
        QString text =
            QStringLiteral("<b>%1</b> – %2, %3")
                .arg(s.name.toHtmlEscaped(), s.vendor.toHtmlEscaped(), locationTitle(s.location).toHtmlEscaped());
        if (!s.restrictions.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Einschränkungen: %1").arg(s.restrictions.join(QStringLiteral(", "))).toHtmlEscaped();
        if (!s.accessRequirements.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Zugang: %1").arg(s.accessRequirements.join(QStringLiteral(", "))).toHtmlEscaped();
        for (const PermissionNote& n : offer.decision.notes)
            text += QStringLiteral("<br>⚠ ") + permissionNoteText(n.code).toHtmlEscaped();
        auto* label = new QLabel(text, m_ui->toolsBox);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("toolLabel"));
        row->addWidget(label, 1);
        auto* open = new QPushButton(onHold ? tr("nach Klärung") : tr("Öffnen"), m_ui->toolsBox);
        open->setObjectName(QStringLiteral("openToolButton"));
        open->setAccessibleName(onHold ? tr("%1: erst nach der Rücksprache").arg(s.name) : tr("%1 öffnen").arg(s.name));
        const QString openHint =
            onHold ? tr("Erst nach der Rücksprache mit der oder dem KI-Beauftragten nutzen.") : s.accessUrl;
        setPlainToolTip(open, openHint);
        open->setEnabled(!onHold && !s.accessUrl.isEmpty());
        const QUrl url(s.accessUrl);
        connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        row->addWidget(open, 0, Qt::AlignTop);
        m_ui->toolsLayout->addLayout(row);
    }
    QString excluded;
    constexpr int kShownExcluded = 40; // a registry may hold thousands; the reasons of the first ones explain enough
    for (const ToolOffer& offer : tools.excluded.mid(0, kShownExcluded)) {
        QStringList reasons;
        for (const PermissionNote& n : offer.decision.notes)
            if (n.excludes)
                reasons << permissionNoteText(n.code);
        excluded += QStringLiteral("<p><b>%1</b>: %2</p>")
                        .arg(offer.service.name.toHtmlEscaped(), reasons.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (tools.excluded.size() > kShownExcluded)
        excluded += QStringLiteral("<p>") + tr("… und %1 weitere.").arg(tools.excluded.size() - kShownExcluded) +
                    QStringLiteral("</p>");
    m_ui->excludedLabel->setText(excluded);
    m_ui->excludedButton->setVisible(!tools.excluded.isEmpty());
}

void ResultPage::showGuidance(const Check& check)
{
    const Outcome& outcome = check.outcome().value();
    // Rebuilt for every outcome; ticks are deliberately not kept (nothing about the work is stored).
    for (QLayout* layout : {m_ui->guidanceLayout, m_ui->templatesLayout}) {
        while (QLayoutItem* item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    const QList<const GuidanceRule*> rules = check.rules();
    m_ui->guidanceBox->setVisible(!rules.isEmpty());
    for (const GuidanceRule* rule : rules) {
        // A check box with a wrapping label beside it: long rules must not be cut off in a narrow window.
        auto* row = new QWidget(m_ui->guidanceBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* box = new QCheckBox(row);
        box->setObjectName(QStringLiteral("guidanceCheckBox"));
        box->setAccessibleName(rule->title);
        box->setAccessibleDescription(rule->priority == 1 ? tr("Besonders wichtig. %1").arg(rule->doText)
                                                          : rule->doText);
        box->setProperty("ruleId", rule->id);
        auto* text = new QLabel(rule->priority == 1 ? tr("Wichtig: %1").arg(rule->doText) : rule->doText, row);
        text->setObjectName(QStringLiteral("guidanceLabel"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setBuddy(box);
        setPlainToolTip(text, rule->explanation + QStringLiteral("\n\n") +
                                  tr("Quelle: %1").arg(m_pack.citation(rule->source)));
        rowLayout->addWidget(box, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_ui->guidanceLayout->addWidget(row);
    }

    const QList<const PromptTemplate*> templates = check.templates();
    m_ui->templatesBox->setVisible(!templates.isEmpty());
    for (const PromptTemplate* t : templates) {
        auto* button = new QPushButton(t->title, m_ui->templatesBox);
        button->setObjectName(QStringLiteral("templateButton"));
        button->setToolTip(Qt::convertFromPlainText(t->purpose)); // described below in plain text
        button->setAccessibleDescription(tr("Öffnet die Vorlage zum Ausfüllen"));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        const QString id = t->id;
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT templateRequested(id); });
        m_ui->templatesLayout->addWidget(button);
    }
    m_ui->labelButton->setVisible(!outcome.blocked && m_pack.labels.has_value());
}

} // namespace kilotse::gui
