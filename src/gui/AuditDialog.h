#pragma once

#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kilotse::gui {

// The audit log of the registry in German: readable field names, worded values and actions
// (registry/AuditText.h), filtered by service, person ("Wer", as stored: the OS user on SQLite,
// the database role on PostgreSQL) and date range, exported as CSV. Reads on every filter change
// (PostgreSQL: from the server; offline the log is not available and the dialog says so).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kShownLimit = 5000;     // rows in the table (newest first)
    static constexpr int kExportLimit = 1000000; // rows in an export

    // `serviceId` preselects one service (0 = all). The registry and pack must outlive the dialog.
    AuditDialog(Registry& registry, const PolicyPack& pack, qint64 serviceId = 0, QWidget* parent = nullptr);

    AuditFilter filter() const;
    void setFilter(const AuditFilter& filter); // selects the matching entries of the filter widgets
    int entryCount() const;                    // rows shown
    QString statusText() const;                // the line under the table (count, or what went wrong)
    // Writes the entries matching the filter to `path`; on failure a message box says why.
    bool exportTo(const QString& path);

public Q_SLOTS:
    void reload();
    void exportCsv(); // asks for a file name (FileDialog), then exportTo()

private:
    Registry& m_registry;
    const PolicyPack& m_pack;
    QComboBox* m_service = nullptr;
    QComboBox* m_actor = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    bool m_loading = false;
};

} // namespace kilotse::gui
