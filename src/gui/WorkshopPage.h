#pragma once

#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QPushButton;
class QTextBrowser;

namespace kilotse::gui {

class PresentationWindow;

// The trainer's page: choose scenarios (the pack's own or a file of one's own), preview them and
// start the presentation. Loading a file validates it like every policy file; a scenario whose
// expected outcome differs from what the rules say is marked and explained.
//
// Choosing: a tick means "is shown". Filters (expected outcome, topic = use case) only narrow the
// list; ticked scenarios a filter hides stay ticked and are shown. "Alle auswählen"/"Alle
// abwählen" act on the scenarios the filters show. The ticks are remembered per source across
// restarts (the pack by id and version, a scenario file by its path) in the user's state folder
// ($XDG_STATE_HOME/ki-lotse/workshop.ini). A pack seen for the first time starts with nothing
// ticked (a catalogue: the trainer picks what fits the session); a trainer's own file starts with
// everything ticked (it is the plan of a session).
class WorkshopPage : public QWidget
{
    Q_OBJECT

public:
    WorkshopPage(const PolicyPack& pack, const Registry* registry, QWidget* parent = nullptr);

    // Loads a trainer's scenario file; false (and the problems shown) when it is invalid.
    bool loadScenarioFile(const QString& path);
    void useBundledScenarios();
    QList<DemoScenario> selectedScenarios() const;
    // Ticks or unticks every scenario the filters show.
    void selectAll();
    void deselectAll();
    // Ticks or unticks the scenario with this id (false when there is none).
    bool setScenarioChecked(const QString& id, bool checked);
    // "2 von 17 Szenarien ausgewählt" (and how many the filters show, when they hide some).
    QString countText() const;
    // Opens the presentation (full screen unless `fullScreen` is false, e.g. in tests).
    PresentationWindow* startPresentation(bool fullScreen = true);
    QString problemText() const;
    void focusFirstInput();

    // The key under which the ticks of the pack's own scenarios are remembered ("<id>@<version>").
    static QString packSelectionKey(const PolicyPack& pack);
    // The file the ticks are remembered in.
    static QString selectionFile();

private:
    void setScenarios(const QList<DemoScenario>& scenarios, const QString& origin, const QString& selectionKey,
                      bool checkedByDefault);
    void rebuildFilters();
    void applyFilter();
    void selectionChanged();
    void saveSelection() const;
    void setShownChecked(bool checked);
    void showPreview();
    void chooseFile();

    const PolicyPack& m_pack;
    const Registry* m_registry;
    QList<DemoScenario> m_scenarios;
    QString m_selectionKey; // where the ticks of the current list are remembered
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_origin = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_levelFilter = nullptr;
    QComboBox* m_topicFilter = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_deselectAll = nullptr;
    QPushButton* m_start = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace kilotse::gui
