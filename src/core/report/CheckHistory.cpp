#include "report/CheckHistory.h"

#include "Config.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckHistory)
};

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9a-f]{4}$"));
    return re;
}

} // namespace

CheckHistory::CheckHistory(const QString& directory) : m_directory(directory) {}

QString CheckHistory::defaultDirectory()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::home().filePath(QStringLiteral(".local/share"));
    return QDir(base).filePath(QStringLiteral("ki-lotse/history"));
}

bool CheckHistory::isEnabled()
{
    return Config::current().boolean(QStringLiteral("history/enabled"));
}

bool CheckHistory::isLocked()
{
    return Config::current().isLocked(QStringLiteral("history/enabled"));
}

bool CheckHistory::setEnabled(bool enabled, QString* error)
{
    return Config::current().setUserValue(QStringLiteral("history/enabled"), enabled, error);
}

CheckRecord CheckHistory::stripped(const CheckRecord& record)
{
    CheckRecord r = record;
    r.label.reset();
    r.user.clear();
    return r;
}

QString CheckHistory::pathFor(const QString& id) const
{
    if (!idPattern().match(id).hasMatch())
        return {};
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

std::optional<QString> CheckHistory::add(const CheckRecord& record, QString* error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = Tr::tr("Der Ordner %1 kann nicht angelegt werden.").arg(m_directory);
        return std::nullopt;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString id;
    for (int attempt = 0; attempt < 20; ++attempt) {
        id = record.created.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-' +
             QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
        if (!QFile::exists(pathFor(id)))
            break;
    }
    QSaveFile file(pathFor(id));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Der Verlauf kann nicht gespeichert werden: %1").arg(file.errorString());
        return std::nullopt;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(recordToJson(stripped(record)));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Der Verlauf kann nicht gespeichert werden: %1").arg(file.errorString());
        return std::nullopt;
    }
    return id;
}

QList<HistoryEntry> CheckHistory::entries(QStringList* problems) const
{
    QList<HistoryEntry> list;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString id = name.chopped(5);
        QString error;
        const auto record = load(id, &error);
        if (!record) {
            if (problems && !error.isEmpty())
                problems->append(error);
            continue;
        }
        list.append(HistoryEntry{id, record->created, record->purpose,
                                 record->useCaseTitle.isEmpty() ? record->useCaseId : record->useCaseTitle,
                                 verdictText(record->verdict, record->level, record->outcomeTitle)});
    }
    std::sort(list.begin(), list.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return list;
}

std::optional<CheckRecord> CheckHistory::load(const QString& id, QString* error) const
{
    const QString path = pathFor(id);
    if (path.isEmpty()) {
        if (error)
            error->clear(); // not one of ours: ignored silently
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    RecordParseResult parsed = recordFromJson(file.read(kMaxRecordBytes + 1), path);
    if (!parsed.record) {
        if (error)
            *error = parsed.diagnostics.isEmpty() ? path : parsed.diagnostics.first().toString();
        return std::nullopt;
    }
    return parsed.record;
}

bool CheckHistory::remove(const QString& id, QString* error)
{
    const QString path = pathFor(id);
    QFile file(path);
    if (path.isEmpty() || !file.exists()) {
        if (error)
            *error = Tr::tr("Diesen Eintrag gibt es nicht (mehr).");
        return false;
    }
    if (!file.remove()) {
        if (error)
            *error = Tr::tr("Der Eintrag kann nicht gelöscht werden: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool CheckHistory::removeAll(QString* error)
{
    const QDir dir(m_directory);
    bool ok = true;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (!idPattern().match(name.chopped(5)).hasMatch())
            continue; // only our own files
        QFile file(dir.filePath(name));
        if (!file.remove()) {
            ok = false;
            if (error)
                *error = Tr::tr("Der Eintrag %1 kann nicht gelöscht werden: %2").arg(name, file.errorString());
        }
    }
    return ok;
}

} // namespace kilotse
