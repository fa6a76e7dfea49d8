#include "Config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Config)
};

const QString kLockedKey = QStringLiteral("locked");

QString configBase(const char* variable, const QString& fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() || QDir::isRelativePath(value) ? fallback : value;
}

QStringList systemCandidates()
{
    QStringList files;
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    for (const QString& base : dirs.split(u':', Qt::SkipEmptyParts))
        if (!QDir::isRelativePath(base))
            files << QDir(base).filePath(QStringLiteral("ki-lotse/ki-lotse.conf"));
    if (files.isEmpty())
        files << QStringLiteral("/etc/xdg/ki-lotse/ki-lotse.conf");
    return files;
}

// QSettings turns "a, b" into a list; every KI-Lotse setting is a single value.
// The raw INI value as text. QSettings splits unquoted commas into a list: for List settings the
// entries are kept apart by a line break (which no INI value can contain), for the others the
// commas are put back.
QString flatten(const QVariant& v, SettingInfo::Type type = SettingInfo::Type::Text)
{
    const QString separator = type == SettingInfo::Type::List ? QStringLiteral("\n") : QStringLiteral(", ");
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(separator);
    if (v.typeId() == QMetaType::QVariantList) { // an entry QSettings read as something else ("@…")
        QStringList parts;
        for (const QVariant& part : v.toList())
            parts << (part.canConvert<QString>() ? part.toString() : QStringLiteral("\x01"));
        return parts.join(separator);
    }
    return v.toString();
}

// The line of `key` ("section/name") in an INI file, for diagnostics; 0 if not found.
int lineOf(const QString& file, const QString& key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const qsizetype slash = key.indexOf(u'/');
    const QString section = slash < 0 ? QStringLiteral("General") : key.left(slash);
    const QString name = slash < 0 ? key : key.mid(slash + 1);
    QString current = QStringLiteral("General");
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.startsWith(u'[') && text.endsWith(u']')) {
            current = text.mid(1, text.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = text.indexOf(u'=');
        if (eq > 0 && current.compare(section, Qt::CaseInsensitive) == 0 && text.left(eq).trimmed() == name)
            return line;
    }
    return 0;
}

// Whether a settings file is there. A symbolic link to nothing, or a file behind a folder this
// account may not search, counts as there: the administration put something in that place.
enum class Presence
{
    Missing,
    Present,
    BehindClosedFolder, // stat() says EACCES
    DanglingLink        // the link exists, its target does not (or the links loop)
};

Presence presenceOf(const QString& file)
{
    if (file.isEmpty())
        return Presence::Missing;
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(file);
    struct stat st;
    if (::stat(path.constData(), &st) == 0)
        return Presence::Present;
    if (errno == EACCES)
        return Presence::BehindClosedFolder;
    if (::lstat(path.constData(), &st) == 0)
        return Presence::DanglingLink;
    return Presence::Missing;
#else
    return QFileInfo::exists(file) ? Presence::Present : Presence::Missing;
#endif
}

// The first line QSettings refuses (FormatError): neither blank, nor "; comment", nor "[section]",
// nor "key=value" (a value may continue on the next line after a trailing backslash). 0: none found.
int firstSyntaxErrorLine(const QByteArray& data)
{
    int line = 0;
    bool continued = false;
    for (const QByteArray& raw : data.split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        const bool wasContinued = continued;
        continued = text.endsWith('\\');
        if (wasContinued || text.isEmpty() || text.startsWith(';'))
            continue;
        if (text.startsWith('[')) {
            if (!text.contains(']'))
                return line;
            continue;
        }
        if (!text.contains('='))
            return line;
    }
    return 0;
}

bool isValidUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data); // decode() is lazy: converting it does the work
    Q_UNUSED(text);
    return !decoder.hasError();
}

// The keys whose silent replacement by a default is dangerous: an invalid or missing locked value
// would put clerks on the demo registry or another pack. Problems with them are fatal.
bool isFailClosedKey(const QString& key)
{
    return key == u"policy/dir" || key == u"registry/location";
}

// ISO 13616 mod 97 of an IBAN without blanks (letters as 10..35); only for validating settings.
bool ibanChecksumOk(const QString& compact)
{
    const QString moved = compact.mid(4) + compact.left(4);
    int rest = 0;
    for (QChar c : moved) {
        const int v = c.isDigit() ? c.digitValue() : (c.toUpper().unicode() - u'A' + 10);
        rest = (v >= 10 ? rest * 100 + v : rest * 10 + v) % 97;
    }
    return rest == 1;
}

// Why an entry of a List setting is not acceptable (empty: it is).
QString listItemProblem(const QString& key, const QString& item)
{
    for (QChar c : item)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("contains a control character");
    if (item.size() > 200)
        return Tr::tr("longer than 200 characters");
    if (item.contains(u';'))
        return Tr::tr("contains \";\" (separate entries with commas; in INI files \";\" starts a comment)");
    if (key == u"organisation/domains") {
        if (item.startsWith(u'@'))
            return Tr::tr("write the domain without \"@\"");
        static const QRegularExpression domain(QStringLiteral(
            "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
        if (!domain.match(item).hasMatch())
            return Tr::tr("not a domain name like \"zittau.de\"");
    } else if (key == u"organisation/phone_prefixes") {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 /()-]*$"));
        if (!phone.match(item).hasMatch() || item.count(QRegularExpression(QStringLiteral("[0-9]"))) < 6)
            return Tr::tr("not the start of an office's numbers like \"03583 752\" (at least six digits: an "
                          "area code alone would cover every private number there)");
    } else if (key == u"organisation/ibans") {
        QString compact = item;
        compact.remove(u' ');
        static const QRegularExpression iban(QStringLiteral("^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30}$"));
        if (!iban.match(compact).hasMatch())
            return Tr::tr("not an IBAN");
        if (!ibanChecksumOk(compact))
            return Tr::tr("the IBAN's check digits are wrong");
    } else if (key == u"organisation/addresses") {
        static const QRegularExpression address(QStringLiteral("^[^0-9].*[0-9]"));
        if (!address.match(item).hasMatch())
            return Tr::tr("give street and house number first, each address in quotes: \"Markt 1, 02763 Zittau\"");
    }
    return {};
}

std::optional<QVariant> parseValue(const SettingInfo& info, const QString& raw, QString* problem)
{
    switch (info.type) {
    case SettingInfo::Type::Boolean: {
        const QString v = raw.trimmed().toLower();
        if (v == u"true" || v == u"1" || v == u"yes" || v == u"ja")
            return QVariant(true);
        if (v == u"false" || v == u"0" || v == u"no" || v == u"nein")
            return QVariant(false);
        *problem = Tr::tr("expected true or false, found \"%1\"").arg(raw);
        return std::nullopt;
    }
    case SettingInfo::Type::Choice:
        if (info.choices.contains(raw.trimmed()))
            return QVariant(raw.trimmed());
        *problem = Tr::tr("\"%1\" is not one of: %2").arg(raw, info.choices.join(QStringLiteral(", ")));
        return std::nullopt;
    case SettingInfo::Type::Path:
        if (raw.trimmed().isEmpty()) {
            *problem = Tr::tr("the value is empty");
            return std::nullopt;
        }
        if (QDir::isRelativePath(raw.trimmed()) && !raw.trimmed().startsWith(u':')) {
            *problem = Tr::tr("\"%1\" is a relative path; give the full path").arg(raw);
            return std::nullopt;
        }
        return QVariant(QDir::cleanPath(raw.trimmed()));
    case SettingInfo::Type::List: {
        if (raw.size() > 4000) {
            *problem = Tr::tr("the value is longer than 4000 characters");
            return std::nullopt;
        }
        QStringList items;
        for (const QString& part : raw.split(u'\n')) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            if (const QString why = listItemProblem(QLatin1String(info.key), item); !why.isEmpty()) {
                *problem = Tr::tr("entry \"%1\": %2").arg(item, why);
                return std::nullopt;
            }
            items << item;
        }
        return QVariant(items.join(QStringLiteral("; ")));
    }
    case SettingInfo::Type::Integer: {
        const QString v = raw.trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
        if (!digits.match(v).hasMatch()) {
            *problem = Tr::tr("expected a whole number from %1 to %2, found \"%3\"")
                           .arg(info.minimum)
                           .arg(info.maximum)
                           .arg(raw);
            return std::nullopt;
        }
        const int number = v.toInt();
        if (number < info.minimum || number > info.maximum) {
            *problem = Tr::tr("%1 is outside the allowed range %2 to %3").arg(v).arg(info.minimum).arg(info.maximum);
            return std::nullopt;
        }
        return QVariant(number);
    }
    case SettingInfo::Type::Text: {
        if (raw.size() > 1000) {
            *problem = Tr::tr("the value is longer than 1000 characters");
            return std::nullopt;
        }
        for (QChar c : raw)
            if (c.category() == QChar::Other_Control) {
                *problem = Tr::tr("the value contains a control character");
                return std::nullopt;
            }
        const QString v = raw.trimmed();
        // A relative path would be looked up in whatever folder the program was started from.
        if (QLatin1String(info.key) == u"registry/location" && !v.isEmpty() && !v.contains(QStringLiteral("://")) &&
            QDir::isRelativePath(v)) {
            *problem = Tr::tr("\"%1\" is neither a full file path nor a postgresql:// address").arg(v);
            return std::nullopt;
        }
        return QVariant(v);
    }
    }
    return std::nullopt;
}

std::unique_ptr<Config>& currentSlot()
{
    static std::unique_ptr<Config> slot;
    return slot;
}

} // namespace

QString ConfigProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (key.isEmpty())
        return QString(where + QStringLiteral(": ") + message);
    return QString(where + QStringLiteral(": ") + key + QStringLiteral(": ") + message);
}

QString settingSourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::System:
        return QStringLiteral("system");
    case SettingSource::User:
        return QStringLiteral("user");
    }
    return {};
}

const QList<SettingInfo>& Config::knownSettings()
{
    using T = SettingInfo::Type;
    static const QList<SettingInfo> settings{
        {"policy/dir",
         T::Path,
         {},
         {},
         "folder of the policy pack (manifest.json); empty: system folder or bundled pack"},
        {"registry/location",
         T::Text,
         {},
         {},
         "AI service registry: SQLite file or postgresql:// URL; empty: file in the user's folder"},
        {"registry/refresh_minutes",
         T::Integer,
         {},
         10,
         "minutes between refreshes of the local registry snapshot (PostgreSQL), 1 to 1440",
         false,
         1,
         1440},
        {"registry/connect_timeout_seconds",
         T::Integer,
         {},
         5,
         "seconds to wait for the PostgreSQL server before the registry counts as unreachable, 1 to 60",
         false,
         1,
         60},
        {"registry/snapshot_max_age_hours",
         T::Integer,
         {},
         72,
         "an offline registry snapshot older than this many hours is shown with a warning, 1 to 8760",
         false,
         1,
         8760},
        {"contact/name", T::Text, {}, {}, "name or office of the AI officer, shown in the app"},
        {"contact/email", T::Text, {}, {}, "e-mail address of the AI officer"},
        {"contact/phone", T::Text, {}, {}, "telephone number of the AI officer"},
        {"ui/language",
         T::Choice,
         {QStringLiteral("de"), QStringLiteral("en")},
         QStringLiteral("de"),
         "language of the program (de, en)"},
        {"ui/theme",
         T::Choice,
         {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")},
         QStringLiteral("light"),
         "colours (light, dark, high-contrast)"},
        {"history/enabled", T::Boolean, {}, false, "keep check records in the user's history folder"},
        {"clipboard/guard",
         T::Boolean,
         {},
         false,
         "clipboard guard: a tray icon that checks the clipboard, and `ki-lotse --check-clipboard` for a desktop "
         "shortcut"},
        {"tour/enabled", T::Boolean, {}, true, "offer the introduction tour on first start"},
        {"tour/seen", T::Boolean, {}, false, "the user has seen the introduction tour (set by the program)"},
        {"organisation/name",
         T::Text,
         {},
         {},
         "the administration's name (\"Stadt Zittau\"): the draft check reads it as an office cue",
         true},
        {"organisation/domains",
         T::List,
         {},
         {},
         "own e-mail domains, comma-separated: mailboxes there are functional unless they name a person",
         true},
        {"organisation/addresses",
         T::List,
         {},
         {},
         "own addresses, each quoted (\"Markt 1, 02763 Zittau\"), comma-separated: never reported",
         true},
        {"organisation/phone_prefixes",
         T::List,
         {},
         {},
         "own phone number prefixes (\"03583 752\"), comma-separated: never reported as personal data",
         true},
        {"organisation/ibans",
         T::List,
         {},
         {},
         "the administration's own accounts (IBAN), comma-separated: never reported as personal data",
         true},
        {"organisation/offices",
         T::List,
         {},
         {},
         "names of own offices and facilities, comma-separated: office cues like \"Rathaus\"",
         true},
    };
    return settings;
}

const SettingInfo* Config::info(const QString& key)
{
    for (const SettingInfo& s : knownSettings())
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

QString Config::defaultSystemFile()
{
    const QStringList candidates = systemCandidates();
    for (const QString& file : candidates)
        if (presenceOf(file) != Presence::Missing)
            return file;
    return candidates.first();
}

QString Config::defaultUserFile()
{
    const QString base = configBase("XDG_CONFIG_HOME", QDir::home().filePath(QStringLiteral(".config")));
    return QDir(base).filePath(QStringLiteral("ki-lotse/ki-lotse.conf"));
}

Config Config::load()
{
    return loadFrom(defaultSystemFile(), defaultUserFile());
}

Config Config::loadFrom(const QString& systemFile, const QString& userFile)
{
    Config c;
    c.m_systemFile = systemFile;
    c.m_userFile = userFile;
    c.readLayer(systemFile, true);
    c.readLayer(userFile, false);
    c.checkLocks();
    return c;
}

Config& Config::current()
{
    std::unique_ptr<Config>& slot = currentSlot();
    if (!slot)
        slot = std::make_unique<Config>(load());
    return *slot;
}

void Config::reloadCurrent()
{
    currentSlot() = std::make_unique<Config>(load());
}

void Config::readLayer(const QString& file, bool system)
{
    // Problems with the system file as a whole are fatal; with the user's file they are reported.
    auto refuse = [&](int line, const QString& message) { m_problems.append({file, line, {}, message, system}); };
    const Presence presence = presenceOf(file);
    if (presence == Presence::Missing)
        return;
    if (system)
        m_systemExists = true;
    if (presence == Presence::BehindClosedFolder) {
        refuse(0, Tr::tr("die Datei kann nicht gelesen werden: ein Ordner auf dem Weg zu ihr darf von diesem "
                         "Benutzerkonto nicht geöffnet werden (keine Berechtigung)"));
        return;
    }
    if (presence == Presence::DanglingLink) {
        refuse(0, Tr::tr("die Datei ist eine symbolische Verknüpfung, deren Ziel es nicht gibt"));
        return;
    }
    const QFileInfo fi(file);
    if (!fi.isFile()) { // a folder, FIFO or device: never opened (a FIFO would block the start)
        refuse(0, Tr::tr("an der Stelle der Datei steht ein Ordner oder eine Sonderdatei, keine normale Datei"));
        return;
    }
    if (fi.size() > 1024 * 1024) {
        refuse(0, Tr::tr("die Datei ist größer als 1 MB"));
        return;
    }
    // Opened here, not only asked about: QSettings reads an unreadable file as an empty one.
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        refuse(0, source.error() == QFileDevice::OpenError && !fi.isReadable()
                      ? Tr::tr("die Datei kann nicht gelesen werden (keine Leseberechtigung)")
                      : Tr::tr("die Datei kann nicht gelesen werden (%1)").arg(source.errorString()));
        return;
    }
    const QByteArray bytes = source.read(1024 * 1024 + 1);
    if (source.error() != QFileDevice::NoError) {
        refuse(0, Tr::tr("die Datei kann nicht gelesen werden (%1)").arg(source.errorString()));
        return;
    }
    source.close();
    if (system && (bytes.contains('\0') || !isValidUtf8(bytes))) {
        refuse(0, Tr::tr("die Datei ist kein UTF-8-Text (in einem anderen Zeichensatz gespeichert oder beschädigt)"));
        return;
    }
    // QSettings reports FormatError only when it parses the file, not when a second QSettings
    // object gets the same file from its cache (the CLI reads the settings twice): the lines are
    // checked here as QSettings would.
    QSettings ini(file, QSettings::IniFormat);
    if (const int line = firstSyntaxErrorLine(bytes); line > 0 || ini.status() != QSettings::NoError) {
        refuse(line, line > 0 ? Tr::tr("die Datei ist keine gültige Einstellungsdatei (INI-Format): die Zeile ist "
                                       "weder „[Abschnitt]“ noch „Schlüssel=Wert“")
                              : Tr::tr("die Datei ist keine gültige Einstellungsdatei (INI-Format)"));
        return;
    }
    QMap<QString, QVariant>& layer = system ? m_system : m_user;
    const QStringList keys = ini.allKeys();
    for (const QString& key : keys) {
        if (key.isEmpty())
            continue;
        const QVariant raw = ini.value(key);
        if (key == kLockedKey) {
            if (!system) {
                m_problems.append(
                    {file, lineOf(file, key), key, Tr::tr("only the system file can lock settings; ignored")});
                continue;
            }
            const QStringList names = raw.typeId() == QMetaType::QStringList
                                          ? raw.toStringList()
                                          : raw.toString().split(u',', Qt::SkipEmptyParts);
            for (QString name : names) {
                name = name.trimmed();
                if (name.isEmpty())
                    continue;
                if (!info(name))
                    m_problems.append(
                        {file, lineOf(file, key), key, Tr::tr("unknown setting \"%1\" cannot be locked").arg(name)});
                else if (!m_locked.contains(name))
                    m_locked.append(name);
            }
            continue;
        }
        const SettingInfo* known = info(key);
        if (!known) {
            m_problems.append({file, lineOf(file, key), key, Tr::tr("unknown setting; ignored")});
            continue;
        }
        if (known->systemOnly && !system) {
            m_problems.append(
                {file, lineOf(file, key), key, Tr::tr("only the system file (IT) can set this setting; ignored")});
            continue;
        }
        if (system)
            m_systemKeysSeen.append(key);
        QString problem;
        if (const std::optional<QVariant> value = parseValue(*known, flatten(raw, known->type), &problem))
            layer.insert(key, *value);
        else
            m_problems.append({file, lineOf(file, key), key, problem, system && isFailClosedKey(key)});
    }
}

void Config::checkLocks()
{
    for (const QString& key : std::as_const(m_locked)) {
        const SettingInfo* known = info(key);
        const bool seen = m_systemKeysSeen.contains(key);
        if (!known || (seen && !m_system.contains(key)))
            continue; // an invalid value: reported where it stands (fatal for policy/registry)
        if (isFailClosedKey(key)) {
            if (!m_system.value(key).toString().isEmpty())
                continue;
            m_problems.append({m_systemFile, lineOf(m_systemFile, kLockedKey), key,
                               Tr::tr("gesperrt (locked), aber die Datei setzt keinen Wert dafür; ohne Wert liefe "
                                      "KI-Lotse mit einem Ersatz (Demo-Verzeichnis oder anderes Regelwerk)"),
                               true});
        } else if (!seen && known->defaultValue.toString().isEmpty()) {
            m_problems.append({m_systemFile, lineOf(m_systemFile, kLockedKey), key,
                               Tr::tr("gesperrt (locked), aber die Datei setzt keinen Wert dafür; die Einstellung "
                                      "bleibt leer")});
        }
        // A locked key with a default and no value locks the default (documented in docs/admin.md).
    }
}

bool Config::isUsable() const
{
    return std::none_of(m_problems.cbegin(), m_problems.cend(), [](const ConfigProblem& p) { return p.fatal; });
}

QList<ConfigProblem> Config::fatalProblems() const
{
    QList<ConfigProblem> fatal;
    for (const ConfigProblem& p : m_problems)
        if (p.fatal)
            fatal.append(p);
    return fatal;
}

QString Config::fatalProblem() const
{
    const QList<ConfigProblem> fatal = fatalProblems();
    if (fatal.isEmpty())
        return {};
    const ConfigProblem& first = fatal.first();
    const QString where = first.line > 0 ? Tr::tr("%1, Zeile %2").arg(first.file).arg(first.line) : first.file;
    const QString what = first.key.isEmpty() ? first.message : first.key + QStringLiteral(": ") + first.message;
    QString text = Tr::tr("Die Einstellungen der IT (%1) können nicht verwendet werden: %2.").arg(where, what);
    if (fatal.size() > 1)
        text += u' ' + Tr::tr("Weitere Fehler dieser Art: %n.", nullptr, static_cast<int>(fatal.size() - 1));
    text += u' ' + Tr::tr("KI-Lotse startet nicht mit Ersatzwerten. Bitte wenden Sie sich an Ihre IT-Abteilung "
                          "(alle Fehler zeigt „ki-lotse-cli config check“).");
    return text;
}

bool Config::isLocked(const QString& key) const
{
    if (m_locked.contains(key))
        return true;
    const SettingInfo* known = info(key);
    return known && known->systemOnly;
}

QStringList Config::list(const QString& key) const
{
    const SettingInfo* known = info(key);
    if (!known || known->type != SettingInfo::Type::List)
        return {};
    QStringList items = text(key).split(u';', Qt::SkipEmptyParts);
    for (QString& item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

OrganisationProfile Config::organisation() const
{
    OrganisationProfile p;
    p.name = text(QStringLiteral("organisation/name"));
    p.domains = list(QStringLiteral("organisation/domains"));
    p.addresses = list(QStringLiteral("organisation/addresses"));
    p.phonePrefixes = list(QStringLiteral("organisation/phone_prefixes"));
    p.ibans = list(QStringLiteral("organisation/ibans"));
    p.offices = list(QStringLiteral("organisation/offices"));
    return p;
}

QVariant Config::value(const QString& key) const
{
    const SettingInfo* known = info(key);
    if (!known)
        return {};
    if (!isLocked(key) && m_user.contains(key))
        return m_user.value(key);
    return m_system.value(key, known->defaultValue);
}

SettingSource Config::source(const QString& key) const
{
    if (!isLocked(key) && m_user.contains(key))
        return SettingSource::User;
    return m_system.contains(key) ? SettingSource::System : SettingSource::Default;
}

bool Config::setUserValue(const QString& key, const QVariant& value, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const SettingInfo* known = info(key);
    if (!known)
        return fail(Tr::tr("unknown setting \"%1\"").arg(key));
    if (isLocked(key))
        return fail(Tr::tr("\"%1\" is set by your IT department and cannot be changed").arg(key));
    QString problem;
    const std::optional<QVariant> parsed = parseValue(*known, flatten(value, known->type), &problem);
    if (!parsed)
        return fail(problem);
    QDir().mkpath(QFileInfo(m_userFile).absolutePath());
    QSettings ini(m_userFile, QSettings::IniFormat);
    ini.setValue(key, known->type == SettingInfo::Type::Boolean
                          ? QVariant(parsed->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : *parsed);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return fail(Tr::tr("the settings file %1 cannot be written").arg(m_userFile));
    m_user.insert(key, *parsed);
    return true;
}

QString Config::contactLine() const
{
    QStringList parts;
    for (const char* key : {"contact/name", "contact/email", "contact/phone"}) {
        const QString v = text(QLatin1String(key));
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace kilotse
