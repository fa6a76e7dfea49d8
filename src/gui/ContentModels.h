#pragma once

#include "content/Guidance.h"
#include "policy/PolicyPack.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kilotse::gui {

// German name of an audience id ("clerk" → "Sachbearbeitung").
QString audienceTitle(const QString& audience);

// All guidance rules of a pack. Columns: priority, area, title, audience, pack. Read-only; the
// pack must outlive the model. Main thread only.
class GuidanceRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PriorityColumn,
        AreaColumn,
        TitleColumn,
        AudienceColumn,
        PackColumn,
        ColumnCount
    };
    static constexpr int RuleIndexRole = Qt::UserRole + 1;

    explicit GuidanceRuleModel(const PolicyPack& pack, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const GuidanceRule* rule(const QModelIndex& index) const;

private:
    const PolicyPack& m_pack;
};

// Filters rules with the core's RuleFilter (the same filter the CLI uses).
class GuidanceRuleFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    GuidanceRuleFilter(const PolicyPack& pack, QObject* parent = nullptr);
    void setFilter(const RuleFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const PolicyPack& m_pack;
    RuleFilter m_filter;
};

// All templates of a pack, one row each (title; tooltip: purpose).
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TemplateListModel(const PolicyPack& pack, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    const PromptTemplate* promptTemplate(const QModelIndex& index) const;

private:
    const PolicyPack& m_pack;
};

// Filters templates with the core's TemplateFilter.
class TemplateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    TemplateFilterModel(const PolicyPack& pack, QObject* parent = nullptr);
    void setFilter(const TemplateFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const PolicyPack& m_pack;
    TemplateFilter m_filter;
};

} // namespace kilotse::gui
