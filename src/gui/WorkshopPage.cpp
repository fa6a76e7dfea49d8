#include "WorkshopPage.h"

#include "AppPaths.h"
#include "MessageBox.h"
#include "PresentationWindow.h"
#include "content/Demos.h"
#include "policy/PolicyLoader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kilotse::gui {

namespace {

QString outcomeText(const DemoScenario& s)
{
    if (s.expectedBlocked)
        return WorkshopPage::tr("✖ nicht zulässig");
    if (s.expectedEscalate)
        return WorkshopPage::tr("⚠ Stufe %1, Rücksprache").arg(s.expectedLevel);
    return WorkshopPage::tr("Stufe %1").arg(s.expectedLevel);
}

// The expected outcome as a filter key: "level-1", "level-2", …, "escalate", "blocked".
QString levelKey(const DemoScenario& s)
{
    if (s.expectedBlocked)
        return QStringLiteral("blocked");
    if (s.expectedEscalate)
        return QStringLiteral("escalate");
    return QStringLiteral("level-%1").arg(s.expectedLevel);
}

QString scenarioKey(const DemoScenario& s)
{
    return s.id.isEmpty() ? s.title : s.id;
}

// A settings group name that survives any characters in a pack id or path.
QString settingsGroup(const QString& selectionKey)
{
    return QStringLiteral("selection/") + QString::fromLatin1(QUrl::toPercentEncoding(selectionKey));
}

constexpr int kScenarioRole = Qt::UserRole + 1; // index into m_scenarios

} // namespace

WorkshopPage::WorkshopPage(const PolicyPack& pack, const Registry* registry, QWidget* parent)
    : QWidget(parent), m_pack(pack), m_registry(registry)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Workshop-Modus für Schulungen: Wählen Sie die Szenarien aus und starten Sie die "
                                "Präsentation (Vollbild, große Schrift). Die Szenarien sind erfunden und enthalten "
                                "keine echten Daten; im Vollbild lässt sich nichts bearbeiten."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("workshopOriginLabel"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    layout->addWidget(m_origin);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("workshopProblemsLabel"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff1db; color: #1a1a1a; border: 2px solid #a35200; "
                                             "border-radius: 6px; padding: 6px; }"));
    m_problems->setVisible(false);
    layout->addWidget(m_problems);

    // Filters: they narrow the list; what they hide keeps its tick.
    auto* filters = new QHBoxLayout;
    auto* levelLabel = new QLabel(tr("Erwartete Stu&fe:"), this);
    m_levelFilter = new QComboBox(this);
    m_levelFilter->setObjectName(QStringLiteral("workshopLevelFilter"));
    m_levelFilter->setAccessibleName(tr("Filter nach erwarteter Stufe"));
    m_levelFilter->setAccessibleDescription(
        tr("Zeigt nur Szenarien mit diesem erwarteten Ergebnis; Häkchen ausgeblendeter Szenarien bleiben."));
    levelLabel->setBuddy(m_levelFilter);
    auto* topicLabel = new QLabel(tr("Th&ema:"), this);
    m_topicFilter = new QComboBox(this);
    m_topicFilter->setObjectName(QStringLiteral("workshopTopicFilter"));
    m_topicFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long titles elide
    m_topicFilter->setMinimumContentsLength(14);
    m_topicFilter->setAccessibleName(tr("Filter nach Thema"));
    m_topicFilter->setAccessibleDescription(
        tr("Zeigt nur Szenarien zu diesem Anwendungsfall; Häkchen ausgeblendeter Szenarien bleiben."));
    topicLabel->setBuddy(m_topicFilter);
    filters->addWidget(levelLabel);
    filters->addWidget(m_levelFilter);
    filters->addSpacing(16);
    filters->addWidget(topicLabel);
    filters->addWidget(m_topicFilter, 1);
    layout->addLayout(filters);

    auto* row = new QHBoxLayout;
    auto* listColumn = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("&Szenarien (Häkchen = wird gezeigt):"), this);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Szenario"), tr("Erwartet")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Szenarien"));
    m_list->setAccessibleDescription(tr("Leertaste setzt oder entfernt das Häkchen, Pfeiltasten oder die "
                                        "Anfangsbuchstaben eines Titels wechseln das Szenario; die Vorschau zeigt "
                                        "das markierte Szenario."));
    listLabel->setBuddy(m_list);
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    auto* selectionRow = new QHBoxLayout;
    m_selectAll = new QPushButton(tr("A&lle auswählen"), this);
    m_selectAll->setObjectName(QStringLiteral("selectAllScenariosButton"));
    m_selectAll->setAccessibleDescription(tr("Setzt das Häkchen bei allen Szenarien, die die Filter zeigen."));
    m_deselectAll = new QPushButton(tr("Alle a&bwählen"), this);
    m_deselectAll->setObjectName(QStringLiteral("deselectAllScenariosButton"));
    m_deselectAll->setAccessibleDescription(tr("Entfernt das Häkchen bei allen Szenarien, die die Filter zeigen."));
    selectionRow->addWidget(m_selectAll);
    selectionRow->addWidget(m_deselectAll);
    selectionRow->addStretch(1);
    listColumn->addLayout(selectionRow);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("scenarioCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    listColumn->addWidget(m_count);
    row->addLayout(listColumn, 1);
    auto* previewColumn = new QVBoxLayout;
    auto* previewLabel = new QLabel(tr("&Vorschau:"), this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("scenarioPreview"));
    m_preview->setAccessibleName(tr("Vorschau des Szenarios"));
    m_preview->setAccessibleDescription(
        tr("Situation, Frage, erwartetes Ergebnis und Lernziel des markierten Szenarios."));
    previewLabel->setBuddy(m_preview);
    previewColumn->addWidget(previewLabel);
    previewColumn->addWidget(m_preview, 1);
    row->addLayout(previewColumn, 1);
    layout->addLayout(row, 1);

    auto* buttons = new QHBoxLayout;
    auto* load = new QPushButton(tr("Eigene Szenario&datei laden …"), this);
    load->setAccessibleDescription(
        tr("Lädt Szenarien im Format von demos.json und prüft sie wie jede Regelwerksdatei."));
    auto* bundled = new QPushButton(tr("&Mitgelieferte Szenarien"), this);
    bundled->setAccessibleDescription(tr("Ersetzt die Liste durch die Szenarien aus dem geladenen Regelwerk."));
    m_start = new QPushButton(tr("Präsentation &starten (F5)"), this);
    m_start->setObjectName(QStringLiteral("startPresentationButton"));
    m_start->setAccessibleDescription(
        tr("Zeigt die angehakten Szenarien im Vollbild mit großer Schrift; Escape beendet die Präsentation."));
    m_start->setDefault(true);
    buttons->addWidget(load);
    buttons->addWidget(bundled);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, &WorkshopPage::chooseFile);
    connect(bundled, &QPushButton::clicked, this, &WorkshopPage::useBundledScenarios);
    connect(m_start, &QPushButton::clicked, this, [this] { startPresentation(); });
    connect(m_selectAll, &QPushButton::clicked, this, &WorkshopPage::selectAll);
    connect(m_deselectAll, &QPushButton::clicked, this, &WorkshopPage::deselectAll);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, &WorkshopPage::applyFilter);
    connect(m_topicFilter, &QComboBox::currentIndexChanged, this, &WorkshopPage::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WorkshopPage::showPreview);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        selectionChanged();
        saveSelection();
    });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] {
        if (m_start->isEnabled())
            startPresentation();
    });
    useBundledScenarios();
}

QString WorkshopPage::packSelectionKey(const PolicyPack& pack)
{
    return pack.manifest.id + u'@' + pack.manifest.version;
}

QString WorkshopPage::selectionFile()
{
    return QDir(stateDirectory()).filePath(QStringLiteral("workshop.ini"));
}

void WorkshopPage::setScenarios(const QList<DemoScenario>& scenarios, const QString& origin,
                                const QString& selectionKey, bool checkedByDefault)
{
    m_scenarios = scenarios;
    m_selectionKey = selectionKey;
    // The ticks remembered for this source; a scenario the source did not have then gets the default.
    QStringList known;
    QStringList selected;
    if (!m_selectionKey.isEmpty()) {
        const QSettings settings(selectionFile(), QSettings::IniFormat);
        const QString group = settingsGroup(m_selectionKey);
        known = settings.value(group + QStringLiteral("/known")).toStringList();
        selected = settings.value(group + QStringLiteral("/selected")).toStringList();
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList mismatches;
    for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
        const DemoScenario& s = m_scenarios.at(i);
        const QString mismatch = demoMismatch(m_pack, s);
        auto* item = new QTreeWidgetItem(m_list, {s.title, outcomeText(s)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const QString key = scenarioKey(s);
        const bool checked = known.contains(key) ? selected.contains(key) : checkedByDefault;
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        item->setData(0, kScenarioRole, static_cast<int>(i));
        item->setToolTip(0, s.title);
        if (!mismatch.isEmpty()) {
            item->setText(0, QStringLiteral("⚠ ") + s.title);
            item->setToolTip(0, mismatch);
            mismatches << tr("„%1“: %2").arg(s.title, mismatch);
        }
    }
    m_origin->setText(origin);
    m_problems->setText(mismatches.isEmpty() ? QString()
                                             : tr("Bei %n Szenario(s) weicht das erwartete Ergebnis vom Regelwerk ab. "
                                                  "In der Präsentation gilt das Ergebnis des Regelwerks.\n",
                                                  nullptr, static_cast<int>(mismatches.size())) +
                                                   mismatches.join(u'\n'));
    m_problems->setVisible(!mismatches.isEmpty());
    rebuildFilters();
    if (!m_scenarios.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    applyFilter();
    selectionChanged();
    showPreview();
}

// The filter boxes offer what the list holds: the expected outcomes and the topics (use cases).
void WorkshopPage::rebuildFilters()
{
    const QSignalBlocker blockLevel(m_levelFilter);
    const QSignalBlocker blockTopic(m_topicFilter);
    m_levelFilter->clear();
    m_topicFilter->clear();
    m_levelFilter->addItem(tr("Alle Stufen"), QString());
    m_topicFilter->addItem(tr("Alle Themen"), QString());
    QList<int> levels;
    bool escalate = false;
    bool blocked = false;
    QStringList topics;
    for (const DemoScenario& s : m_scenarios) {
        if (s.expectedBlocked)
            blocked = true;
        else if (s.expectedEscalate)
            escalate = true;
        else if (!levels.contains(s.expectedLevel))
            levels << s.expectedLevel;
        if (!topics.contains(s.useCase))
            topics << s.useCase;
    }
    std::sort(levels.begin(), levels.end());
    for (const int level : levels)
        m_levelFilter->addItem(tr("Schutzstufe %1").arg(level), QStringLiteral("level-%1").arg(level));
    if (escalate)
        m_levelFilter->addItem(tr("Rücksprache nötig"), QStringLiteral("escalate"));
    if (blocked)
        m_levelFilter->addItem(tr("Nicht zulässig"), QStringLiteral("blocked"));
    // Topics in the pack's order of use cases, then any the pack does not know (a trainer's file).
    for (const UseCase& u : m_pack.useCases)
        if (topics.removeAll(u.id) > 0)
            m_topicFilter->addItem(u.title, u.id);
    for (const QString& id : std::as_const(topics))
        m_topicFilter->addItem(id, id);
}

void WorkshopPage::applyFilter()
{
    const QString level = m_levelFilter->currentData().toString();
    const QString topic = m_topicFilter->currentData().toString();
    QTreeWidgetItem* firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const DemoScenario& s = m_scenarios.at(item->data(0, kScenarioRole).toInt());
        const bool shown = (level.isEmpty() || levelKey(s) == level) && (topic.isEmpty() || s.useCase == topic);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    selectionChanged();
}

void WorkshopPage::selectionChanged()
{
    m_count->setText(countText());
    const bool any = !selectedScenarios().isEmpty();
    m_start->setEnabled(any);
    bool anyShown = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        anyShown = anyShown || !m_list->topLevelItem(i)->isHidden();
    m_selectAll->setEnabled(anyShown);
    m_deselectAll->setEnabled(anyShown);
}

QString WorkshopPage::countText() const
{
    const int total = m_list->topLevelItemCount();
    int selected = 0;
    int shown = 0;
    for (int i = 0; i < total; ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        selected += item->checkState(0) == Qt::Checked ? 1 : 0;
        shown += item->isHidden() ? 0 : 1;
    }
    // No "Szenario(s)": the noun follows the total (German has two forms).
    QString text = total == 1 ? tr("%1 von 1 Szenario ausgewählt").arg(selected)
                              : tr("%1 von %2 Szenarien ausgewählt").arg(selected).arg(total);
    if (shown < total)
        text = tr("%1 · %2 angezeigt (Filter)").arg(text).arg(shown);
    return text;
}

void WorkshopPage::saveSelection() const
{
    if (m_selectionKey.isEmpty())
        return;
    QStringList known;
    QStringList selected;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        const QString key = scenarioKey(m_scenarios.at(item->data(0, kScenarioRole).toInt()));
        known << key;
        if (item->checkState(0) == Qt::Checked)
            selected << key;
    }
    QDir().mkpath(QFileInfo(selectionFile()).absolutePath());
    QSettings settings(selectionFile(), QSettings::IniFormat);
    const QString group = settingsGroup(m_selectionKey);
    settings.setValue(group + QStringLiteral("/known"), known);
    settings.setValue(group + QStringLiteral("/selected"), selected);
}

void WorkshopPage::setShownChecked(bool checked)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (QTreeWidgetItem* item = m_list->topLevelItem(i); !item->isHidden())
                item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
    m_list->viewport()->update();
    selectionChanged();
    saveSelection();
}

void WorkshopPage::selectAll()
{
    setShownChecked(true);
}

void WorkshopPage::deselectAll()
{
    setShownChecked(false);
}

bool WorkshopPage::setScenarioChecked(const QString& id, bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (scenarioKey(m_scenarios.at(item->data(0, kScenarioRole).toInt())) == id) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked); // itemChanged: count and save
            return true;
        }
    }
    return false;
}

void WorkshopPage::useBundledScenarios()
{
    setScenarios(
        m_pack.demos,
        m_pack.demos.isEmpty()
            ? tr("Das Regelwerk „%1“ enthält keine Szenarien. Laden Sie eine Szenariodatei.").arg(m_pack.manifest.title)
            : tr("%n Szenario(s) aus dem Regelwerk „%1“.", nullptr, static_cast<int>(m_pack.demos.size()))
                  .arg(m_pack.manifest.title),
        packSelectionKey(m_pack), false);
}

bool WorkshopPage::loadScenarioFile(const QString& path)
{
    const DemoLoadResult loaded = loadDemoFile(path, m_pack);
    if (!loaded.scenarios) {
        QStringList lines;
        for (const Diagnostic& d : loaded.diagnostics.mid(0, 8))
            lines << d.toString();
        if (loaded.diagnostics.size() > 8)
            lines << tr("… und %n weitere(r) Fehler", nullptr, static_cast<int>(loaded.diagnostics.size() - 8));
        m_problems->setText(tr("Die Szenariodatei wurde nicht geladen (%n Fehler):\n", nullptr,
                               static_cast<int>(loaded.diagnostics.size())) +
                            lines.join(u'\n'));
        m_problems->setVisible(true);
        return false;
    }
    setScenarios(*loaded.scenarios,
                 tr("%n Szenario(s) aus %1.", nullptr, static_cast<int>(loaded.scenarios->size())).arg(path),
                 QStringLiteral("file:") + QFileInfo(path).absoluteFilePath(), true);
    return true;
}

void WorkshopPage::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Szenariodatei laden"), QString(),
                                                     tr("Szenarien (*.json);;Alle Dateien (*)"));
    if (!path.isEmpty())
        loadScenarioFile(path);
}

QList<DemoScenario> WorkshopPage::selectedScenarios() const
{
    QList<DemoScenario> selected;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem* item = m_list->topLevelItem(i); item->checkState(0) == Qt::Checked)
            selected.append(m_scenarios.at(item->data(0, kScenarioRole).toInt()));
    return selected;
}

void WorkshopPage::showPreview()
{
    const int row = m_list->currentItem() ? m_list->currentItem()->data(0, kScenarioRole).toInt() : -1;
    if (row < 0 || row >= m_scenarios.size()) {
        m_preview->clear();
        return;
    }
    const DemoScenario& s = m_scenarios.at(row);
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p><p>%7</p><p><i>%8</i></p>")
                       .arg(esc(s.title), esc(s.situation), esc(tr("Frage:")), esc(s.question), esc(tr("Erwartet:")),
                            esc(outcomeText(s)), esc(s.reveal), esc(s.teachingPoint));
    if (!s.discussion.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Zur Diskussion:")), esc(s.discussion));
    html += QStringLiteral("<p style=\"color:#444;\">%1</p>").arg(esc(tr("Quelle: %1").arg(m_pack.citation(s.source))));
    m_preview->setHtml(html);
}

PresentationWindow* WorkshopPage::startPresentation(bool fullScreen)
{
    const QList<DemoScenario> selected = selectedScenarios();
    if (selected.isEmpty())
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(m_pack, selected, m_registry);
    if (fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

QString WorkshopPage::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void WorkshopPage::focusFirstInput()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace kilotse::gui
