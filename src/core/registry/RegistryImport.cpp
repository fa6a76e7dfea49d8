#include "registry/RegistryImpl.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

namespace kilotse {

ImportReport Registry::importServices(const QList<ImportRow>& rows, bool dryRun, const QString& actor,
                                      const QStringList& knownUseCases)
{
    ImportReport report;
    QSet<QString> names;
    // An update changes only the fields the file gives; everything else stays as stored.
    QList<std::pair<Service, std::optional<Service>>> planned; // (record to write, stored record)
    for (const ImportRow& row : rows) {
        auto problem = [&](const QString& field, const QString& code, const QString& message) {
            report.problems.append(Diagnostic{row.file, row.line, row.line > 0 ? 1 : 0,
                                              row.pointer + (field.isEmpty() ? QString() : u'/' + field), code,
                                              message});
        };
        const auto existing = serviceByName(row.service.name);
        Service merged = row.service;
        if (existing) {
            merged = *existing;
            for (const ServiceField& f : serviceFields())
                if (row.fields.isEmpty() || row.fields.contains(QLatin1String(f.name)))
                    f.set(merged, f.get(row.service));
        }
        for (const FieldProblem& p : validateService(merged, knownUseCases))
            problem(p.field, p.code, p.message);
        const QString key = row.service.name.trimmed().toCaseFolded();
        if (!key.isEmpty() && names.contains(key))
            problem(QStringLiteral("name"), QStringLiteral("duplicate-id"),
                    QStringLiteral("the name \"%1\" appears twice in the file").arg(row.service.name));
        names.insert(key);
        planned.append({merged, existing});
    }
    for (const auto& [merged, existing] : planned) {
        if (!existing)
            ++report.added;
        else if (!(merged == *existing))
            ++report.updated;
    }
    if (!report.problems.isEmpty()) {
        report.added = report.updated = 0;
        return report;
    }
    if (dryRun)
        return report;
    if (d->readOnly) {
        report.problems.append(Diagnostic{
            {}, 0, 0, {}, QStringLiteral("read-only"), QStringLiteral("the registry is read-only for this user")});
        return report;
    }
    RegistryError error;
    auto fail = [&](const QString& file, int line, const QString& pointer) {
        d->rollback();
        report.added = report.updated = 0;
        report.problems.append(Diagnostic{file, line, 0, pointer, QStringLiteral("database"), error.message});
        return report;
    };
    if (!d->begin(&error))
        return fail({}, 0, {});
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto& [merged, existing] = planned[i];
        bool ok = true;
        if (!existing)
            ok = d->insert(merged, actor, QStringLiteral("import"), &error) != 0;
        else if (!(merged == *existing))
            ok = d->updateRow(*existing, merged, actor, QStringLiteral("import"), &error);
        if (!ok)
            return fail(rows[i].file, rows[i].line, rows[i].pointer);
    }
    if (!d->takeOver(&error) || !d->commit(&error))
        return fail({}, 0, {});
    report.applied = true;
    return report;
}

ImportReport importServicesFile(Registry& registry, const PolicyPack& pack, const QByteArray& bytes,
                                const QString& fileName, bool dryRun, const QString& actor)
{
    const bool json =
        bytes.trimmed().startsWith('{') || fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    const ServiceParseResult parsed = json ? parseServicesJson(bytes, fileName) : parseServicesCsv(bytes, fileName);
    QStringList useCases;
    for (const UseCase& u : pack.useCases)
        useCases << u.id;
    ImportReport report;
    if (parsed.problems.isEmpty())
        report = registry.importServices(parsed.rows, dryRun, actor, useCases);
    report.problems = parsed.problems + report.problems;
    if (report.applied && registry.isDemo())
        registry.clearDemoMark(nullptr);
    return report;
}

} // namespace kilotse
