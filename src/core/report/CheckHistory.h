#pragma once

#include "report/CheckRecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kilotse {

struct HistoryEntry
{
    QString id; // file stem, e.g. "20261122-101512-347-a1b2"
    QDateTime created;
    QString purpose;
    QString useCaseTitle;
    QString verdict; // as verdictText()
};

// The local history of finished checks (opt-in). One JSON record per check in the user's data
// folder ($XDG_DATA_HOME/ki-lotse/history, mode 700, files 600). What is kept is the record
// without its label and user name: the only free text is the purpose line (privacy invariant).
class CheckHistory
{
public:
    explicit CheckHistory(const QString& directory = defaultDirectory());

    static QString defaultDirectory();
    // The user's choice (settings key "history/enabled", off unless switched on).
    static bool isEnabled();
    static bool isLocked(); // set by IT in the system settings (Config); setEnabled() then refuses
    static bool setEnabled(bool enabled, QString* error = nullptr);

    const QString& directory() const { return m_directory; }

    // Stores a record; returns its id, or nullopt with `error` set.
    std::optional<QString> add(const CheckRecord& record, QString* error = nullptr);
    // Newest first. Unreadable files are skipped (and named in `problems` when given).
    QList<HistoryEntry> entries(QStringList* problems = nullptr) const;
    std::optional<CheckRecord> load(const QString& id, QString* error = nullptr) const;
    bool remove(const QString& id, QString* error = nullptr);
    bool removeAll(QString* error = nullptr);

    // What the history keeps of a record.
    static CheckRecord stripped(const CheckRecord& record);

private:
    QString pathFor(const QString& id) const; // empty for an id that is not one of ours
    QString m_directory;
};

} // namespace kilotse
