#pragma once

#include "policy/PolicyPack.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UseCasePage;
}

namespace kilotse::gui {

// First wizard page: which kind of task the clerk plans (the use-case categories of the pack).
class UseCasePage : public QWidget
{
    Q_OBJECT
public:
    explicit UseCasePage(const PolicyPack& pack, QWidget* parent = nullptr);
    ~UseCasePage() override;

    QString selectedUseCase() const; // empty until one is chosen
    void setSelectedUseCase(const QString& id);
    void focusFirstInput();

Q_SIGNALS:
    void selectionChanged();
    void draftCheckRequested();

private:
    void showDetails();

    std::unique_ptr<Ui::UseCasePage> m_ui;
    const PolicyPack& m_pack;
};

} // namespace kilotse::gui
