#include "UseCasePage.h"

#include "Theme.h"
#include "ui_usecasepage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextDocument>

namespace kilotse::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

UseCasePage::UseCasePage(const PolicyPack& pack, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UseCasePage>()), m_pack(pack)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->headingLabel, 1.6, true);
    // The number of questions is the pack's (a municipal pack may add its own).
    m_ui->introLabel->setText(m_ui->introLabel->text().arg(pack.questions.size()));
    for (const UseCase& useCase : pack.useCases) {
        auto* item = new QListWidgetItem(useCase.title, m_ui->useCaseListWidget);
        item->setData(IdRole, useCase.id);
        item->setToolTip(Qt::convertFromPlainText(useCase.description));
        item->setData(Qt::AccessibleDescriptionRole, useCase.description); // plain, not the tooltip's HTML
    }
    // Room above and below each entry, so umlauts on capitals ("Ü") are never clipped.
    m_ui->useCaseListWidget->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 6px; }"));
    m_ui->useCaseListWidget->setCurrentRow(-1);
    m_ui->headingLabel->setBuddy(m_ui->useCaseListWidget);
    // The draft check answers the data questions from the text itself.
    auto* draftRow = new QHBoxLayout;
    auto* draftButton = new QPushButton(tr("&Entwurf prüfen …"), this);
    draftButton->setObjectName(QStringLiteral("draftCheckButton"));
    draftButton->setAccessibleDescription(
        tr("Den geplanten Text auf personenbezogene Daten und Geheimhaltungsvermerke prüfen lassen"));
    auto* draftHint = new QLabel(tr("Sie haben den Text schon? KI-Lotse erkennt darin Namen, Kennnummern und Vermerke "
                                    "und schlägt die Antworten vor."),
                                 this);
    draftHint->setWordWrap(true);
    draftRow->addWidget(draftButton);
    draftRow->addWidget(draftHint, 1);
    m_ui->useCaseLayout->insertLayout(2, draftRow);
    connect(draftButton, &QPushButton::clicked, this, &UseCasePage::draftCheckRequested);
    connect(m_ui->useCaseListWidget, &QListWidget::itemSelectionChanged, this, [this] {
        showDetails();
        Q_EMIT selectionChanged();
    });
    showDetails();
}

UseCasePage::~UseCasePage() = default;

QString UseCasePage::selectedUseCase() const
{
    const QListWidgetItem* item = m_ui->useCaseListWidget->currentItem();
    return item && item->isSelected() ? item->data(IdRole).toString() : QString();
}

void UseCasePage::setSelectedUseCase(const QString& id)
{
    for (int row = 0; row < m_ui->useCaseListWidget->count(); ++row) {
        if (m_ui->useCaseListWidget->item(row)->data(IdRole).toString() == id) {
            m_ui->useCaseListWidget->setCurrentRow(row);
            return;
        }
    }
    // Room above and below each entry, so umlauts on capitals ("Ü") are never clipped.
    m_ui->useCaseListWidget->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 6px; }"));
    m_ui->useCaseListWidget->setCurrentRow(-1);
    m_ui->useCaseListWidget->clearSelection();
}

void UseCasePage::focusFirstInput()
{
    m_ui->useCaseListWidget->setFocus(Qt::OtherFocusReason);
}

void UseCasePage::showDetails()
{
    const UseCase* useCase = m_pack.useCase(selectedUseCase());
    if (!useCase) {
        m_ui->useCaseDescriptionLabel->setText(
            tr("Wählen Sie links einen Anwendungsfall, um seine Beschreibung und Beispiele zu sehen."));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(useCase->title.toHtmlEscaped(), useCase->description.toHtmlEscaped());
    if (!useCase->examples.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Beispiele:") + QStringLiteral("</p><ul>");
        for (const QString& example : useCase->examples)
            html += QStringLiteral("<li>") + example.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    m_ui->useCaseDescriptionLabel->setText(html);
}

} // namespace kilotse::gui
