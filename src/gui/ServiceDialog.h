#pragma once

#include "policy/PolicyPack.h"
#include "registry/Checklist.h"
#include "registry/Service.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;

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

// The approval checklist: every criterion for the target level with yes / no / n/a, grouped by
// the pack's lifecycle phases, with the progress ("7 von 27 beantwortet · 3 Pflichtpunkte offen")
// updated as the admin answers. MUST criteria need "yes" or "n/a" for the service to be raised.
class ChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    ChecklistDialog(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers,
                    QWidget* parent = nullptr);
    // Prefilled from the form: the answers its fields give (registry/Checklist.h) replace the
    // stored ones in `form.checklist` and are marked "Im Formular: …".
    ChecklistDialog(const RegistryPolicy& policy, int level, const Service& form, QWidget* parent = nullptr);
    QMap<QString, QString> answers() const;
    QStringList openMustItems() const;  // titles of MUST items not answered yes/n/a
    QString progressText() const;       // "7 von 27 beantwortet · 3 Pflichtpunkte offen"
    QStringList prefilledItems() const; // ids answered from the form

public Q_SLOTS:
    // Moves the focus to the next MUST item without "yes"/"n/a" (after the focused one, wrapping).
    bool focusNextOpenMustItem();

private:
    void build(const QMap<QString, QString>& answers, const QMap<QString, ChecklistFormAnswer>& fromForm);
    void updateProgress();

    const RegistryPolicy& m_policy;
    int m_level;
    QList<QPair<const ChecklistItem*, QComboBox*>> m_rows;
    QList<QPair<ChecklistPhase, QGroupBox*>> m_phases;
    QStringList m_prefilled;
    QMap<QString, QString> m_given; // the answers the dialog started with
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
};

} // namespace kilotse::gui
