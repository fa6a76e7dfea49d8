#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace kilotse {
struct PolicyPack;
class Registry;
} // namespace kilotse

namespace kilotse::gui {

// The help topics, one per tab plus an overview. Texts live in resources/help/<lang>/<id>.html.
QStringList helpTopicIds(); // "overview", "check", "draft", "rules", "templates", "label", "registry", "workshop"
// The help text of `topicId` in the UI language (German when a translation is missing); empty
// for an unknown topic.
QString helpText(const QString& topicId);

// F1: the help of the current page, with the other topics in a list beside it. Non-modal.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    void showTopic(const QString& topicId);
    QString currentTopic() const;

private:
    QListWidget* m_topics;
    QTextBrowser* m_text;
};

// "Über KI-Lotse": version, policy pack, registry, settings, the AI officer's contact, licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const PolicyPack& pack, const Registry* registry, const QString& registryProblem,
                QWidget* parent = nullptr);
    // The same facts as plain text (for "Angaben kopieren", e.g. into a support ticket).
    QString plainText() const { return m_plain; }

private:
    QString m_plain;
};

// The introduction for the three roles (clerk, IT admin, trainer), offered at first start.
class IntroTour : public QDialog
{
    Q_OBJECT
public:
    explicit IntroTour(QWidget* parent = nullptr);
    int pageCount() const;
    int currentPage() const;
    // True when the tour should open at start: setting tour/enabled and not tour/seen.
    static bool shouldOfferAtStart();

private:
    void showPage(int index);
    void finish();

    QStackedWidget* m_pages;
    QLabel* m_step;
    QPushButton* m_back;
    QPushButton* m_next;
    QCheckBox* m_dontShow;
};

} // namespace kilotse::gui
