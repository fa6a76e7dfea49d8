#pragma once

#include "policy/PolicyPack.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RulesPage;
}

namespace kilotse::gui {

class GuidanceRuleFilter;
class GuidanceRuleModel;

// The rules browser: every guidance rule of the pack, searchable and filterable by area,
// audience and level, with its explanation, source and the pack it comes from.
class RulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPage(const PolicyPack& pack, QWidget* parent = nullptr);
    ~RulesPage() override;

    void showRule(const QString& ruleId); // select it, clearing filters that hide it
    int visibleRuleCount() const;

private:
    void applyFilter();
    void showDetails();

    std::unique_ptr<Ui::RulesPage> m_ui;
    const PolicyPack& m_pack;
    GuidanceRuleModel* m_model = nullptr;
    GuidanceRuleFilter* m_filter = nullptr;
};

} // namespace kilotse::gui
