#pragma once

#include "policy/PolicyPack.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace Ui {
class QuestionPage;
}

namespace kilotse::gui {

// One question of the questionnaire with its options as radio buttons and its help always visible.
class QuestionPage : public QWidget
{
    Q_OBJECT
public:
    // `citation`: the question's source as shown to people. `number`/`count`: position of the question for the "Frage 3
    // von 8" line. `reservedMnemonics`: letters already used by the wizard's buttons.
    QuestionPage(const Question& question, const QString& citation, int number, int count,
                 const QString& reservedMnemonics, QWidget* parent = nullptr);
    ~QuestionPage() override;

    const QString& questionId() const { return m_question.id; }
    QString answer() const; // option id, empty until answered
    void setAnswer(const QString& optionId);
    void focusFirstInput();
    // "Aus dem Entwurf erkannt: …" above the options; empty hides it.
    void setDetectedHint(const QString& text);

Q_SIGNALS:
    void answerChanged();

private:
    std::unique_ptr<Ui::QuestionPage> m_ui;
    const Question& m_question;
    QButtonGroup* m_group = nullptr;
    QList<QRadioButton*> m_buttons;
    QLabel* m_detectedLabel = nullptr;
};

} // namespace kilotse::gui
