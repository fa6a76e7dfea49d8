#include "QuestionPage.h"

#include "Theme.h"
#include "ui_questionpage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>

namespace kilotse::gui {

namespace {
// Puts a mnemonic (&) on the first letter of `label` that is not taken yet.
QString withMnemonic(const QString& label, QString& taken)
{
    QString escaped = label;
    escaped.replace(u'&', QStringLiteral("&&"));
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped[i].toLower();
        if (c.isLetter() && !taken.contains(c) && (i == 0 || escaped[i - 1] != u'&')) {
            taken += c;
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    return escaped;
}
} // namespace

QuestionPage::QuestionPage(const Question& question, const QString& citation, int number, int count,
                           const QString& reservedMnemonics, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::QuestionPage>()), m_question(question)
{
    m_ui->setupUi(this);
    setObjectName(question.id + QStringLiteral("QuestionPage"));
    m_ui->questionTitleLabel->setText(tr("Frage %1 von %2 · %3").arg(number).arg(count).arg(question.title));
    m_ui->questionTextLabel->setText(question.text);
    scaleFont(m_ui->questionTextLabel, 1.45, true);
    m_ui->helpLabel->setText(question.help);

    if (question.examples.isEmpty()) {
        m_ui->examplesLabel->hide();
    } else {
        QString html = QStringLiteral("<p>") + tr("Beispiele:") + QStringLiteral("</p><ul>");
        for (const QString& example : question.examples)
            html += QStringLiteral("<li>") + example.toHtmlEscaped() + QStringLiteral("</li>");
        m_ui->examplesLabel->setText(html + QStringLiteral("</ul>"));
    }
    m_ui->sourceLabel->setText(tr("Quelle: %1").arg(citation));

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    QString taken = reservedMnemonics.toLower();
    for (const AnswerOption& option : question.options) {
        QString text = withMnemonic(option.label, taken);
        QString description = option.label;
        if (const AnswerOption* target = question.option(option.countsAs); target && target != &option) {
            text += tr(" – wird wie „%1“ gewertet").arg(target->label);
            description = tr("%1, wird wie „%2“ gewertet").arg(option.label, target->label);
        }
        auto* button = new QRadioButton(text, m_ui->optionsBox);
        button->setObjectName(option.id + QStringLiteral("RadioButton"));
        button->setProperty("optionId", option.id);
        button->setAccessibleName(option.label);
        button->setAccessibleDescription(description);
        scaleFont(button, 1.15, false);
        m_ui->optionsLayout->addWidget(button);
        m_group->addButton(button);
        m_buttons.append(button);
    }
    m_ui->optionsBox->setAccessibleName(question.text);
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setObjectName(QStringLiteral("detectedHintLabel"));
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setTextFormat(Qt::PlainText);
    m_detectedLabel->setMargin(6);
    m_detectedLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1db; color: #4a2600; border: 1px solid #a35200; }"));
    m_detectedLabel->hide();
    m_ui->questionLayout->insertWidget(m_ui->questionLayout->indexOf(m_ui->optionsBox), m_detectedLabel);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked)
            Q_EMIT answerChanged();
    });
}

QuestionPage::~QuestionPage() = default;

QString QuestionPage::answer() const
{
    const QAbstractButton* checked = m_group->checkedButton();
    return checked ? checked->property("optionId").toString() : QString();
}

void QuestionPage::setAnswer(const QString& optionId)
{
    for (QRadioButton* button : m_buttons) {
        if (button->property("optionId").toString() == optionId) {
            button->setChecked(true);
            return;
        }
    }
    // No option: clear (a QButtonGroup cannot be unchecked while exclusive).
    m_group->setExclusive(false);
    for (QRadioButton* button : m_buttons)
        button->setChecked(false);
    m_group->setExclusive(true);
}

void QuestionPage::setDetectedHint(const QString& text)
{
    m_detectedLabel->setText(text);
    m_detectedLabel->setAccessibleName(text);
    m_detectedLabel->setVisible(!text.isEmpty());
}

void QuestionPage::focusFirstInput()
{
    QAbstractButton* target = m_group->checkedButton();
    if (!target && !m_buttons.isEmpty())
        target = m_buttons.first();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace kilotse::gui
