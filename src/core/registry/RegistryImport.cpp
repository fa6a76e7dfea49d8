#include "registry/ImportSource.h"
#include "registry/RegistryImpl.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <memory>
#include <string_view>
#include <vector>

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::RegistryImport)
};

void reportProgress(const ImportRules& rules, qint64 done, qint64 total, bool force = false)
{
    if (rules.progress && (force || done % 1024 == 0))
        rules.progress(done, total);
}

// The problem code of a failed write: the CLI tells bad files (exit 2) from failures of the
// registry (exit 1) by these.
QString writeProblemCode(const RegistryError& error)
{
    switch (error.kind) {
    case RegistryError::Kind::Conflict:
        return QStringLiteral("conflict");
    case RegistryError::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case RegistryError::Kind::Locked:
        return QStringLiteral("locked");
    case RegistryError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case RegistryError::Kind::Offline:
        return QStringLiteral("offline");
    default:
        return QStringLiteral("database");
    }
}

// The field as the file names it: in a JSON file the nested members ("avv_present" is
// /avv/present), in a CSV file the column name.
QString jsonMember(const ImportRow& row, const QString& field)
{
    if (!row.pointer.startsWith(u'/'))
        return field;
    static const QHash<QString, QString> nested{
        {QStringLiteral("avv_present"), QStringLiteral("avv/present")},
        {QStringLiteral("avv_reference"), QStringLiteral("avv/reference")},
        {QStringLiteral("avv_date"), QStringLiteral("avv/date")},
        {QStringLiteral("dpia_done"), QStringLiteral("dpia/done")},
        {QStringLiteral("dpia_reference"), QStringLiteral("dpia/reference")},
        {QStringLiteral("owner_department"), QStringLiteral("owner/department")},
        {QStringLiteral("owner_contact"), QStringLiteral("owner/contact")},
    };
    return nested.value(field, field);
}

} // namespace

ImportReport Registry::importServices(const QList<ImportRow>& rows, bool dryRun, const QString& actor,
                                      const QStringList& knownUseCases, const ImportRules& rules)
{
    ImportReport report;
    const qint64 total = static_cast<qint64>(rows.size()) * 2;
    const RegistryPolicy* policy = rules.policy;

    // The stored names, read once (not one query per row), by their comparison key (NFC, case-folded).
    QHash<QString, qint64> storedIds;
    {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name FROM services")))
            while (q.next())
                storedIds.insert(serviceNameKey(q.value(1).toString()), q.value(0).toLongLong());
    }
    // The stored records of the names the file updates: one by one for a few, all at once for many.
    QHash<QString, int> keyRow; // name key -> index of the first row with it
    QList<qint64> matchedIds;
    for (const ImportRow& row : rows)
        if (const auto it = storedIds.constFind(serviceNameKey(row.service.name)); it != storedIds.cend())
            matchedIds.append(*it);
    storedIds.clear();
    QHash<qint64, Service> stored;
    if (matchedIds.size() > 200) {
        const QSet<qint64> wanted(matchedIds.cbegin(), matchedIds.cend());
        for (const Service& s : services())
            if (wanted.contains(s.id))
                stored.insert(s.id, s);
    } else {
        for (const qint64 id : matchedIds)
            if (auto s = service(id))
                stored.insert(id, *s);
    }
    QHash<QString, qint64> storedByKey;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        storedByKey.insert(serviceNameKey(it->name), it.key());

    // Check every row. An update changes only the fields the file gives; everything else stays as
    // stored. `updates` holds the merged records of rows that change a stored service, `plan` says
    // for each row which (kNew: written from the row itself without a copy; kUnchanged: nothing to
    // write, and the stored record is dropped at once, so a re-import of a large file stays small).
    constexpr qsizetype kNew = -1;
    constexpr qsizetype kUnchanged = -2;
    QList<Service> updates;
    QList<qsizetype> plan(rows.size(), kNew);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRow& row = rows[i];
        const QString key = serviceNameKey(row.service.name);
        auto problem = [&](const QString& field, const QString& code, const QString& message) {
            report.problems.append(
                Diagnostic{row.file, row.line, row.line > 0 ? 1 : 0,
                           row.pointer + (field.isEmpty() ? QString() : u'/' + jsonMember(row, field)), code, message});
        };
        const Service* existing = nullptr;
        if (const auto id = storedByKey.constFind(key); id != storedByKey.cend())
            if (const auto it = stored.constFind(*id); it != stored.cend())
                existing = &*it;
        const Service* checked = &row.service;
        if (existing) {
            Service merged = *existing;
            for (const ServiceField& f : serviceFields())
                if (row.fields.isEmpty() || row.fields.contains(QLatin1String(f.name)))
                    f.set(merged, f.get(row.service));
            plan[i] = updates.size();
            updates.append(std::move(merged));
            checked = &updates.last();
        }
        for (const FieldProblem& p : validateService(*checked, knownUseCases))
            problem(p.field, p.code, p.message);
        if (!key.isEmpty()) {
            const auto first = keyRow.constFind(key);
            if (first != keyRow.cend())
                problem(QStringLiteral("name"), QString::fromLatin1(Diagnostic::CodeDuplicateId),
                        Tr::tr("the name \"%1\" appears twice in the file (first in line %2; names are compared "
                               "ignoring case and Unicode normalisation)")
                            .arg(row.service.name)
                            .arg(rows[*first].line));
            else
                keyRow.insert(key, static_cast<int>(i));
        }
        // The approval checklist of the pack, as the service form enforces it: an approved
        // level-2 service needs every MUST item answered "yes" or "n/a". A stored service that is
        // already approved at that level keeps its answers (the import may not open more items).
        if (policy) {
            const QStringList open = openMustItemsForImport(*policy, *checked);
            QStringList before;
            if (existing)
                before = openMustItemsForImport(*policy, *existing);
            const bool worse =
                std::any_of(open.cbegin(), open.cend(), [&](const QString& id) { return !before.contains(id); });
            if (!open.isEmpty() && (!existing || worse))
                problem(QStringLiteral("checklist"), QString::fromLatin1(kImportCodeChecklist),
                        Tr::tr("approved for level %1, but the MUST items of the approval checklist are not all "
                               "answered \"yes\" or \"n/a\": %2. Answer them in the checklist field, or import "
                               "the service with status \"pilot\" and approve it in the form")
                            .arg(checked->maxLevel)
                            .arg(open.join(QStringLiteral(", "))));
        }
        if (existing && updates.last() == *existing) {
            const qint64 id = existing->id;
            updates.removeLast();
            plan[i] = kUnchanged;
            stored.remove(id);
        }
        reportProgress(rules, i + 1, total);
    }
    keyRow.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (plan[i] == kNew)
            ++report.added;
        else if (plan[i] >= 0)
            ++report.updated;
    }
    if (!report.problems.isEmpty()) {
        report.added = report.updated = 0;
        return report;
    }
    if (dryRun) {
        reportProgress(rules, total, total, true);
        return report;
    }
    RegistryError error;
    auto fail = [&](const ImportRow* row) {
        report.added = report.updated = 0;
        QString message = registryErrorText(error);
        if (row && !row->service.name.isEmpty())
            message = QStringLiteral("\"%1\": %2").arg(row->service.name, message);
        // Someone else changed the registry after the file was checked: a new run sees it.
        if (error.kind == RegistryError::Kind::Duplicate || error.kind == RegistryError::Kind::Conflict)
            message += u' ' + Tr::tr("Nothing was imported. The registry was changed meanwhile: run the import "
                                     "again (a service that exists by then is updated instead of added).");
        report.problems.append(Diagnostic{row ? row->file : QString(), row ? row->line : 0,
                                          row && row->line > 0 ? 1 : 0, row ? row->pointer : QString(),
                                          writeProblemCode(error), message});
        return report;
    };
    if (d->refuseChange(&error))
        return fail(nullptr);
    const ImportRow* failedRow = nullptr;
    const QString action = QStringLiteral("import");
    qsizetype maxLevelColumn = -1;
    for (qsizetype k = 0; k < serviceFields().size(); ++k)
        if (serviceFields()[k].name == std::string_view("max_level"))
            maxLevelColumn = k;
    // SQLite: a larger page cache for a large import (the default 2 MB spills the transaction's
    // pages into the WAL again and again); the connection's setting is restored afterwards.
    QString cacheSize;
    if (!isPostgres() && rows.size() > 1000) {
        QSqlQuery q(d->db());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toString();
        q.finish();
        if (!cacheSize.isEmpty())
            q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
    }
    const auto restoreCache = qScopeGuard([&] {
        if (!cacheSize.isEmpty()) {
            QSqlQuery q(d->db());
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toInt()));
        }
    });
    const bool ok = d->withWriter(&error, [&] {
        if (!d->begin(&error))
            return false;
        // New services are written with statements prepared once for the whole import: one
        // INSERT per service and one multi-row INSERT for its audit entries (Impl::insert()
        // prepares a statement per row and per audit entry, which made a 300,000-row import take
        // minutes). Named placeholders: Qt formats a name for every positional bind. The rows and
        // audit entries are exactly those of Impl::insert() and Impl::writeAudit() — keep them in step.
        const QList<ServiceField>& fields = serviceFields();
        QStringList names;
        for (const ServiceField& f : fields)
            names << u':' + QLatin1String(f.name);
        QSqlQuery insertService(d->db());
        if (!insertService.prepare(QStringLiteral("INSERT INTO services (%1) VALUES (%2) RETURNING id")
                                       .arg(columnList(), names.join(QStringLiteral(", "))))) {
            error = Impl::classify(insertService.lastError());
            d->rollback();
            return false;
        }
        QStringList fieldNames, valueNames;
        for (qsizetype k = 0; k < fields.size(); ++k) {
            fieldNames << QStringLiteral(":f%1").arg(k);
            valueNames << QStringLiteral(":v%1").arg(k);
        }
        const QString idName = QStringLiteral(":id"), nameName = QStringLiteral(":name"),
                      atName = QStringLiteral(":at"), actorName = QStringLiteral(":actor"),
                      actionName = QStringLiteral(":action");
        std::vector<std::unique_ptr<QSqlQuery>> auditByCount(fields.size() + 1); // by number of entries
        auto auditQuery = [&](qsizetype count) -> QSqlQuery* {
            auto& q = auditByCount[count];
            if (!q) {
                QStringList tuples;
                for (qsizetype k = 0; k < count; ++k)
                    tuples << QStringLiteral("(:id, :name, :at, :actor, :action, :f%1, '', :v%1)").arg(k);
                q = std::make_unique<QSqlQuery>(d->db());
                if (!q->prepare(QStringLiteral("INSERT INTO audit_log (service_id, service_name, at, actor, action, "
                                               "field, old_value, new_value) VALUES ") +
                                tuples.join(QStringLiteral(", ")))) {
                    error = Impl::classify(q->lastError());
                    q.reset();
                }
            }
            return q.get();
        };
        const QString empty = QStringLiteral("");
        QList<QString> values(fields.size());
        auto insertNew = [&](const Service& s) {
            qsizetype count = 0;
            for (qsizetype k = 0; k < fields.size(); ++k) {
                values[k] = fields[k].get(s);
                if (k == maxLevelColumn)
                    insertService.bindValue(names[k], s.maxLevel);
                else
                    insertService.bindValue(names[k], values[k].isNull() ? empty : values[k]); // null binds SQL NULL
                count += values[k].isEmpty() ? 0 : 1;
            }
            if (!d->exec(insertService, &error) || !insertService.next())
                return false;
            const qint64 id = insertService.value(0).toLongLong();
            insertService.finish();
            if (count == 0)
                return true;
            QSqlQuery* audit = auditQuery(count);
            if (!audit)
                return false;
            audit->bindValue(idName, id);
            audit->bindValue(nameName, s.name);
            audit->bindValue(atName, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            audit->bindValue(actorName, actor);
            audit->bindValue(actionName, action);
            qsizetype entry = 0;
            for (qsizetype k = 0; k < fields.size(); ++k) {
                if (values[k].isEmpty())
                    continue;
                audit->bindValue(fieldNames[entry], QString::fromLatin1(fields[k].name));
                audit->bindValue(valueNames[entry], values[k]);
                ++entry;
            }
            return d->exec(*audit, &error);
        };
        for (qsizetype i = 0; i < rows.size(); ++i) {
            bool written = true;
            if (plan[i] == kNew) {
                written = insertNew(rows[i].service);
            } else if (plan[i] >= 0) {
                const Service& merged = updates[plan[i]];
                written = d->updateRow(stored[merged.id], merged, actor, action, &error);
            }
            if (!written) {
                failedRow = &rows[i];
                d->rollback();
                return false;
            }
            reportProgress(rules, rows.size() + i + 1, total);
        }
        if (!d->takeOver(&error) || !d->commit(&error)) {
            d->rollback();
            return false;
        }
        return true;
    });
    if (!ok) {
        if (!error)
            error = makeError(RegistryError::Kind::Database, QStringLiteral("the import was not written"));
        return fail(failedRow);
    }
    reportProgress(rules, total, total, true);
    report.applied = true;
    return report;
}

ImportReport importServicesFile(Registry& registry, const PolicyPack& pack, const QByteArray& bytes,
                                const QString& fileName, const ImportOptions& options, const QString& actor)
{
    ImportReport report;
    if (bytes.size() > kMaxImportBytes) {
        report.problems.append({fileName,
                                0,
                                0,
                                {},
                                QString::fromLatin1(Diagnostic::CodeTooLarge),
                                Tr::tr("the file is larger than %1 MiB: split it into several files")
                                    .arg(kMaxImportBytes / (1024 * 1024))});
        return report;
    }
    const std::optional<QByteArray> utf8 = importBytesAsUtf8(bytes, options.sourceEncoding, fileName, &report.problems);
    if (!utf8)
        return report;
    const QByteArray body = utf8->startsWith("\xEF\xBB\xBF") ? utf8->mid(3) : *utf8;
    const bool json = body.trimmed().startsWith('{') || fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    ServiceParseResult parsed = json ? parseServicesJson(body, fileName) : parseServicesCsv(*utf8, fileName);
    if (!parsed.problems.isEmpty()) {
        report.problems = parsed.problems;
        return report;
    }
    QStringList useCases;
    for (const UseCase& u : pack.useCases)
        useCases << u.id;
    const ImportRules rules{pack.registry ? &*pack.registry : nullptr, options.progress};
    const bool demo = registry.isDemo();
    if (demo && !options.dryRun && options.leaveDemo != QLatin1String("retire") &&
        options.leaveDemo != QLatin1String("keep")) {
        report.problems.append(Diagnostic{
            fileName,
            0,
            0,
            {},
            QStringLiteral("demo"),
            Tr::tr("the registry is the demo of the fictional Musterstadt: say what becomes of its services "
                   "(--leave-demo retire: they are set to retired, recommended; --leave-demo keep: they stay "
                   "approved); nothing was changed")});
        return report;
    }
    if (demo && !options.dryRun) {
        // The file is checked first, so a refused file leaves the demo as it was; the demo's
        // services are retired before the import, so services of the file that reuse a demo
        // name are imported as the file says.
        report = registry.importServices(parsed.rows, true, actor, useCases, rules);
        if (!report.problems.isEmpty())
            return report;
        RegistryError error;
        if (options.leaveDemo == QLatin1String("retire") ? registry.retireDemoServices(actor, &error) < 0
                                                         : !registry.clearDemoMark(&error)) {
            report.problems.append(Diagnostic{fileName, 0, 0, {}, QStringLiteral("demo"), registryErrorText(error)});
            return report;
        }
    }
    report = registry.importServices(parsed.rows, options.dryRun, actor, useCases, rules);
    return report;
}

ImportReport importServicesFile(Registry& registry, const PolicyPack& pack, const QByteArray& bytes,
                                const QString& fileName, bool dryRun, const QString& actor)
{
    ImportOptions options;
    options.dryRun = dryRun;
    return importServicesFile(registry, pack, bytes, fileName, options, actor);
}

} // namespace kilotse
