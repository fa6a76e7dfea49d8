#include "WorkshopPage.h"

#include "MessageBox.h"
#include "PresentationWindow.h"
#include "content/Demos.h"
#include "policy/PolicyLoader.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_list->setAccessibleDescription(
        tr("Leertaste setzt oder entfernt das Häkchen; die Vorschau zeigt das markierte Szenario."));
    listLabel->setBuddy(m_list);
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
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
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WorkshopPage::showPreview);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { m_start->setEnabled(!selectedScenarios().isEmpty()); });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] {
        if (m_start->isEnabled())
            startPresentation();
    });
    useBundledScenarios();
}

void WorkshopPage::setScenarios(const QList<DemoScenario>& scenarios, const QString& origin)
{
    m_scenarios = scenarios;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList mismatches;
    for (const DemoScenario& s : m_scenarios) {
        const QString mismatch = demoMismatch(m_pack, s);
        auto* item = new QTreeWidgetItem(m_list, {s.title, outcomeText(s)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
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
    if (!m_scenarios.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_start->setEnabled(!m_scenarios.isEmpty());
    showPreview();
}

void WorkshopPage::useBundledScenarios()
{
    setScenarios(
        m_pack.demos,
        m_pack.demos.isEmpty()
            ? tr("Das Regelwerk „%1“ enthält keine Szenarien. Laden Sie eine Szenariodatei.").arg(m_pack.manifest.title)
            : tr("%n Szenario(s) aus dem Regelwerk „%1“.", nullptr, static_cast<int>(m_pack.demos.size()))
                  .arg(m_pack.manifest.title));
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
                 tr("%n Szenario(s) aus %1.", nullptr, static_cast<int>(loaded.scenarios->size())).arg(path));
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
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_scenarios.size(); ++i)
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            selected.append(m_scenarios.at(i));
    return selected;
}

void WorkshopPage::showPreview()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
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
