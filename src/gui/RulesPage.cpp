#include "RulesPage.h"

#include "ContentModels.h"
#include "Theme.h"
#include "ui_rulespage.h"

#include <QHeaderView>
#include <QSet>

namespace kilotse::gui {

RulesPage::RulesPage(const PolicyPack& pack, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RulesPage>()), m_pack(pack)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->headingLabel, 1.4, true);

    m_ui->areaComboBox->addItem(tr("Alle Bereiche"), QString());
    for (const GuidanceArea& area : pack.guidanceAreas)
        m_ui->areaComboBox->addItem(area.title, area.id);
    m_ui->audienceComboBox->addItem(tr("Alle Zielgruppen"), QString());
    for (const QString& audience : {QStringLiteral("clerk"), QStringLiteral("admin"), QStringLiteral("trainer")})
        m_ui->audienceComboBox->addItem(audienceTitle(audience), audience);
    m_ui->levelComboBox->addItem(tr("Alle Schutzstufen"), 0);
    for (const LevelText& level : pack.levels)
        m_ui->levelComboBox->addItem(level.title, level.level);

    m_model = new GuidanceRuleModel(pack, this);
    m_filter = new GuidanceRuleFilter(pack, this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    m_ui->rulesTableView->setModel(m_filter);
    m_ui->rulesTableView->sortByColumn(-1, Qt::AscendingOrder); // pack order until the user sorts
    m_ui->rulesTableView->verticalHeader()->hide();
    m_ui->rulesTableView->horizontalHeader()->setSectionResizeMode(GuidanceRuleModel::TitleColumn,
                                                                   QHeaderView::Stretch);
    m_ui->rulesTableView->horizontalHeader()->setSectionResizeMode(GuidanceRuleModel::PriorityColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->rulesTableView->setColumnWidth(GuidanceRuleModel::AreaColumn, 170);
    // The pack column only matters when a municipal pack overrides or adds rules.
    QSet<QString> packs;
    for (const GuidanceRule& r : pack.guidanceRules)
        packs.insert(r.packId);
    m_ui->rulesTableView->setColumnHidden(GuidanceRuleModel::PackColumn, packs.size() < 2);
    m_ui->rulesSplitter->setStretchFactor(0, 3);
    m_ui->rulesSplitter->setStretchFactor(1, 2);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &RulesPage::applyFilter);
    for (QComboBox* box : {m_ui->areaComboBox, m_ui->audienceComboBox, m_ui->levelComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &RulesPage::applyFilter);
    connect(m_ui->rulesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesPage::showDetails);
    applyFilter();
    m_ui->rulesTableView->selectRow(0);
}

RulesPage::~RulesPage() = default;

int RulesPage::visibleRuleCount() const
{
    return m_filter->rowCount();
}

void RulesPage::applyFilter()
{
    m_filter->setFilter(RuleFilter{m_ui->searchLineEdit->text(), m_ui->areaComboBox->currentData().toString(),
                                   m_ui->audienceComboBox->currentData().toString(),
                                   m_ui->levelComboBox->currentData().toInt()});
    m_ui->countLabel->setText(tr("%1 von %2 Regeln").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    if (!m_ui->rulesTableView->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->rulesTableView->selectRow(0);
    showDetails();
}

void RulesPage::showDetails()
{
    const GuidanceRule* rule = m_model->rule(m_filter->mapToSource(m_ui->rulesTableView->currentIndex()));
    if (!rule) {
        m_ui->ruleDetailBrowser->setHtml(QStringLiteral("<p>") + tr("Keine Regel ausgewählt.") +
                                         QStringLiteral("</p>"));
        return;
    }
    const GuidanceArea* area = m_pack.guidanceArea(rule->area);
    QStringList audience;
    for (const QString& a : rule->audience)
        audience << audienceTitle(a);
    QStringList levels;
    for (int l : rule->levels)
        if (const LevelText* t = m_pack.level(l))
            levels << t->title;
    QString html =
        QStringLiteral("<h3>%1</h3><p><b>%2</b></p><p>%3</p>")
            .arg(rule->title.toHtmlEscaped(), rule->doText.toHtmlEscaped(), rule->explanation.toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("Bereich: %1").arg(area ? area->title : rule->area).toHtmlEscaped() +
            QStringLiteral("<br>") + tr("Für: %1").arg(audience.join(QStringLiteral(", "))).toHtmlEscaped() +
            QStringLiteral("<br>") +
            tr("Gilt: %1")
                .arg(levels.isEmpty() ? tr("in jeder Schutzstufe") : levels.join(QStringLiteral(", ")))
                .toHtmlEscaped();
    if (rule->when)
        html += QStringLiteral("<br>") + tr("nur bei bestimmten Antworten oder Anwendungsfällen").toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Priorität: %1 (1 = besonders wichtig)").arg(rule->priority).toHtmlEscaped() +
            QStringLiteral("</p><p><i>") + tr("Quelle: %1").arg(m_pack.citation(rule->source)).toHtmlEscaped() +
            QStringLiteral("<br>") + tr("Aus dem Regelwerk: %1").arg(rule->packId).toHtmlEscaped() +
            QStringLiteral("</i></p>");
    m_ui->ruleDetailBrowser->setHtml(html);
}

void RulesPage::showRule(const QString& ruleId)
{
    m_ui->searchLineEdit->clear();
    m_ui->areaComboBox->setCurrentIndex(0);
    m_ui->audienceComboBox->setCurrentIndex(0);
    m_ui->levelComboBox->setCurrentIndex(0);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const GuidanceRule* r = m_model->rule(m_filter->mapToSource(m_filter->index(row, 0)));
        if (r && r->id == ruleId) {
            m_ui->rulesTableView->selectRow(row);
            m_ui->rulesTableView->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace kilotse::gui
