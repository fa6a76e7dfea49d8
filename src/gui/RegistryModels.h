#pragma once

#include "registry/Permission.h"
#include "registry/Registry.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kilotse::gui {

// German wording of registry ids and permission notes (the core only has stable ids).
QString permissionNoteText(const PermissionNote& note);
QString statusTitle(Service::Status status);
QString deploymentTitle(Service::Deployment deployment);
QString locationTitle(Service::Location location);
QString levelTitle(int maxLevel);

// The services of a registry as a table (name, vendor, highest level, status, next review,
// owner). A snapshot: call reload() after changes. Main thread only.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, VendorColumn, LevelColumn, StatusColumn, ReviewColumn, OwnerColumn, ColumnCount };
    static constexpr int SearchRole = Qt::UserRole + 1; // all searchable text of a row
    static constexpr int StatusRole = Qt::UserRole + 2; // status id

    explicit ServiceTableModel(QObject* parent = nullptr);
    void reload(const QList<ServiceSummary>& services, const QDate& today);
    const ServiceSummary* service(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool overdue(const ServiceSummary& s) const;

    QList<ServiceSummary> m_services;
    QDate m_today;
};

} // namespace kilotse::gui
