#pragma once

#include "check/Check.h"
#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ResultPage;
}

namespace kilotse::gui {

// The outcome of a check: the level big and unmistakable (colour, symbol and words), what to do
// now, every reason with the answers that triggered it and its source, and the answers given.
class ResultPage : public QWidget
{
    Q_OBJECT
public:
    // `registry` may be null (no registry available; `registryProblem` says why).
    ResultPage(const PolicyPack& pack, const Registry* registry, const QString& registryProblem,
               QWidget* parent = nullptr);
    ~ResultPage() override;

    // Shows the check's outcome and everything derived from it; precondition: check.isComplete().
    void showOutcome(const Check& check);
    // Empty: the record can be exported. Otherwise the export is disabled and the reason shown.
    void setRecordBlocker(const QString& reason);
    void focusFirstInput();

Q_SIGNALS:
    void templateRequested(const QString& templateId);
    void labelRequested();
    void recordRequested();

private:
    void showGuidance(const Check& check);
    void showTools(const Check& check);

    std::unique_ptr<Ui::ResultPage> m_ui;
    const PolicyPack& m_pack;
    const Registry* m_registry;
    QString m_registryProblem;
};

} // namespace kilotse::gui
