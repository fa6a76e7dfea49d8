#pragma once

#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RegistryPage;
}

namespace kilotse::gui {

class ServiceTableModel;

// The registry page: every service with status and review date, searchable and sortable; for
// admins add, edit (with the approval checklist), suspend, retire, audit trail, import and export.
// Read-only connections (a clerk's PostgreSQL role) see no editing controls.
class RegistryPage : public QWidget
{
    Q_OBJECT
public:
    // `registry` may be null (not available); `problem` then says why. Both must outlive the page.
    RegistryPage(const PolicyPack& pack, Registry* registry, const QString& problem, QWidget* parent = nullptr);
    ~RegistryPage() override;

    void reload();
    void ensureLoaded();
    void applyFilter(); // also runs after a short pause in typing
    int visibleServiceCount() const;
    int overdueCount() const;
    // Saves an edited or new record; on a conflict the caller keeps its input. Returns the error.
    RegistryError save(const Service& service);
    bool editingAvailable() const;
    // Before the first real change to the demo registry: asks once whether to retire the demo
    // services (default), keep them, or cancel. Leaving demo mode clears the demo mark, so it is
    // asked only once. Returns false when the admin cancels (then nothing changed). Not a demo: true.
    bool confirmLeavingDemo();

Q_SIGNALS:
    void registryChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    std::optional<Service> currentService() const; // the full record of the selected row
    void editService(const Service& start);
    void changeStatus(Service::Status status);
    void showAudit();
    void importFile();
    void exportFile();

    std::unique_ptr<Ui::RegistryPage> m_ui;
    const PolicyPack& m_pack;
    Registry* m_registry;
    ServiceTableModel* m_model = nullptr;

    QString m_demoNotice;  // what leaving demo mode did, shown above the table
    bool m_loaded = false; // rows are read when the page is first shown, not at start-up
};

} // namespace kilotse::gui
