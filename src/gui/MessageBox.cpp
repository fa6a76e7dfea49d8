#include "MessageBox.h"

#include <QQueue>

namespace kilotse::gui {

namespace {

QQueue<QMessageBox::StandardButton>& nextAnswers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}

QList<MessageBox::Shown>& shownBoxes()
{
    static QList<MessageBox::Shown> list;
    return list;
}

QQueue<QString>& nextFileNames()
{
    static QQueue<QString> queue;
    return queue;
}

QStringList& answeredCaptions()
{
    static QStringList list;
    return list;
}

} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, const QString& details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, Qt::TextFormat format)
{
    if (!nextAnswers().isEmpty()) {
        shownBoxes().append({icon, title, text, details});
        return nextAnswers().dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(format);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                const QString& details)
{
    return show(QMessageBox::Warning, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QString(), QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, Qt::TextFormat format,
                                                    const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QString(), QMessageBox::Ok, QMessageBox::Ok, format);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Question, parent, title, text, QString(), QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers().enqueue(answer);
}

QList<MessageBox::Shown> MessageBox::takeShown()
{
    return std::exchange(shownBoxes(), {});
}

void MessageBox::resetSeam()
{
    nextAnswers().clear();
    shownBoxes().clear();
}

bool FileDialog::takeNext(const QString& caption, QString* fileName)
{
    if (nextFileNames().isEmpty())
        return false;
    answeredCaptions().append(caption);
    *fileName = nextFileNames().dequeue();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString name;
    if (takeNext(caption, &name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                    const QString& filter, QString* selectedFilter)
{
    QString name;
    if (takeNext(caption, &name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileNames().enqueue(fileName);
}

QStringList FileDialog::takeCaptions()
{
    return std::exchange(answeredCaptions(), {});
}

} // namespace kilotse::gui
