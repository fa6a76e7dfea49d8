#include "LabelPage.h"

#include "Theme.h"
#include "ui_labelpage.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTabBar>

namespace kilotse::gui {

namespace {
QString involvementTitle(const QString& id)
{
    if (id == QLatin1String("generated"))
        return LabelPage::tr("Vollständig von KI erstellt");
    if (id == QLatin1String("assisted"))
        return LabelPage::tr("KI-Entwurf, von Menschen überarbeitet");
    if (id == QLatin1String("manipulated"))
        return LabelPage::tr("Mit KI verändert (z. B. Bild bearbeitet)");
    if (id == QLatin1String("translated"))
        return LabelPage::tr("Von KI übersetzt");
    if (id == QLatin1String("summarised"))
        return LabelPage::tr("Von KI zusammengefasst");
    if (id == QLatin1String("ideas"))
        return LabelPage::tr("Nur Ideen von KI");
    return id;
}
} // namespace

LabelPage::LabelPage(const PolicyPack& pack, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LabelPage>()), m_pack(pack)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->art50TitleLabel, 1.2, true);
    if (pack.labels)
        for (const QString& id : pack.labels->involvements)
            m_ui->involvementComboBox->addItem(involvementTitle(id), id);
    m_ui->involvementComboBox->setCurrentIndex(
        std::max(0, m_ui->involvementComboBox->findData(QStringLiteral("assisted"))));
    m_ui->mediumComboBox->addItem(tr("Text"), labelMediumId(LabelRequest::Medium::Text));
    m_ui->mediumComboBox->addItem(tr("Bild"), labelMediumId(LabelRequest::Medium::Image));
    m_ui->mediumComboBox->addItem(tr("Tonaufnahme"), labelMediumId(LabelRequest::Medium::Audio));
    m_ui->mediumComboBox->addItem(tr("Video"), labelMediumId(LabelRequest::Medium::Video));
    m_ui->audienceComboBox->addItem(tr("Nur intern"), labelAudienceId(LabelRequest::Audience::Internal));
    m_ui->audienceComboBox->addItem(tr("Einzelne Empfänger (z. B. Schreiben an eine Bürgerin)"),
                                    labelAudienceId(LabelRequest::Audience::Individual));
    m_ui->audienceComboBox->addItem(tr("Veröffentlichung (Website, Presse, Amtsblatt)"),
                                    labelAudienceId(LabelRequest::Audience::Public));
    m_ui->languageComboBox->addItem(tr("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->addItem(tr("Englisch"), QStringLiteral("en"));
    // The label is written in the UI language unless the clerk picks another one.
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(labelLanguage(pack, LabelRequest{}))));
    m_ui->dateEdit->setDate(QDate::currentDate());

    const QList<QPair<LabelFormat, QString>> formats{
        {LabelFormat::Short, tr("Kurz")},        {LabelFormat::Long, tr("Ausführlich")},
        {LabelFormat::Email, tr("E-Mail")},      {LabelFormat::Html, tr("HTML")},
        {LabelFormat::Markdown, tr("Markdown")}, {LabelFormat::JsonLd, tr("JSON-LD")}};
    for (const auto& [format, title] : formats) {
        auto* edit = new QPlainTextEdit(m_ui->formatTabWidget);
        edit->setReadOnly(true);
        edit->setTabChangesFocus(true);
        edit->setObjectName(labelFormatName(format) + QStringLiteral("PreviewEdit"));
        edit->setAccessibleName(tr("Vorschau: %1").arg(title));
        edit->setAccessibleDescription(tr("Der fertige Hinweis in diesem Format, nur zum Lesen; mit „Kopieren“ "
                                          "übernehmen Sie ihn in die Zwischenablage."));
        if (format == LabelFormat::Html || format == LabelFormat::JsonLd || format == LabelFormat::Markdown)
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_ui->formatTabWidget->addTab(edit, title);
        m_previews.insert(format, edit);
    }
    m_ui->formatTabWidget->tabBar()->setAccessibleDescription(
        tr("Wählt das Format des Hinweises, das darunter angezeigt und kopiert wird."));

    for (QLineEdit* edit : {m_ui->toolLineEdit, m_ui->modelLineEdit, m_ui->reviewerLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &LabelPage::update);
    for (QComboBox* box :
         {m_ui->involvementComboBox, m_ui->mediumComboBox, m_ui->audienceComboBox, m_ui->languageComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &LabelPage::update);
    for (QCheckBox* box : {m_ui->deepFakeCheckBox, m_ui->artisticCheckBox})
        connect(box, &QCheckBox::toggled, this, &LabelPage::update);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &LabelPage::update);
    connect(m_ui->publicInterestCheckBox, &QCheckBox::toggled, this, &LabelPage::update);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(m_ui->formatTabWidget->currentWidget()))
            QGuiApplication::clipboard()->setText(edit->toPlainText());
    });
    update();
}

LabelPage::~LabelPage() = default;

void LabelPage::prefill(const LabelRequest& r)
{
    m_ui->involvementComboBox->setCurrentIndex(std::max(0, m_ui->involvementComboBox->findData(r.involvement)));
    m_ui->audienceComboBox->setCurrentIndex(std::max(0, m_ui->audienceComboBox->findData(labelAudienceId(r.audience))));
    m_ui->mediumComboBox->setCurrentIndex(std::max(0, m_ui->mediumComboBox->findData(labelMediumId(r.medium))));
    m_ui->deepFakeCheckBox->setChecked(r.deepFake);
    m_ui->artisticCheckBox->setChecked(r.artistic);
    m_ui->publicInterestCheckBox->setChecked(r.publicInterest);
    if (r.date.isValid())
        m_ui->dateEdit->setDate(r.date);
    if (!r.tool.isEmpty())
        m_ui->toolLineEdit->setText(r.tool);
    update();
}

LabelRequest LabelPage::request() const
{
    LabelRequest r;
    r.tool = m_ui->toolLineEdit->text();
    r.model = m_ui->modelLineEdit->text();
    r.involvement = m_ui->involvementComboBox->currentData().toString();
    r.reviewer = m_ui->reviewerLineEdit->text();
    r.date = m_ui->dateEdit->date();
    r.audience = labelAudienceFromId(m_ui->audienceComboBox->currentData().toString())
                     .value_or(LabelRequest::Audience::Internal);
    r.medium = labelMediumFromId(m_ui->mediumComboBox->currentData().toString()).value_or(LabelRequest::Medium::Text);
    const bool text = r.medium == LabelRequest::Medium::Text;
    r.publicInterest =
        text && r.audience == LabelRequest::Audience::Public && m_ui->publicInterestCheckBox->isChecked();
    r.deepFake = !text && m_ui->deepFakeCheckBox->isChecked();
    r.artistic = r.deepFake && m_ui->artisticCheckBox->isChecked();
    r.language = m_ui->languageComboBox->currentData().toString();
    return r;
}

QString LabelPage::preview(LabelFormat format) const
{
    const QPlainTextEdit* edit = m_previews.value(format);
    return edit ? edit->toPlainText() : QString();
}

void LabelPage::update()
{
    const LabelRequest r = request();
    const bool text = r.medium == LabelRequest::Medium::Text;
    m_ui->publicInterestCheckBox->setEnabled(text && r.audience == LabelRequest::Audience::Public);
    m_ui->publicInterestHintLabel->setEnabled(m_ui->publicInterestCheckBox->isEnabled());
    m_ui->deepFakeCheckBox->setEnabled(!text);
    m_ui->deepFakeHintLabel->setEnabled(!text);
    m_ui->artisticCheckBox->setEnabled(r.deepFake);
    const QStringList problems = checkLabelRequest(m_pack, r);
    if (problems.contains(QStringLiteral("labels-missing"))) {
        m_ui->inputProblemLabel->setText(tr("Das Regelwerk enthält keine Texte für Transparenzhinweise."));
        setEnabled(false);
        return;
    }
    m_ui->inputProblemLabel->setText(problems.contains(QStringLiteral("missing-tool"))
                                         ? tr("Tragen Sie ein, mit welchem Werkzeug das Ergebnis entstanden ist.")
                                         : QString());
    m_ui->copyButton->setEnabled(problems.isEmpty());
    for (auto it = m_previews.cbegin(); it != m_previews.cend(); ++it)
        it.value()->setPlainText(problems.isEmpty() ? renderLabel(m_pack, r, it.key()) : QString());

    m_art50 = assessArt50(m_pack, r);
    m_ui->art50TitleLabel->setText(
        m_art50.legalDuty ? tr("⚠ Gesetzliche Kennzeichnungspflicht (Art. 50 Abs. 4 KI-VO)")
                          : tr("Keine gesetzliche Pflicht nach Art. 50 Abs. 4 KI-VO – interne Regeln beachten"));
    m_ui->art50ReasonLabel->setText(m_art50.reason + QStringLiteral("\n") +
                                    tr("Quelle: %1").arg(m_pack.citation(m_art50.source)));
    m_ui->art50WarningLabel->setText(m_art50.warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + m_art50.warning);
    m_ui->art50WarningLabel->setVisible(!m_art50.warning.isEmpty());
    m_ui->art50Frame->setStyleSheet(
        m_art50.legalDuty || !m_art50.warning.isEmpty()
            ? QStringLiteral("QFrame#art50Frame { background: #fff1db; border: 2px solid #a35200; border-radius: 6px; }"
                             "QFrame#art50Frame QLabel { color: #1a1a1a; }")
            : QStringLiteral("QFrame#art50Frame { background: #e8f0fe; border: 2px solid #1c4f9c; border-radius: 6px; }"
                             "QFrame#art50Frame QLabel { color: #1a1a1a; }"));
}

} // namespace kilotse::gui
