#include "TemplatesPage.h"

#include "ContentModels.h"
#include "Theme.h"
#include "registry/Tools.h"
#include "ui_templatespage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace kilotse::gui {

namespace {

// A label of the template form that QFormLayout never cuts off when it wraps. QFormLayout sizes a
// label's row by heightForWidth(label column), but gives the label itself only min(label column,
// size hint width) and at most 7/4 of its size hint's height; a wrapped QLabel's own size hint
// (its text wrapped to a quarter of 80 characters) disagrees with both, and a label that wrapped
// differently than its hint said ("Anzahl der Bühnenformate *:", "Duration in minutes *:") was cut
// off at the top and the bottom. Here the hint is the text on one line (at most kMaxEms wide), and
// its height the height at the narrowest width, so neither limit bites; the text sits at the top
// of its row, level with the field.
class FormLabel : public QLabel
{
public:
    FormLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    QSize sizeHint() const override
    {
        static constexpr int kMaxEms = 18;
        const QMargins m = contentsMargins();
        const int oneLine = fontMetrics().horizontalAdvance(text()) + m.left() + m.right() + 2 * margin() + 4;
        const int width =
            std::max(minimumSizeHint().width(), std::min(oneLine, fontMetrics().horizontalAdvance(u'M') * kMaxEms));
        return {width, std::max(heightForWidth(width), minimumSizeHint().height())};
    }
};

} // namespace

TemplatesPage::TemplatesPage(const PolicyPack& pack, const Registry* registry, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TemplatesPage>()), m_pack(pack), m_registry(registry)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->templateTitleLabel, 1.4, true);
    m_ui->useCaseComboBox->addItem(tr("Alle Anwendungsfälle"), QString());
    for (const UseCase& u : pack.useCases)
        m_ui->useCaseComboBox->addItem(u.title, u.id);
    m_ui->levelComboBox->addItem(tr("Alle Vorlagen"), 0);
    m_ui->levelComboBox->addItem(tr("Nur ohne personenbezogene Angaben (Schutzstufe 1)"), 1);

    m_model = new TemplateListModel(pack, this);
    m_filter = new TemplateFilterModel(pack, this);
    m_filter->setSourceModel(m_model);
    m_ui->templateListView->setModel(m_filter);
    m_ui->templateListView->setWordWrap(true);
    m_ui->templateListView->setSpacing(2);
    m_ui->templateListView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->templateListView->setResizeMode(QListView::Adjust);
    m_ui->templatesSplitter->setStretchFactor(0, 1);
    m_ui->templatesSplitter->setStretchFactor(1, 3);
    m_ui->templatesSplitter->setSizes({300, 800});
    m_ui->previewPlainTextEdit->setTabChangesFocus(true);
    m_ui->warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff1db; border: 2px solid #a35200; "
                                                     "border-radius: 4px; padding: 6px; color: #1a1a1a; }"));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &TemplatesPage::applyFilter);
    connect(m_ui->useCaseComboBox, &QComboBox::currentIndexChanged, this, &TemplatesPage::applyFilter);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &TemplatesPage::applyFilter);
    connect(m_ui->templateListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplatesPage::showTemplate);
    connect(m_ui->fillExampleButton, &QPushButton::clicked, this, &TemplatesPage::fillExamples);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_lastFill.ok())
            QGuiApplication::clipboard()->setText(m_lastFill.text);
    });
    // Open in a permitted tool: the prompt goes to the clipboard (nothing is sent anywhere by KI-Lotse).
    connect(m_ui->openToolButton, &QPushButton::clicked, this, [this] {
        const QUrl url(m_ui->toolComboBox->currentData().toString());
        if (!m_lastFill.ok() || !url.isValid())
            return;
        QGuiApplication::clipboard()->setText(m_lastFill.text);
        QDesktopServices::openUrl(url);
    });
    m_ui->toolComboBox->setVisible(m_registry != nullptr);
    m_ui->openToolButton->setVisible(m_registry != nullptr);
    applyFilter();
    if (m_filter->rowCount() > 0)
        m_ui->templateListView->setCurrentIndex(m_filter->index(0, 0));
    showTemplate();
}

TemplatesPage::~TemplatesPage() = default;

void TemplatesPage::applyFilter()
{
    m_filter->setFilter(TemplateFilter{m_ui->searchLineEdit->text(), m_ui->useCaseComboBox->currentData().toString(),
                                       m_ui->levelComboBox->currentData().toInt()});
}

void TemplatesPage::selectTemplate(const QString& templateId)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const PromptTemplate* t = m_model->promptTemplate(m_filter->mapToSource(m_filter->index(row, 0)));
            if (t && t->id == templateId) {
                m_ui->templateListView->setCurrentIndex(m_filter->index(row, 0));
                return;
            }
        }
        m_ui->searchLineEdit->clear();
        m_ui->useCaseComboBox->setCurrentIndex(0);
        m_ui->levelComboBox->setCurrentIndex(0);
    }
}

void TemplatesPage::showTemplate()
{
    const PromptTemplate* t = m_model->promptTemplate(m_filter->mapToSource(m_ui->templateListView->currentIndex()));
    if (t == m_current && t)
        return;
    m_current = t;
    m_ui->formContent->setEnabled(t != nullptr);
    if (!t) {
        m_ui->templateTitleLabel->setText(tr("Keine Vorlage ausgewählt"));
        m_ui->purposeLabel->clear();
        m_ui->hintsLabel->clear();
        buildForm();
        updatePreview();
        return;
    }
    const UseCase* u = m_pack.useCase(t->useCase);
    m_ui->templateTitleLabel->setText(t->title);
    m_ui->purposeLabel->setText(
        t->purpose + QStringLiteral("\n") +
        tr("Anwendungsfall: %1 · Quelle: %2").arg(u ? u->title : t->useCase, m_pack.citation(t->source)));
    QString hints;
    if (!t->followUps.isEmpty()) {
        hints += QStringLiteral("<p><b>") + tr("Nachfragen, um das Ergebnis zu verbessern:") +
                 QStringLiteral("</b></p><ul>");
        for (const QString& f : t->followUps)
            hints += QStringLiteral("<li>") + f.toHtmlEscaped() + QStringLiteral("</li>");
        hints += QStringLiteral("</ul>");
    }
    if (!t->qualityChecks.isEmpty()) {
        hints += QStringLiteral("<p><b>") + tr("Prüfen Sie das Ergebnis:") + QStringLiteral("</b></p><ul>");
        for (const QString& q : t->qualityChecks)
            hints += QStringLiteral("<li>") + q.toHtmlEscaped() + QStringLiteral("</li>");
        hints += QStringLiteral("</ul>");
    }
    m_ui->hintsLabel->setText(hints);
    buildForm();
    updatePreview();
}

void TemplatesPage::buildForm()
{
    while (m_ui->fieldsLayout->rowCount() > 0)
        m_ui->fieldsLayout->removeRow(0);
    m_editors.clear();
    if (!m_current)
        return;
    for (const Placeholder& p : m_current->placeholders) {
        QWidget* editor = nullptr;
        const QString example = p.example.isEmpty() ? QString() : tr("z. B. %1").arg(p.example.section(u'\n', 0, 0));
        switch (p.type) {
        case Placeholder::Type::Multiline: {
            auto* edit = new QPlainTextEdit(m_ui->fieldsBox);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(example);
            edit->setMinimumHeight(70);
            edit->setMaximumHeight(140);
            connect(edit, &QPlainTextEdit::textChanged, this, &TemplatesPage::updatePreview);
            editor = edit;
            break;
        }
        case Placeholder::Type::Choice: {
            auto* box = new QComboBox(m_ui->fieldsBox);
            box->addItem(tr("– bitte wählen –"), QString());
            for (const QString& c : p.choices)
                box->addItem(c, c);
            connect(box, &QComboBox::currentIndexChanged, this, &TemplatesPage::updatePreview);
            editor = box;
            break;
        }
        default: {
            auto* edit = new QLineEdit(m_ui->fieldsBox);
            edit->setPlaceholderText(p.type == Placeholder::Type::Date ? tr("TT.MM.JJJJ") : example);
            edit->setMaxLength(static_cast<int>(kMaxPlaceholderValue));
            connect(edit, &QLineEdit::textChanged, this, &TemplatesPage::updatePreview);
            editor = edit;
            break;
        }
        }
        editor->setObjectName(p.name + QStringLiteral("Field"));
        editor->setToolTip(Qt::convertFromPlainText(p.help));
        editor->setAccessibleName(p.label);
        editor->setAccessibleDescription(p.help.trimmed().isEmpty() ? tr("Wert für den Platzhalter „%1“").arg(p.label)
                                                                    : p.help);
        QString labelText = p.label;
        if (p.required)
            labelText += QStringLiteral(" *");
        if (p.personalData)
            labelText += QStringLiteral(" ") + tr("(ggf. personenbezogen)");
        auto* label = new FormLabel(labelText + u':', m_ui->fieldsBox);
        label->setBuddy(editor);
        setPlainToolTip(label, p.help);
        m_ui->fieldsLayout->addRow(label, editor);
        m_editors.insert(p.name, editor);
    }
    if (m_current->placeholders.isEmpty())
        m_ui->fieldsLayout->addRow(new QLabel(tr("Diese Vorlage hat keine Felder."), m_ui->fieldsBox));
}

QMap<QString, QString> TemplatesPage::values() const
{
    QMap<QString, QString> result;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            result.insert(it.key(), line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            result.insert(it.key(), text->toPlainText());
        else if (auto* box = qobject_cast<QComboBox*>(it.value()))
            result.insert(it.key(), box->currentData().toString());
    }
    return result;
}

bool TemplatesPage::setFieldValue(const QString& name, const QString& value)
{
    QWidget* editor = m_editors.value(name);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value);
    else if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(std::max(0, box->findData(value)));
    else
        return false;
    return true;
}

QString TemplatesPage::previewText() const
{
    return m_ui->previewPlainTextEdit->toPlainText();
}

void TemplatesPage::fillExamples()
{
    if (!m_current)
        return;
    for (const Placeholder& p : m_current->placeholders)
        setFieldValue(p.name, p.example);
}

QString TemplatesPage::problemText(const Diagnostic& problem) const
{
    const QString name = problem.pointer.section(u'/', -1);
    const Placeholder* p = m_current ? m_current->placeholder(name) : nullptr;
    const QString label = p ? p->label : name;
    if (problem.code == QLatin1String("missing-value"))
        return tr("„%1“ fehlt noch.").arg(label);
    if (problem.code == QLatin1String("multiline-in-text"))
        return tr("„%1“ darf nur eine Zeile lang sein.").arg(label);
    if (problem.code == QLatin1String("too-long"))
        return tr("„%1“ ist zu lang.").arg(label);
    if (problem.code == QLatin1String("not-a-number"))
        return tr("„%1“ erwartet eine Zahl.").arg(label);
    if (problem.code == QLatin1String("out-of-range"))
        return tr("„%1“ muss zwischen %2 und %3 liegen.")
            .arg(label, p && p->min ? QLocale().toString(*p->min) : QStringLiteral("–"),
                 p && p->max ? QLocale().toString(*p->max) : QStringLiteral("–"));
    if (problem.code == QLatin1String("not-a-date"))
        return tr("„%1“ erwartet ein Datum (TT.MM.JJJJ).").arg(label);
    if (problem.code == QLatin1String("not-a-choice"))
        return tr("„%1“: Bitte einen der Einträge wählen.").arg(label);
    return tr("„%1“ ist ungültig.").arg(label);
}

void TemplatesPage::updateTools(int level)
{
    if (!m_registry || !m_current)
        return;
    const QString key = QString::number(level) + u'|' + m_current->useCase;
    if (key != m_toolsKey) { // the registry is read only when level or use case change, not per keystroke
        m_toolsKey = key;
        m_ui->toolComboBox->clear();
        const ToolsForCheck tools =
            toolsForCheck(*m_registry, m_pack, level, m_current->useCase, level >= 2, QDate::currentDate(), false);
        for (const ToolOffer& offer : tools.offered)
            if (!offer.service.accessUrl.isEmpty())
                m_ui->toolComboBox->addItem(offer.service.name, offer.service.accessUrl);
        if (m_ui->toolComboBox->count() == 0)
            m_ui->toolComboBox->addItem(tr("kein freigegebener Dienst für Stufe %1").arg(level), QString());
    }
    m_ui->openToolButton->setEnabled(m_lastFill.ok() && !m_ui->toolComboBox->currentData().toString().isEmpty());
}

void TemplatesPage::updatePreview()
{
    if (!m_current) {
        m_lastFill = {};
        m_ui->previewPlainTextEdit->clear();
        m_ui->warningLabel->hide();
        m_ui->problemsLabel->clear();
        m_ui->copyButton->setEnabled(false);
        m_ui->openToolButton->setEnabled(false);
        return;
    }
    m_lastFill = fillTemplate(*m_current, values());
    m_ui->previewPlainTextEdit->setPlainText(m_lastFill.text);
    QStringList problems;
    for (const Diagnostic& d : m_lastFill.problems)
        problems << problemText(d);
    m_ui->problemsLabel->setText(problems.join(u' '));
    m_ui->copyButton->setEnabled(m_lastFill.ok());
    QStringList fields;
    for (const QString& name : m_lastFill.personalDataFields)
        if (const Placeholder* p = m_current->placeholder(name))
            fields << p->label;
    m_ui->warningLabel->setVisible(!fields.isEmpty());
    updateTools(m_lastFill.needsLevel2() ? 2 : 1);
    m_ui->warningLabel->setText(tr("⚠ Mit diesem Inhalt gilt Schutzstufe 2: „%1“ kann personenbezogene Daten "
                                   "enthalten. Nutzen Sie dafür nur einen freigegebenen Dienst.")
                                    .arg(fields.join(QStringLiteral("“, „"))));
}

} // namespace kilotse::gui
