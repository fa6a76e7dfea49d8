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
// A fatal problem makes the whole configuration unusable (see "Failing closed" at Config).
struct ConfigProblem
{
    QString file;
    int line = 0; // 0: the whole file
    QString key;
    QString message;
    bool fatal = false;
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
// ignored: the value of the next layer or the default applies.
//
// Failing closed. Some problems mean the administration configured something the program cannot
// see; running on defaults then would put a clerk on the demo registry (fictitious approved
// services) or the bundled pack. These problems are fatal (ConfigProblem::fatal, isUsable() is
// false): `ki-lotse` shows a blocking notice and does not open its window, `--self-test` fails,
// `ki-lotse-cli` refuses every command except `config`. Fatal, all about the system file only:
//  * it exists but cannot be read: no read permission, a folder on its path that the account
//    cannot search, a folder/FIFO/device in its place, a symbolic link to nothing, a read error;
//  * it is larger than 1 MB;
//  * it is not an INI file QSettings accepts (FormatError: a line that is neither "[section]"
//    nor "key=value", an unclosed "[" ), or it contains NUL bytes or is not valid UTF-8;
//  * `policy/dir` or `registry/location` has an invalid value (the program would silently use
//    the system folder, the bundled pack or the demo registry instead);
//  * `policy/dir` or `registry/location` is named in `locked` but has no value (or an empty one).
// Not fatal (reported by problems() and `config check`, then ignored):
//  * every problem of the user's own file (it can neither weaken nor replace IT's settings);
//  * unknown keys and unknown names in `locked` in the system file (a newer file for an older
//    program must not stop it);
//  * invalid values of other keys (their default applies);
//  * a locked key without a value whose default is empty (contact/*, organisation/*): the
//    setting stays empty. A locked key with a default (ui/*, history/*, tour/*, registry/*
//    numbers) and no value locks the default; that is documented and not reported.
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
    const QList<ConfigProblem>& problems() const { return m_problems; } // fatal ones included

    // False when a fatal problem makes the settings unusable (see "Failing closed" above).
    bool isUsable() const;
    QList<ConfigProblem> fatalProblems() const;
    // What to tell people when !isUsable(), in German through tr(): which file, what is wrong,
    // that the program does not run on substitute values, and whom to ask. Empty when usable.
    QString fatalProblem() const;

    // The AI officer's contact as one line ("Name · E-Mail · Telefon"), empty if none is set.
    QString contactLine() const;

    // The entries of a List setting (empty for other types).
    QStringList list(const QString& key) const;
    // The administration's own contact details (organisation/*, system file only): what the
    // draft check never reports as personal data (docs/scan.md, docs/admin.md).
    OrganisationProfile organisation() const;

private:
    void readLayer(const QString& file, bool system);
    void checkLocks();

    QString m_systemFile;
    QString m_userFile;
    bool m_systemExists = false;
    QMap<QString, QVariant> m_system;
    QMap<QString, QVariant> m_user;
    QStringList m_locked;
    QStringList m_systemKeysSeen; // keys the system file names, valid or not
    QList<ConfigProblem> m_problems;
};

} // namespace kilotse
