#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace kilotse::gui {

// Every message box of the app goes through here (as KeePassXC's src/gui/MessageBox.h), so tests
// can answer them: after setNextAnswer() the next box is not shown but recorded, and returns the
// answer given. Texts are plain text (no markup from file names or messages is interpreted).
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               const QString& details = QString());
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    // For the app's own formatted texts only (never with file names or messages unescaped).
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, Qt::TextFormat format,
                                                   const QString& text);
    // Yes/No, "No" is the default (nothing happens when the clerk just presses Enter).
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);

    // ---- test seam ----
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
    };
    // The next box returns `answer` without showing; several calls queue several answers.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Boxes answered by the seam since the last call, oldest first (and forgets them).
    static QList<Shown> takeShown();
    // Forgets queued answers and shown boxes (what an earlier test in the same process left).
    static void resetSeam();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, const QString& details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            Qt::TextFormat format = Qt::PlainText);
};

// Every file dialog of the app, with the same kind of seam: after setNextFileName() the next
// dialog is not shown and returns that name ("" = the clerk cancelled).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filter, QString* selectedFilter = nullptr);

    static void setNextFileName(const QString& fileName);
    static QStringList takeCaptions(); // captions of the dialogs answered by the seam

private:
    static bool takeNext(const QString& caption, QString* fileName);
};

} // namespace kilotse::gui
