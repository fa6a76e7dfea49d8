#include "TestSupport.h"

#include "TestConfig.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace kilotse::test {

namespace {
QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void copyFiles(const QString& from, const QString& to)
{
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files)) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            throw std::runtime_error("cannot copy test fixture " + name.toStdString());
    }
}
} // namespace

void isolateUserFolders()
{
    static QTemporaryDir home;
    const QByteArray base = home.path().toUtf8();
    qputenv("HOME", base);
    qputenv("XDG_CONFIG_HOME", base + "/config");
    qputenv("XDG_DATA_HOME", base + "/data");
    qputenv("XDG_STATE_HOME", base + "/state");
    qputenv("XDG_CONFIG_DIRS", base + "/etc-xdg");
    qunsetenv("KI_LOTSE_POLICY_DIR");
}

const PolicyPack& defaultPack()
{
    static const PolicyPack pack = [] {
        PolicyLoadResult result = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled);
        if (!result.ok())
            throw std::runtime_error("bundled pack invalid: " + result.diagnostics.value(0).toString().toStdString());
        return *result.pack;
    }();
    return pack;
}

AnswerSet answers(const QString& useCase, std::initializer_list<std::pair<const char*, const char*>> overrides)
{
    AnswerSet set;
    set.useCase = useCase;
    for (const Question& q : defaultPack().questions)
        set.answers.insert(q.id, QStringLiteral("no"));
    for (const auto& [question, answer] : overrides)
        set.answers.insert(QString::fromUtf8(question), QString::fromUtf8(answer));
    return set;
}

QString packWithOverlay(const QString& overlay)
{
    static int counter = 0;
    const QString target = scratch().filePath(QStringLiteral("pack-%1").arg(++counter));
    QDir().mkpath(target);
    const QString packs = QStringLiteral(KI_LOTSE_TEST_DATA_DIR "/packs/");
    copyFiles(packs + QStringLiteral("minimal"), target);
    if (!overlay.isEmpty())
        copyFiles(packs + QStringLiteral("invalid/") + overlay, target);
    return target;
}

} // namespace kilotse::test
