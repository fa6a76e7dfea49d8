#include "ServiceDialog.h"

#include "RegistryModels.h"
#include "Theme.h"
#include "registry/ServiceFields.h"
#include "ui_servicedialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kilotse::gui {

namespace {
QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QString fieldTitle(const QString& field)
{
    static const QMap<QString, QString> titles{
        {QStringLiteral("name"), ServiceDialog::tr("Name")},
        {QStringLiteral("vendor"), ServiceDialog::tr("Anbieter/Betreiber")},
        {QStringLiteral("product"), ServiceDialog::tr("Produkt")},
        {QStringLiteral("models"), ServiceDialog::tr("Modelle")},
        {QStringLiteral("use_cases"), ServiceDialog::tr("Anwendungsfälle")},
        {QStringLiteral("restrictions"), ServiceDialog::tr("Einschränkungen")},
        {QStringLiteral("access_url"), ServiceDialog::tr("Adresse")},
        {QStringLiteral("access_requirements"), ServiceDialog::tr("Zugangsvoraussetzungen")},
        {QStringLiteral("next_review"), ServiceDialog::tr("Nächste Prüfung")},
        {QStringLiteral("approved_on"), ServiceDialog::tr("Freigegeben am")},
        {QStringLiteral("avv_date"), ServiceDialog::tr("AVV-Datum")},
        {QStringLiteral("notes"), ServiceDialog::tr("Notizen")},
    };
    return titles.value(field.section(u'/', 0, 0), field);
}

QString problemText(const FieldProblem& p)
{
    const QString field = fieldTitle(p.field);
    if (p.code == QLatin1String("missing") && p.field == QLatin1String("next_review"))
        return ServiceDialog::tr("Ein freigegebener Dienst braucht ein Datum für die nächste Prüfung.");
    if (p.code == QLatin1String("missing"))
        return ServiceDialog::tr("„%1“ fehlt.").arg(field);
    if (p.code == QLatin1String("too-long"))
        return ServiceDialog::tr("„%1“ ist zu lang.").arg(field);
    if (p.code == QLatin1String("invalid-url"))
        return ServiceDialog::tr("„%1“ muss mit https:// oder http:// beginnen, z. B. https://ki.example.org.")
            .arg(field);
    if (p.code == QLatin1String("invalid-list-item"))
        return ServiceDialog::tr("„%1“: Jede Zeile höchstens 200 Zeichen und ohne „|“.").arg(field);
    if (p.code == QLatin1String("date-order"))
        return ServiceDialog::tr("Die nächste Prüfung kann nicht vor der Freigabe liegen.");
    if (p.code == QLatin1String("unknown-use-case"))
        return ServiceDialog::tr("Unbekannter Anwendungsfall.");
    return ServiceDialog::tr("„%1“ ist ungültig.").arg(field);
}
} // namespace

ServiceDialog::ServiceDialog(const PolicyPack& pack, const Service& service, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServiceDialog>()), m_pack(pack), m_original(service)
{
    m_ui->setupUi(this);
    setWindowTitle(service.id == 0 ? tr("Neuen KI-Dienst erfassen") : tr("KI-Dienst bearbeiten: %1").arg(service.name));
    for (auto d : {Service::Deployment::PublicWeb, Service::Deployment::Saas, Service::Deployment::CloudTenant,
                   Service::Deployment::OnPremises})
        m_ui->deploymentComboBox->addItem(deploymentTitle(d), deploymentId(d));
    for (auto l : {Service::Location::DE, Service::Location::EU, Service::Location::NonEU})
        m_ui->locationComboBox->addItem(locationTitle(l), locationId(l));
    for (int level = 0; level <= 2; ++level)
        m_ui->maxLevelComboBox->addItem(levelTitle(level), level);
    for (auto s :
         {Service::Status::Pilot, Service::Status::Approved, Service::Status::Suspended, Service::Status::Retired})
        m_ui->statusComboBox->addItem(statusTitle(s), statusId(s));
    m_ui->aiActRoleComboBox->addItem(tr("Betreiber (Nutzung eines fremden Systems)"),
                                     aiActRoleId(Service::AiActRole::Deployer));
    m_ui->aiActRoleComboBox->addItem(tr("Anbieter (eigener Name oder eigene Anpassung)"),
                                     aiActRoleId(Service::AiActRole::Provider));
    for (const UseCase& u : pack.useCases) {
        auto* item = new QListWidgetItem(u.title, m_ui->useCasesListWidget);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setAccessibleDescription(tr("Prüft die Angaben und speichert den Dienst im Verzeichnis."));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Schließt den Dialog, ohne Änderungen zu speichern."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
    load(service);
}

ServiceDialog::~ServiceDialog() = default;

void ServiceDialog::load(const Service& s)
{
    auto select = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    m_ui->nameLineEdit->setText(s.name);
    m_ui->vendorLineEdit->setText(s.vendor);
    m_ui->productLineEdit->setText(s.product);
    m_ui->modelsPlainTextEdit->setPlainText(s.models.join(u'\n'));
    select(m_ui->deploymentComboBox, deploymentId(s.deployment));
    select(m_ui->locationComboBox, locationId(s.location));
    m_ui->backflowCheckBox->setChecked(s.backflowExcluded);
    m_ui->retentionLineEdit->setText(s.inputRetention);
    m_ui->avvCheckBox->setChecked(s.avvPresent);
    m_ui->avvReferenceLineEdit->setText(s.avvReference);
    m_ui->avvDateLineEdit->setText(s.avvDate.isValid() ? s.avvDate.toString(Qt::ISODate) : QString());
    m_ui->dpiaCheckBox->setChecked(s.dpiaDone);
    m_ui->dpiaReferenceLineEdit->setText(s.dpiaReference);
    m_ui->staffCouncilCheckBox->setChecked(s.staffCouncilInvolved);
    select(m_ui->maxLevelComboBox, s.maxLevel);
    m_ui->personalDataCheckBox->setChecked(s.personalDataPermitted);
    m_ui->specialSecrecyCheckBox->setChecked(s.specialSecrecyPermitted);
    for (int i = 0; i < m_ui->useCasesListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->useCasesListWidget->item(i);
        item->setCheckState(s.useCases.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->restrictionsPlainTextEdit->setPlainText(s.restrictions.join(u'\n'));
    m_ui->accessUrlLineEdit->setText(s.accessUrl);
    m_ui->accessRequirementsPlainTextEdit->setPlainText(s.accessRequirements.join(u'\n'));
    m_ui->ownerDepartmentLineEdit->setText(s.ownerDepartment);
    m_ui->ownerContactLineEdit->setText(s.ownerContact);
    select(m_ui->statusComboBox, statusId(s.status));
    m_ui->approvedOnLineEdit->setText(s.approvedOn.isValid() ? s.approvedOn.toString(Qt::ISODate) : QString());
    m_ui->nextReviewLineEdit->setText(s.nextReview.isValid() ? s.nextReview.toString(Qt::ISODate) : QString());
    select(m_ui->aiActRoleComboBox, aiActRoleId(s.aiActRole));
    m_ui->notesPlainTextEdit->setPlainText(s.notes);
    m_result = s;
}

QStringList ServiceDialog::read(Service& s, QStringList* fields) const
{
    QStringList problems;
    QStringList problemFields;
    s = m_original; // keeps id, version and checklist answers
    s.name = m_ui->nameLineEdit->text().trimmed();
    s.vendor = m_ui->vendorLineEdit->text().trimmed();
    s.product = m_ui->productLineEdit->text().trimmed();
    s.models = lines(m_ui->modelsPlainTextEdit->toPlainText());
    s.deployment = *parseDeployment(m_ui->deploymentComboBox->currentData().toString());
    s.location = *parseLocation(m_ui->locationComboBox->currentData().toString());
    s.backflowExcluded = m_ui->backflowCheckBox->isChecked();
    s.inputRetention = m_ui->retentionLineEdit->text().trimmed();
    s.avvPresent = m_ui->avvCheckBox->isChecked();
    s.avvReference = m_ui->avvReferenceLineEdit->text().trimmed();
    s.dpiaDone = m_ui->dpiaCheckBox->isChecked();
    s.dpiaReference = m_ui->dpiaReferenceLineEdit->text().trimmed();
    s.staffCouncilInvolved = m_ui->staffCouncilCheckBox->isChecked();
    s.maxLevel = m_ui->maxLevelComboBox->currentData().toInt();
    s.personalDataPermitted = m_ui->personalDataCheckBox->isChecked();
    s.specialSecrecyPermitted = m_ui->specialSecrecyCheckBox->isChecked();
    s.useCases.clear();
    for (int i = 0; i < m_ui->useCasesListWidget->count(); ++i)
        if (m_ui->useCasesListWidget->item(i)->checkState() == Qt::Checked)
            s.useCases << m_ui->useCasesListWidget->item(i)->data(Qt::UserRole).toString();
    s.restrictions = lines(m_ui->restrictionsPlainTextEdit->toPlainText());
    s.accessUrl = m_ui->accessUrlLineEdit->text().trimmed();
    s.accessRequirements = lines(m_ui->accessRequirementsPlainTextEdit->toPlainText());
    s.ownerDepartment = m_ui->ownerDepartmentLineEdit->text().trimmed();
    s.ownerContact = m_ui->ownerContactLineEdit->text().trimmed();
    s.status = *parseStatus(m_ui->statusComboBox->currentData().toString());
    s.aiActRole = *parseAiActRole(m_ui->aiActRoleComboBox->currentData().toString());
    s.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    // Dates go through the canonical field parser (YYYY-MM-DD or TT.MM.JJJJ).
    const QList<QPair<const char*, QLineEdit*>> dates{{"avv_date", m_ui->avvDateLineEdit},
                                                      {"approved_on", m_ui->approvedOnLineEdit},
                                                      {"next_review", m_ui->nextReviewLineEdit}};
    for (const auto& [field, edit] : dates)
        if (!serviceField(QLatin1String(field))->set(s, edit->text()).isEmpty()) {
            problems << tr("„%1“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).")
                            .arg(fieldTitle(QLatin1String(field)));
            problemFields << QLatin1String(field);
        }
    // An approval without a review date gets the pack's review interval (BSI: at least yearly).
    if (s.status == Service::Status::Approved && !s.nextReview.isValid() && problems.isEmpty() && m_pack.registry)
        s.nextReview =
            (s.approvedOn.isValid() ? s.approvedOn : QDate::currentDate()).addDays(m_pack.registry->reviewIntervalDays);
    QStringList known;
    for (const UseCase& u : m_pack.useCases)
        known << u.id;
    for (const FieldProblem& p : validateService(s, known)) {
        problems << problemText(p);
        problemFields << p.field;
    }
    if (fields)
        *fields = problemFields;
    return problems;
}

QWidget* ServiceDialog::fieldWidget(const QString& field) const
{
    const QHash<QString, QWidget*> widgets{
        {QStringLiteral("name"), m_ui->nameLineEdit},
        {QStringLiteral("vendor"), m_ui->vendorLineEdit},
        {QStringLiteral("product"), m_ui->productLineEdit},
        {QStringLiteral("models"), m_ui->modelsPlainTextEdit},
        {QStringLiteral("deployment"), m_ui->deploymentComboBox},
        {QStringLiteral("location"), m_ui->locationComboBox},
        {QStringLiteral("backflow_excluded"), m_ui->backflowCheckBox},
        {QStringLiteral("input_retention"), m_ui->retentionLineEdit},
        {QStringLiteral("avv_present"), m_ui->avvCheckBox},
        {QStringLiteral("avv_reference"), m_ui->avvReferenceLineEdit},
        {QStringLiteral("avv_date"), m_ui->avvDateLineEdit},
        {QStringLiteral("dpia_done"), m_ui->dpiaCheckBox},
        {QStringLiteral("dpia_reference"), m_ui->dpiaReferenceLineEdit},
        {QStringLiteral("staff_council_involved"), m_ui->staffCouncilCheckBox},
        {QStringLiteral("max_level"), m_ui->maxLevelComboBox},
        {QStringLiteral("personal_data_permitted"), m_ui->personalDataCheckBox},
        {QStringLiteral("special_secrecy_permitted"), m_ui->specialSecrecyCheckBox},
        {QStringLiteral("use_cases"), m_ui->useCasesListWidget},
        {QStringLiteral("restrictions"), m_ui->restrictionsPlainTextEdit},
        {QStringLiteral("access_url"), m_ui->accessUrlLineEdit},
        {QStringLiteral("access_requirements"), m_ui->accessRequirementsPlainTextEdit},
        {QStringLiteral("owner_department"), m_ui->ownerDepartmentLineEdit},
        {QStringLiteral("owner_contact"), m_ui->ownerContactLineEdit},
        {QStringLiteral("status"), m_ui->statusComboBox},
        {QStringLiteral("approved_on"), m_ui->approvedOnLineEdit},
        {QStringLiteral("next_review"), m_ui->nextReviewLineEdit},
        {QStringLiteral("ai_act_role"), m_ui->aiActRoleComboBox},
        {QStringLiteral("notes"), m_ui->notesPlainTextEdit}};
    return widgets.value(field);
}

void ServiceDialog::markProblems(const QStringList& problems, const QStringList& fields)
{
    // Undo the marks of the previous attempt.
    for (QWidget* w : findChildren<QWidget*>()) {
        const QVariant original = w->property("kilotse_description");
        if (!original.isValid())
            continue;
        w->setAccessibleDescription(original.toString());
        w->setProperty("kilotse_description", QVariant());
        w->setStyleSheet(QString());
    }
    QWidget* first = nullptr;
    for (qsizetype i = 0; i < problems.size() && i < fields.size(); ++i) {
        QWidget* w = fieldWidget(fields.at(i));
        if (!w)
            continue;
        if (!w->property("kilotse_description").isValid())
            w->setProperty("kilotse_description", w->accessibleDescription());
        w->setAccessibleDescription(problems.at(i) + QStringLiteral(" ") +
                                    w->property("kilotse_description").toString());
        w->setStyleSheet(QStringLiteral("border: 2px solid #a35200;"));
        if (!first)
            first = w;
    }
    setNotice(problems.join(u'\n'));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    // Screen readers announce an alert; the focus move reads the field with its problem.
    QAccessibleEvent alert(m_ui->problemsLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

bool ServiceDialog::runChecklist(Service& s)
{
    if (!m_pack.registry || s.maxLevel < 2 || s.status != Service::Status::Approved)
        return true;
    ChecklistDialog checklist(*m_pack.registry, s.maxLevel, s, this); // prefilled from the form
    if (checklist.exec() != QDialog::Accepted)
        return false;
    s.checklist = checklist.answers();
    const QStringList open = checklist.openMustItems();
    if (!open.isEmpty()) {
        setNotice(tr("Für Schutzstufe %1 fehlen Pflichtkriterien: %2. Der Dienst kann so nicht für diese Stufe "
                     "freigegeben werden; wählen Sie eine niedrigere Stufe oder den Status „Pilot“.")
                      .arg(s.maxLevel)
                      .arg(open.join(QStringLiteral("; "))));
        m_original.checklist = s.checklist; // keep the answers given so far
        return false;
    }
    return true;
}

void ServiceDialog::accept()
{
    Service s;
    QStringList fields;
    const QStringList problems = read(s, &fields);
    markProblems(problems, fields);
    if (!problems.isEmpty())
        return;
    const bool raisedToLevel2 =
        s.maxLevel >= 2 &&
        (m_original.maxLevel < 2 || m_original.status != Service::Status::Approved || m_original.id == 0);
    if (raisedToLevel2 && !runChecklist(s))
        return;
    m_result = s;
    QDialog::accept();
}

Service ServiceDialog::service() const
{
    return m_result;
}

void ServiceDialog::setNotice(const QString& text)
{
    m_ui->problemsLabel->setText(text);
    m_ui->problemsLabel->setStyleSheet(text.isEmpty()
                                           ? QString()
                                           : QStringLiteral("QLabel { background: #fff1db; border: 2px solid #a35200; "
                                                            "padding: 6px; color: #1a1a1a; }"));
}

ChecklistDialog::ChecklistDialog(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers,
                                 QWidget* parent)
    : QDialog(parent), m_policy(policy), m_level(level)
{
    build(answers, {});
}

ChecklistDialog::ChecklistDialog(const RegistryPolicy& policy, int level, const Service& form, QWidget* parent)
    : QDialog(parent), m_policy(policy), m_level(level)
{
    build(prefillChecklist(policy, form, form.checklist), checklistFormAnswers(policy, form));
}

void ChecklistDialog::build(const QMap<QString, QString>& answers, const QMap<QString, ChecklistFormAnswer>& fromForm)
{
    m_given = answers;
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("Freigabe-Checkliste für Schutzstufe %1").arg(m_level));
    resize(820, 680);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Beantworten Sie jedes Kriterium. Pflichtkriterien (MUSS) brauchen „ja“ oder "
                      "„entfällt“, damit der Dienst für diese Stufe freigegeben werden kann. Was das Formular "
                      "schon sagt, ist eingetragen und markiert. Die Antworten werden mit dem Eintrag "
                      "gespeichert."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* progressRow = new QHBoxLayout;
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("checklistProgressBar"));
    m_progressBar->setAccessibleName(tr("Fortschritt der Checkliste"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(220);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("checklistProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    scaleFont(m_progressLabel, 1.0, true);
    auto* next = new QPushButton(tr("&Nächster offener Pflichtpunkt"), this);
    next->setObjectName(QStringLiteral("nextOpenItemButton"));
    next->setAccessibleDescription(tr("Springt zum nächsten Pflichtkriterium ohne „ja“ oder „entfällt“."));
    next->setAutoDefault(false);
    connect(next, &QPushButton::clicked, this, &ChecklistDialog::focusNextOpenMustItem);
    progressRow->addWidget(m_progressBar);
    progressRow->addWidget(m_progressLabel, 1);
    progressRow->addWidget(next);
    layout->addLayout(progressRow);

    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("checklistScrollArea"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(area);
    auto* list = new QVBoxLayout(content);
    QFont itemFont = font(); // every attribute set explicitly, so nothing of the heading font is inherited
    itemFont.setBold(false);
    itemFont.setPointSizeF(font().pointSizeF());
    itemFont.setFamilies(font().families());
    for (const ChecklistPhase& phase : checklistPhases(m_policy, m_level, answers)) {
        auto* group = new QGroupBox(content);
        group->setObjectName(phase.id + QStringLiteral("GroupBox"));
        scaleFont(group, 1.1, true);
        auto* groupLayout = new QVBoxLayout(group);
        for (const ChecklistItem* item : phase.items) {
            auto* frame = new QFrame(group);
            frame->setFrameShape(QFrame::StyledPanel);
            frame->setFont(itemFont); // the group's heading font is for the heading only
            auto* itemLayout = new QVBoxLayout(frame);
            auto* label = new QLabel(QStringLiteral("<b>%1 – %2</b><br>%3")
                                         .arg(item->must ? tr("MUSS") : tr("SOLL"), item->title.toHtmlEscaped(),
                                              item->question.toHtmlEscaped()),
                                     frame);
            label->setWordWrap(true);
            setPlainToolTip(label, item->help);
            itemLayout->addWidget(label);
            auto* answerRow = new QHBoxLayout;
            auto* answerLabel = new QLabel(tr("&Antwort:"), frame);
            auto* box = new QComboBox(frame);
            box->setObjectName(item->id + QStringLiteral("ComboBox"));
            box->addItem(tr("offen"), QString());
            box->addItem(tr("ja"), QStringLiteral("yes"));
            box->addItem(tr("nein"), QStringLiteral("no"));
            box->addItem(tr("entfällt"), QStringLiteral("n/a"));
            box->setCurrentIndex(std::max(0, box->findData(answers.value(item->id))));
            box->setAccessibleName(item->title);
            QString description = item->question;
            answerLabel->setBuddy(box);
            answerRow->addWidget(answerLabel);
            answerRow->addWidget(box);
            if (const auto it = fromForm.constFind(item->id); it != fromForm.cend()) {
                auto* formLabel = new QLabel(QStringLiteral("✓ ") + it->reason, frame);
                formLabel->setObjectName(item->id + QStringLiteral("FormLabel"));
                formLabel->setTextFormat(Qt::PlainText);
                formLabel->setWordWrap(true);
                answerRow->addWidget(formLabel, 1);
                description = it->reason + QStringLiteral(" ") + description;
                m_prefilled << item->id;
            } else {
                answerRow->addStretch(1);
            }
            box->setAccessibleDescription(description);
            itemLayout->addLayout(answerRow);
            groupLayout->addWidget(frame);
            m_rows.append({item, box});
            connect(box, &QComboBox::currentIndexChanged, this, &ChecklistDialog::updateProgress);
        }
        list->addWidget(group);
        m_phases.append({phase, group});
    }
    list->addStretch(1);
    area->setWidget(content);
    layout->addWidget(area, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Übernehmen"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateProgress();
}

void ChecklistDialog::updateProgress()
{
    const QMap<QString, QString> current = answers();
    const ChecklistProgress total = checklistProgress(m_policy, m_level, current);
    m_progressBar->setRange(0, std::max(1, total.total));
    m_progressBar->setValue(total.answered);
    const QString open = total.openMust == 0   ? tr("alle Pflichtpunkte erfüllt")
                         : total.openMust == 1 ? tr("1 Pflichtpunkt offen")
                                               : tr("%1 Pflichtpunkte offen").arg(total.openMust);
    const QString text = tr("%1 von %2 beantwortet · %3").arg(total.answered).arg(total.total).arg(open);
    m_progressLabel->setText(text);
    m_progressBar->setAccessibleDescription(text);
    for (auto& [phase, group] : m_phases) {
        ChecklistProgress p;
        for (const ChecklistItem* item : phase.items) {
            ++p.total;
            const QString answer = current.value(item->id);
            p.answered += answer.isEmpty() ? 0 : 1;
            p.openMust += item->must && !checklistAnswerFulfils(answer) ? 1 : 0;
        }
        phase.progress = p;
        QString title = tr("%1 – %2 von %3 beantwortet").arg(phase.title).arg(p.answered).arg(p.total);
        if (p.openMust > 0)
            title += p.openMust == 1 ? tr(", 1 Pflichtpunkt offen") : tr(", %1 Pflichtpunkte offen").arg(p.openMust);
        group->setTitle(title);
        group->setAccessibleName(title);
    }
}

QString ChecklistDialog::progressText() const
{
    return m_progressLabel->text();
}

QStringList ChecklistDialog::prefilledItems() const
{
    return m_prefilled;
}

bool ChecklistDialog::focusNextOpenMustItem()
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].second == focusWidget())
            start = i + 1;
    for (qsizetype n = 0; n < m_rows.size(); ++n) {
        const auto& [item, box] = m_rows[(start + n) % m_rows.size()];
        if (item->must && !checklistAnswerFulfils(box->currentData().toString())) {
            if (auto* area = findChild<QScrollArea*>(QStringLiteral("checklistScrollArea")))
                area->ensureWidgetVisible(box->parentWidget(), 20, 40);
            box->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

QMap<QString, QString> ChecklistDialog::answers() const
{
    QMap<QString, QString> result = m_given; // answers to items of other levels stay
    for (const auto& [item, box] : m_rows) {
        if (box->currentData().toString().isEmpty())
            result.remove(item->id);
        else
            result.insert(item->id, box->currentData().toString());
    }
    return result;
}

QStringList ChecklistDialog::openMustItems() const
{
    return kilotse::openMustItems(m_policy, m_level, answers());
}

} // namespace kilotse::gui
