#include "ContentModels.h"

#include <QTextDocument>

namespace kilotse::gui {

QString audienceTitle(const QString& audience)
{
    if (audience == QLatin1String("clerk"))
        return GuidanceRuleModel::tr("Sachbearbeitung");
    if (audience == QLatin1String("admin"))
        return GuidanceRuleModel::tr("IT-Administration");
    if (audience == QLatin1String("trainer"))
        return GuidanceRuleModel::tr("Schulung");
    return audience;
}

GuidanceRuleModel::GuidanceRuleModel(const PolicyPack& pack, QObject* parent)
    : QAbstractTableModel(parent), m_pack(pack)
{
}

int GuidanceRuleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pack.guidanceRules.size());
}

int GuidanceRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const GuidanceRule* GuidanceRuleModel::rule(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_pack.guidanceRules.size())
        return nullptr;
    return &m_pack.guidanceRules[index.row()];
}

QVariant GuidanceRuleModel::data(const QModelIndex& index, int role) const
{
    const GuidanceRule* r = rule(index);
    if (!r)
        return {};
    if (role == RuleIndexRole)
        return index.row();
    if (role == Qt::ToolTipRole)
        return Qt::convertFromPlainText(r->doText);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PriorityColumn:
        return r->priority;
    case AreaColumn: {
        const GuidanceArea* area = m_pack.guidanceArea(r->area);
        return area ? area->title : r->area;
    }
    case TitleColumn:
        return r->title;
    case AudienceColumn: {
        QStringList names;
        for (const QString& a : r->audience)
            names << audienceTitle(a);
        return names.join(QStringLiteral(", "));
    }
    case PackColumn:
        return r->packId;
    default:
        return {};
    }
}

QVariant GuidanceRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Prio.");
    case AreaColumn:
        return tr("Bereich");
    case TitleColumn:
        return tr("Regel");
    case AudienceColumn:
        return tr("Für");
    case PackColumn:
        return tr("Regelwerk");
    default:
        return {};
    }
}

GuidanceRuleFilter::GuidanceRuleFilter(const PolicyPack& pack, QObject* parent)
    : QSortFilterProxyModel(parent), m_pack(pack)
{
}

void GuidanceRuleFilter::setFilter(const RuleFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool GuidanceRuleFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return sourceRow < m_pack.guidanceRules.size() && ruleMatches(m_pack, m_pack.guidanceRules[sourceRow], m_filter);
}

TemplateListModel::TemplateListModel(const PolicyPack& pack, QObject* parent) : QAbstractListModel(parent), m_pack(pack)
{
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pack.templates.size());
}

const PromptTemplate* TemplateListModel::promptTemplate(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_pack.templates.size())
        return nullptr;
    return &m_pack.templates[index.row()];
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    const PromptTemplate* t = promptTemplate(index);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return t->mayCarryPersonalData() ? tr("%1 (Stufe 2 möglich)").arg(t->title) : t->title;
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(t->purpose);
    default:
        return {};
    }
}

TemplateFilterModel::TemplateFilterModel(const PolicyPack& pack, QObject* parent)
    : QSortFilterProxyModel(parent), m_pack(pack)
{
}

void TemplateFilterModel::setFilter(const TemplateFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return sourceRow < m_pack.templates.size() && templateMatches(m_pack.templates[sourceRow], m_filter);
}

} // namespace kilotse::gui
