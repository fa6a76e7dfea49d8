#pragma once

#include "report/CheckRecord.h"
#include "report/RecordRender.h"
#include "scan/Scanner.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace kilotse::gui {

// "Prüfvermerk exportieren": a purpose line, optional user name, label and draft-scan counts,
// the format. The draft text itself is never offered (privacy invariant) — the dialog says so.
class ExportRecordDialog : public QDialog
{
    Q_OBJECT

public:
    // `base`: the record as it stands (no purpose, user, label or counts yet).
    // `scanCounts`: counts of the last draft scan, if there was one. `labelTool`: suggested tool.
    ExportRecordDialog(const PolicyPack& pack, const CheckRecord& base,
                       const std::optional<QMap<QString, int>>& scanCounts, const QString& labelTool,
                       QWidget* parent = nullptr);

    CheckRecord record() const; // with what the clerk chose
    RecordFormat format() const;
    void setPurpose(const QString& purpose);
    void setFormat(RecordFormat format);
    // Writes the record; shows the problem and returns false when that fails.
    bool saveTo(const QString& path);
    QString savedPath() const { return m_savedPath; }

private:
    void save();

    const PolicyPack& m_pack;
    CheckRecord m_base;
    std::optional<QMap<QString, int>> m_scanCounts;
    QLineEdit* m_purpose = nullptr;
    QLabel* m_purposeWarning = nullptr;
    std::unique_ptr<Scanner> m_purposeScanner; // built once; the purpose is checked as it is typed
    QCheckBox* m_user = nullptr;
    QCheckBox* m_label = nullptr;
    QLineEdit* m_labelTool = nullptr;
    QCheckBox* m_counts = nullptr;
    QButtonGroup* m_formats = nullptr;
    QLabel* m_problem = nullptr;
    QString m_savedPath;
};

// Shows a record (opened from a JSON file or the history) and what would change under the pack
// in use now.
class RecordViewerDialog : public QDialog
{
    Q_OBJECT

public:
    RecordViewerDialog(const PolicyPack& pack, const CheckRecord& record, QWidget* parent = nullptr);
    const RecordComparison& comparison() const { return m_comparison; }
    QString bannerText() const;
    // "Erstellt von einer neueren Version …", "… nach dem Erstellen verändert …" (empty: nothing to say).
    QString notesText() const;

private:
    const PolicyPack& m_pack;
    CheckRecord m_record;
    RecordComparison m_comparison;
    QLabel* m_notes = nullptr;
    QLabel* m_banner = nullptr;
};

// The local history: switch it on or off, open, delete, delete all.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const PolicyPack& pack, const QString& directory, QWidget* parent = nullptr);
    int entryCount() const;
    void reload();
    bool deleteAll(bool confirm = true);

private:
    void openSelected();
    void deleteSelected();

    const PolicyPack& m_pack;
    QString m_directory;
    QCheckBox* m_enabled = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace kilotse::gui
