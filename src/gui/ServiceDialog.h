#pragma once

#include "policy/PolicyPack.h"
#include "registry/Service.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace Ui {
class ServiceDialog;
}

namespace kilotse::gui {

// The edit form of one registry service (ui/servicedialog.ui). Checks every field before it
// closes; raising a service to Schutzstufe 2 walks through the pack's approval checklist.
class ServiceDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceDialog(const PolicyPack& pack, const Service& service, QWidget* parent = nullptr);
    ~ServiceDialog() override;

    // The edited record (id and version as loaded). Valid after accept().
    Service service() const;
    // Shows a message above the buttons, e.g. after a conflict.
    void setNotice(const QString& text);

    void accept() override;

private:
    void load(const Service& s);
    // Reads the widgets; returns German problem lines (empty = valid).
    // Problems in the form; `fields` gets the field id of each ("" when it concerns no one field).
    QStringList read(Service& s, QStringList* fields = nullptr) const;
    // The form widget of a field id ("access_url" → the URL line edit), or nullptr.
    QWidget* fieldWidget(const QString& field) const;
    // Links each problem to its field: the field's accessible description starts with the problem,
    // the first faulty field gets the focus, and the notice is announced to screen readers.
    void markProblems(const QStringList& problems, const QStringList& fields);
    bool runChecklist(Service& s);

    std::unique_ptr<Ui::ServiceDialog> m_ui;
    const PolicyPack& m_pack;
    Service m_original;
    Service m_result;
};

// The approval checklist: every criterion for the target level with yes / no / n/a.
// MUST criteria need "yes" or "n/a" for the service to be raised.
class ChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    ChecklistDialog(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers,
                    QWidget* parent = nullptr);
    QMap<QString, QString> answers() const;
    QStringList openMustItems() const; // titles of MUST items not answered yes/n/a

private:
    QList<QPair<const ChecklistItem*, QComboBox*>> m_rows;
};

} // namespace kilotse::gui
