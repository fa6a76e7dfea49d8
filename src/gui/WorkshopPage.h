#pragma once

#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QPushButton;
class QTextBrowser;

namespace kilotse::gui {

class PresentationWindow;

// The trainer's page: choose scenarios (the pack's own or a file of one's own), preview them and
// start the presentation. Loading a file validates it like every policy file; a scenario whose
// expected outcome differs from what the rules say is marked and explained.
class WorkshopPage : public QWidget
{
    Q_OBJECT

public:
    WorkshopPage(const PolicyPack& pack, const Registry* registry, QWidget* parent = nullptr);

    // Loads a trainer's scenario file; false (and the problems shown) when it is invalid.
    bool loadScenarioFile(const QString& path);
    void useBundledScenarios();
    QList<DemoScenario> selectedScenarios() const;
    // Opens the presentation (full screen unless `fullScreen` is false, e.g. in tests).
    PresentationWindow* startPresentation(bool fullScreen = true);
    QString problemText() const;
    void focusFirstInput();

private:
    void setScenarios(const QList<DemoScenario>& scenarios, const QString& origin);
    void showPreview();
    void chooseFile();

    const PolicyPack& m_pack;
    const Registry* m_registry;
    QList<DemoScenario> m_scenarios;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_origin = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_start = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace kilotse::gui
