#include "HelpDialogs.h"

#include "Config.h"
#include "I18n.h"
#include "Theme.h"
#include "core/Version.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kilotse::gui {

namespace {

QString topicTitle(const QString& id)
{
    if (id == u"overview")
        return HelpDialog::tr("Übersicht");
    if (id == u"check")
        return HelpDialog::tr("Prüfung");
    if (id == u"draft")
        return HelpDialog::tr("Entwurf prüfen");
    if (id == u"rules")
        return HelpDialog::tr("Regeln");
    if (id == u"templates")
        return HelpDialog::tr("Vorlagen");
    if (id == u"label")
        return HelpDialog::tr("Kennzeichnung");
    if (id == u"registry")
        return HelpDialog::tr("Dienste");
    if (id == u"workshop")
        return HelpDialog::tr("Workshop");
    return id;
}

QString readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

QStringList helpTopicIds()
{
    return {QStringLiteral("overview"), QStringLiteral("check"),     QStringLiteral("draft"),
            QStringLiteral("rules"),    QStringLiteral("templates"), QStringLiteral("label"),
            QStringLiteral("registry"), QStringLiteral("workshop")};
}

QString helpText(const QString& topicId)
{
    if (!helpTopicIds().contains(topicId))
        return {};
    const QString own = readResource(QStringLiteral(":/ki-lotse/help/%1/%2.html").arg(contentLanguage(), topicId));
    return own.isEmpty() ? readResource(QStringLiteral(":/ki-lotse/help/de/%1.html").arg(topicId)) : own;
}

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("KI-Lotse – Hilfe"));
    resize(860, 600);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("helpTopicList"));
    m_topics->setAccessibleName(tr("Hilfethemen"));
    m_topics->setAccessibleDescription(tr("Wählen Sie ein Thema; der Text erscheint rechts daneben."));
    for (const QString& id : helpTopicIds()) {
        auto* item = new QListWidgetItem(topicTitle(id), m_topics);
        item->setData(Qt::UserRole, id);
    }
    m_topics->setMaximumWidth(220);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenLinks(false); // the help has no links; nothing is ever loaded
    m_text->setAccessibleName(tr("Hilfetext"));
    m_text->setAccessibleDescription(tr("Der Hilfetext zum gewählten Thema. Mit Tab wechseln Sie zur Themenliste."));
    m_text->setTabChangesFocus(true);
    row->addWidget(m_topics);
    row->addWidget(m_text, 1);
    layout->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Schließt die Hilfe."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int index) {
        if (QListWidgetItem* item = m_topics->item(index))
            m_text->setHtml(helpText(item->data(Qt::UserRole).toString()));
    });
    showTopic(QStringLiteral("overview"));
}

void HelpDialog::showTopic(const QString& topicId)
{
    const int row = static_cast<int>(helpTopicIds().indexOf(topicId));
    m_topics->setCurrentRow(row < 0 ? 0 : row);
    m_text->setFocus();
}

QString HelpDialog::currentTopic() const
{
    const QListWidgetItem* item = m_topics->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

AboutDialog::AboutDialog(const PolicyPack& pack, const Registry* registry, const QString& registryProblem,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("Über KI-Lotse"));
    const Config& config = Config::current();
    const QString registryText =
        registry
            ? registry->location()
            : tr("nicht verfügbar: %1").arg(registryProblem.isEmpty() ? tr("keines eingerichtet") : registryProblem);
    const QString contact = config.contactLine();
    QStringList locked = config.lockedKeys();
    for (const SettingInfo& setting : Config::knownSettings())
        if (setting.systemOnly && config.source(QLatin1String(setting.key)) == SettingSource::System)
            locked << QLatin1String(setting.key); // the organisation profile: IT's alone
    struct Row
    {
        QString label;
        QString value;
    };
    QList<Row> rows{
        {tr("Version"), QString::fromLatin1(kVersion)},
        {tr("Regelwerk"),
         QStringLiteral("%1 %2 (%3)").arg(pack.manifest.title, pack.manifest.version, pack.manifest.id)},
        {tr("Ordner des Regelwerks"), pack.directory},
        {tr("Prüfsumme (SHA-256)"), QString::fromLatin1(pack.sha256)},
        {tr("Verzeichnis der KI-Dienste"), registryText},
        {tr("Systemweite Einstellungen"),
         config.systemFileExists() ? config.systemFile() : tr("keine (%1 fehlt)").arg(config.systemFile())},
        {tr("Von der IT festgelegt"), locked.isEmpty() ? tr("nichts") : locked.join(QStringLiteral(", "))},
        {tr("KI-Beauftragte Stelle"),
         contact.isEmpty() ? tr("nicht eingetragen – fragen Sie Ihre IT-Abteilung") : contact},
        {tr("Lizenz"), QStringLiteral("EUPL-1.2")},
    };
    // The administration's own contact details: set by IT, never reported by the draft check.
    const OrganisationProfile own = config.organisation();
    const QString sep = QStringLiteral("; ");
    if (own.isEmpty()) {
        rows.insert(rows.size() - 1, {tr("Eigene Organisation"),
                                      tr("nicht eingerichtet – Anschriften, Postfächer, Rufnummern und Konten Ihrer "
                                         "Verwaltung erkennt die Entwurfsprüfung nur an Hinweisen wie „Rathaus“")});
    } else {
        const QList<Row> profile{
            {tr("Eigene Organisation"), own.name.isEmpty() ? tr("(kein Name eingetragen)") : own.name},
            {tr("Eigene E-Mail-Domains"), own.domains.join(sep)},
            {tr("Eigene Anschriften"), own.addresses.join(sep)},
            {tr("Eigene Rufnummern (Anfang)"), own.phonePrefixes.join(sep)},
            {tr("Eigene Konten"), own.ibans.join(sep)},
            {tr("Eigene Ämter und Einrichtungen"), own.offices.join(sep)},
        };
        for (const Row& r : profile)
            if (!r.value.isEmpty())
                rows.insert(rows.size() - 1, r);
        rows.insert(rows.size() - 1,
                    {tr("Hinweis"), tr("Diese Angaben meldet die Entwurfsprüfung nie als personenbezogen. Sie "
                                       "stehen in den systemweiten Einstellungen; nur Ihre IT kann sie ändern.")});
    }

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("KI-Lotse %1").arg(QString::fromLatin1(kVersion)), this);
    scaleFont(title, 1.4, true);
    layout->addWidget(title);
    auto* intro =
        new QLabel(tr("Prüft vor dem Einsatz generativer KI, welche Schutzstufe nach der VITAKO/KGSt-Guideline "
                      "„Generative KI in Kommunalverwaltungen“ gilt, welche Dienste freigegeben sind und welche "
                      "Regeln gelten. Ihre Eingaben verlassen diesen Rechner nicht."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QWidget(this);
    auto* form = new QVBoxLayout(grid);
    form->setContentsMargins(0, 0, 0, 0);
    QStringList plain{title->text()};
    for (const Row& r : rows) {
        auto* label =
            new QLabel(QStringLiteral("<b>%1:</b> %2").arg(r.label.toHtmlEscaped(), r.value.toHtmlEscaped()), grid);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setObjectName(QStringLiteral("aboutRow"));
        form->addWidget(label);
        plain << r.label + QStringLiteral(": ") + r.value;
    }
    layout->addWidget(grid);
    m_plain = plain.join(u'\n');

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Angaben &kopieren"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAboutButton"));
    copy->setAccessibleDescription(
        tr("Kopiert Version, Regelwerk und Verzeichnis als Text, etwa für eine Anfrage an die IT."));
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Schließt dieses Fenster."));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plain); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

IntroTour::IntroTour(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("introTour"));
    setWindowTitle(tr("Einführung in KI-Lotse"));
    resize(700, 460);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    struct Page
    {
        QString title;
        QString body;
    };
    const QList<Page> pages{
        {tr("Willkommen bei KI-Lotse"),
         tr("<p>Bevor Sie eine generative KI nutzen, klärt KI-Lotse mit Ihnen in einer Minute: Welche Schutzstufe gilt "
            "nach "
            "der VITAKO/KGSt-Guideline? Welche KI-Dienste hat Ihre Verwaltung dafür freigegeben? Welche Regeln "
            "gelten?</p>"
            "<p>Diese Einführung zeigt in drei Schritten, was KI-Lotse für die <b>Sachbearbeitung</b>, die "
            "<b>IT-Administration</b> und für <b>Trainerinnen und Trainer</b> bereithält.</p>"
            "<p>Was Sie eingeben, bleibt auf diesem Rechner: Nichts wird gespeichert, protokolliert oder gesendet, "
            "solange Sie es nicht selbst exportieren.</p>")},
        {tr("Für die Sachbearbeitung"),
         tr("<ul><li><b>Prüfung</b> (Strg+1): Anwendungsfall wählen, kurze Fragen beantworten – "
            "„Unsicher“ zählt wie die strengere Antwort. Das Ergebnis nennt Schutzstufe, freigegebene Dienste und "
            "die Regeln zum Abhaken.</li>"
            "<li><b>Entwurf prüfen</b> (Strg+2): Ihr Text wird lokal auf Namen, Kennnummern und Vermerke geprüft; "
            "Funde lassen sich durch Platzhalter ersetzen.</li>"
            "<li><b>Vorlagen</b> und <b>Kennzeichnung</b> (Strg+4, Strg+5): gute Prompts und der Transparenzhinweis "
            "für das Ergebnis.</li>"
            "<li>Mit <b>Prüfvermerk exportieren</b> halten Sie das Ergebnis als PDF fest – ohne Ihren "
            "Entwurf.</li></ul>")},
        {tr("Für die IT-Administration"),
         tr("<ul><li><b>Dienste</b> (Strg+6): das Verzeichnis der freigegebenen KI-Dienste pflegen – Freigabe je "
            "Schutzstufe mit Checkliste, Prüftermine, Änderungsprotokoll, Import und Export.</li>"
            "<li>Zentral einstellen: In <i>/etc/xdg/ki-lotse/ki-lotse.conf</i> legen Sie Regelwerk, Verzeichnis "
            "(SQLite oder PostgreSQL) und die Kontaktdaten der KI-Beauftragten fest und sperren Einstellungen.</li>"
            "<li>Für Skripte: <i>ki-lotse-cli</i> prüft Regelwerke, Einstellungen und Verzeichnisse.</li>"
            "<li>Details im Admin-Handbuch (docs/admin.md).</li></ul>")},
        {tr("Für Trainerinnen und Trainer"),
         tr("<ul><li><b>Workshop</b> (Strg+7): Fallbeispiele auswählen oder eine eigene Szenario-Datei laden.</li>"
            "<li><b>F5</b> startet die Präsentation im Vollbild: Situation, Frage an die Runde mit Abstimmung, "
            "Auflösung und Ergebnis. Leertaste oder → weiter, ← zurück, Esc beendet.</li>"
            "<li>Die Hilfe zu jeder Seite öffnen Sie mit <b>F1</b>; diese Einführung finden Sie wieder unter "
            "Hilfe → Einführung.</li></ul>")},
    };
    for (const Page& p : pages) {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        auto* title = new QLabel(p.title, page);
        scaleFont(title, 1.3, true);
        auto* body = new QLabel(p.body, page);
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        v->addWidget(title);
        v->addWidget(body, 1);
        page->setAccessibleName(p.title);
        m_pages->addWidget(page);
    }
    layout->addWidget(m_pages, 1);
    m_dontShow = new QCheckBox(tr("Beim nächsten Start &nicht mehr zeigen"), this);
    m_dontShow->setObjectName(QStringLiteral("tourDontShowCheckBox"));
    m_dontShow->setChecked(true);
    m_dontShow->setAccessibleDescription(tr("Die Einführung bleibt über Hilfe → Einführung erreichbar."));
    layout->addWidget(m_dontShow);
    auto* row = new QHBoxLayout;
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("tourStepLabel"));
    m_back = new QPushButton(tr("< &Zurück"), this);
    m_back->setObjectName(QStringLiteral("tourBackButton"));
    m_back->setAccessibleDescription(tr("Zeigt den vorigen Schritt der Einführung."));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("tourNextButton"));
    m_next->setDefault(true);
    m_next->setAccessibleDescription(tr("Zeigt den nächsten Schritt oder schließt die Einführung."));
    row->addWidget(m_step, 1);
    row->addWidget(m_back);
    row->addWidget(m_next);
    layout->addLayout(row);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentPage() + 1 < pageCount())
            showPage(currentPage() + 1);
        else
            finish();
    });
    connect(this, &QDialog::rejected, this, [this] {
        if (m_dontShow->isChecked())
            Config::current().setUserValue(QStringLiteral("tour/seen"), true);
    });
    showPage(0);
}

int IntroTour::pageCount() const
{
    return m_pages->count();
}

int IntroTour::currentPage() const
{
    return m_pages->currentIndex();
}

bool IntroTour::shouldOfferAtStart()
{
    const Config& config = Config::current();
    return config.boolean(QStringLiteral("tour/enabled")) && !config.boolean(QStringLiteral("tour/seen"));
}

void IntroTour::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_pages->setCurrentIndex(index);
    m_step->setText(tr("Schritt %1 von %2").arg(index + 1).arg(pageCount()));
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < pageCount() ? tr("&Weiter >") : tr("&Fertig"));
    m_next->setAccessibleName(m_next->text().remove(u'&'));
    m_next->setFocus();
}

void IntroTour::finish()
{
    if (m_dontShow->isChecked())
        Config::current().setUserValue(QStringLiteral("tour/seen"), true);
    accept();
}

} // namespace kilotse::gui
