#pragma once

#include "policy/PolicyPack.h"
#include "registry/Service.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kilotse {

// The approval checklist of a registry pack (RegistryPolicy::checklist) as the admin works through
// it: answers the service's form already gives, the lifecycle phases and the progress.
// Answers are "yes", "no" or "n/a" per item id; a missing answer is open.

// An answer that follows from a field of the form, with the reason people read next to it.
struct ChecklistFormAnswer
{
    QString answer; // "yes" or "n/a" ("no" only where the form says so: a location outside the EU)
    QString reason; // German (tr()), e.g. "Im Formular: Auftragsverarbeitungsvertrag liegt vor."
};

// The answers the form fields of `service` give, by item id, for the items of `policy` only.
// Only what the form really says: an unticked box gives no answer (it may just not be filled in).
// Mapped: gov.inventory (owner, contact, models and use cases filled), gov.review (next review
// within the review interval), plan.dpia, plan.staff_council, proc.avv, proc.no_training,
// proc.eu_location (DE/EU yes, outside the EU no), proc.cloud_standard (own operation: n/a),
// proc.special_secrecy (not cleared for special secrecy data: n/a).
QMap<QString, ChecklistFormAnswer> checklistFormAnswers(const RegistryPolicy& policy, const Service& service);

// `given` (the stored answers) with the form's answers applied: an answer the form gives replaces
// the stored one (the form is what the admin is saving now); all other stored answers stay.
QMap<QString, QString> prefillChecklist(const RegistryPolicy& policy, const Service& service,
                                        const QMap<QString, QString>& given);

// True when the item applies to `level` (its `levels` contain it).
bool checklistItemApplies(const ChecklistItem& item, int level);
// "yes" or "n/a": a MUST item with one of these is fulfilled.
bool checklistAnswerFulfils(const QString& answer);

struct ChecklistProgress
{
    int total = 0;    // items for the level
    int answered = 0; // items with any answer (yes, no, n/a)
    int must = 0;     // MUST items for the level
    int openMust = 0; // MUST items without "yes" or "n/a"
};

struct ChecklistPhase
{
    QString id;                        // the items' phase field ("governance", …)
    QString title;                     // German (tr()), e.g. "Beschaffung"
    QList<const ChecklistItem*> items; // in pack order; point into the policy
    ChecklistProgress progress;
};

// The phases of the items for `level`, in the order they first appear in the pack, each with its
// progress. The pointers stay valid as long as `policy` lives unchanged.
QList<ChecklistPhase> checklistPhases(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers);
ChecklistProgress checklistProgress(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers);
// German title of a phase id; an unknown id is returned as it is.
QString checklistPhaseTitle(const QString& phase);

// Titles of the MUST items for `level` not answered "yes" or "n/a", in pack order.
QStringList openMustItems(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers);

} // namespace kilotse
