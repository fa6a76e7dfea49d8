#pragma once

#include "registry/Permission.h"
#include "registry/Registry.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kilotse::gui {

// German wording of registry ids and permission notes (the core only has stable ids).
QString statusTitle(Service::Status status);
QString deploymentTitle(Service::Deployment deployment);
QString locationTitle(Service::Location location);
QString levelTitle(int maxLevel);

// The services of a registry as a table (name, vendor, highest level, status, next review,
// owner), read page by page from the database as the view scrolls (canFetchMore/fetchMore);
// filtering and sorting happen in SQL, so the size of the registry does not matter.
// Call reload() after changes. Main thread only; the registry must outlive the model.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        VendorColumn,
        LevelColumn,
        StatusColumn,
        ReviewColumn,
        OwnerColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ServiceTableModel(const Registry* registry, QObject* parent = nullptr);
    // Sets search text and status filter, keeping the order chosen in the header; re-reads the first page.
    void setFilter(const QString& search, const QString& status);
    void reload();
    const ServiceSummary* service(int row) const;
    int totalCount() const; // rows matching the query, loaded or not (one COUNT query)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    bool overdue(const ServiceSummary& s) const;

    const Registry* m_registry;
    SummaryQuery m_query;
    QList<ServiceSummary> m_services;
    bool m_more = false; // the last page was full: there may be more rows
    QDate m_today;
};

} // namespace kilotse::gui
