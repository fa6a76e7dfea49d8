#pragma once

#include "policy/ScanRules.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kilotse {

// What a setting is, for validation, `ki-lotse-cli config show` and the admin guide.
struct SettingInfo
{
    enum class Type
    {
        Text,
        Path,
        Boolean,
        Choice,
        List,   // entries separated by commas, an entry with a comma in quotes (each checked by the key's rule)
        Integer // a whole number from `minimum` to `maximum` (decimal digits only, no sign or unit)
    };
    const char* key;
    Type type;
    QStringList choices; // Type::Choice
    QVariant defaultValue;
    const char* meaning;     // one English line for admins
    bool systemOnly = false; // only the system file (IT) may set it; user values are ignored
    int minimum = 0;         // Type::Integer: the smallest accepted value
    int maximum = 0;         // Type::Integer: the largest accepted value
};

// A problem in a settings file: the value is ignored and the default (or the other layer) applies.
struct ConfigProblem
{
    QString file;
    int line = 0; // 0: the whole file
    QString key;
    QString message;
    QString toString() const;
};

// Where an effective value comes from.
enum class SettingSource
{
    Default,
    System,
    User
};
QString settingSourceName(SettingSource source); // "default", "system", "user"

// KI-Lotse's settings in two layers: the system file IT distributes
// ($XDG_CONFIG_DIRS/ki-lotse/ki-lotse.conf, default /etc/xdg/ki-lotse/ki-lotse.conf; the first
// that exists) and the user's file ($XDG_CONFIG_HOME/ki-lotse/ki-lotse.conf). Both are INI files
// in QSettings' format. A user value wins over a system value, except for the keys the system
// file names in `locked` ([General] section, comma separated): for those the system value (or the
// default) applies and user values, command-line options and environment variables are ignored.
//
// Unknown keys, invalid values and unknown names in `locked` are reported by problems() and
// ignored; a broken setting never stops the program.
class Config
{
public:
    // The files for this machine and user, read now.
    static Config load();
    // Explicit files (tests, `ki-lotse-cli config show --system-file`). Missing files are empty.
    static Config loadFrom(const QString& systemFile, const QString& userFile);

    // The process-wide configuration, loaded on first use. reloadCurrent() re-reads the files
    // (tests that change XDG_CONFIG_DIRS/XDG_CONFIG_HOME).
    static Config& current();
    static void reloadCurrent();

    static QString defaultSystemFile(); // the first existing candidate, else the first candidate
    static QString defaultUserFile();
    static const QList<SettingInfo>& knownSettings();
    static const SettingInfo* info(const QString& key);

    QVariant value(const QString& key) const; // effective value (default for unknown keys: invalid)
    QString text(const QString& key) const { return value(key).toString(); }
    bool boolean(const QString& key) const { return value(key).toBool(); }
    // An Integer setting's effective value (always within its bounds); 0 for other keys.
    int integer(const QString& key) const { return value(key).toInt(); }
    SettingSource source(const QString& key) const;
    // Locked by the system file, or a key only the system file may set (organisation/*).
    bool isLocked(const QString& key) const;
    QStringList lockedKeys() const { return m_locked; }

    // Stores `value` in the user file. Refuses (false, `error` says why) when the key is locked,
    // unknown or the value invalid, or the file cannot be written.
    bool setUserValue(const QString& key, const QVariant& value, QString* error = nullptr);

    const QString& systemFile() const { return m_systemFile; }
    const QString& userFile() const { return m_userFile; }
    bool systemFileExists() const { return m_systemExists; }
    const QList<ConfigProblem>& problems() const { return m_problems; }

    // The AI officer's contact as one line ("Name · E-Mail · Telefon"), empty if none is set.
    QString contactLine() const;

    // The entries of a List setting (empty for other types).
    QStringList list(const QString& key) const;
    // The administration's own contact details (organisation/*, system file only): what the
    // draft check never reports as personal data (docs/scan.md, docs/admin.md).
    OrganisationProfile organisation() const;

private:
    void readLayer(const QString& file, bool system);

    QString m_systemFile;
    QString m_userFile;
    bool m_systemExists = false;
    QMap<QString, QVariant> m_system;
    QMap<QString, QVariant> m_user;
    QStringList m_locked;
    QList<ConfigProblem> m_problems;
};

} // namespace kilotse
