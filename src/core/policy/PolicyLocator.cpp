#include "policy/PolicyLocator.h"

#include "Config.h"
#include "I18n.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <stdexcept>

namespace kilotse {

QStringList systemPolicyDirectories()
{
    QStringList dirs;
    QString configDirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (configDirs.isEmpty())
        configDirs = QStringLiteral("/etc/xdg");
    for (const QString& base : configDirs.split(u':', Qt::SkipEmptyParts))
        dirs << QDir(base).filePath(QStringLiteral("ki-lotse/policies"));
    return dirs;
}

PackCandidate choosePolicyCandidate(const QString& commandLineDir)
{
    const Config& config = Config::current();
    const QString configured = config.text(QStringLiteral("policy/dir"));
    if (!configured.isEmpty() && config.isLocked(QStringLiteral("policy/dir")))
        return {configured, PackOrigin::Configured}; // IT's choice; --policy and the environment are ignored
    if (!commandLineDir.isEmpty())
        return {commandLineDir, PackOrigin::CommandLine};
    const QString env = qEnvironmentVariable("KI_LOTSE_POLICY_DIR");
    if (!env.isEmpty())
        return {env, PackOrigin::Environment};
    if (!configured.isEmpty())
        return {configured, PackOrigin::Configured};
    for (const QString& dir : systemPolicyDirectories())
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))))
            return {dir, PackOrigin::System};
    return {bundledPolicyDirectory(), PackOrigin::Bundled};
}

namespace {

// The pack as used here: its scan rules learn the administration's own contact details from the
// central settings (organisation/*), so that every draft check of the app and the CLI — the draft
// page, the record's purpose, scan, pseudonymise, report --draft — leaves them alone.
PolicyPack withOrganisation(PolicyPack pack)
{
    if (pack.scan)
        pack.scan->organisation = Config::current().organisation();
    return pack;
}

} // namespace

ResolvedPolicy resolvePolicyWithFallback(const QString& commandLineDir)
{
    // Fail closed: with unusable settings the pack IT chose is unknown, so no pack (not even the
    // bundled one) is loaded. The app checks Config::isUsable() before and says so; this is the net.
    if (const Config& config = Config::current(); !config.isUsable())
        throw std::runtime_error(config.fatalProblem().toStdString());
    const PackCandidate chosen = choosePolicyCandidate(commandLineDir);
    // Only the overlay of the shown language is read now: start-up time (policy validate reads all).
    PolicyLoadResult loaded =
        loadPolicyPack(chosen.directory, chosen.origin, TranslationLoading::ShownLanguage, contentLanguage());
    if (loaded.ok())
        return ResolvedPolicy{withOrganisation(std::move(*loaded.pack)), std::nullopt, {}};

    PolicyLoadResult bundled = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled,
                                              TranslationLoading::ShownLanguage, contentLanguage());
    if (!bundled.ok())
        throw std::runtime_error("the bundled policy pack is invalid: " +
                                 bundled.diagnostics.value(0).toString().toStdString());
    if (chosen.origin == PackOrigin::Bundled)
        return ResolvedPolicy{withOrganisation(std::move(*bundled.pack)), std::nullopt, {}};
    return ResolvedPolicy{withOrganisation(std::move(*bundled.pack)), chosen, loaded.diagnostics};
}

PolicyLoadResult resolvePolicyStrict(const QString& commandLineDir)
{
    if (const Config& config = Config::current(); !config.isUsable()) { // fail closed, as above
        const ConfigProblem first = config.fatalProblems().value(0);
        return PolicyLoadResult{
            std::nullopt,
            {Diagnostic{first.file, first.line, 0, {}, QLatin1String(Diagnostic::CodeIo), config.fatalProblem()}}};
    }
    const PackCandidate chosen = choosePolicyCandidate(commandLineDir);
    PolicyLoadResult loaded =
        loadPolicyPack(chosen.directory, chosen.origin, TranslationLoading::ShownLanguage, contentLanguage());
    if (loaded.pack)
        loaded.pack = withOrganisation(std::move(*loaded.pack));
    return loaded;
}

} // namespace kilotse
