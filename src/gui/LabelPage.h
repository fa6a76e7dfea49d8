#pragma once

#include "content/Label.h"
#include "policy/PolicyPack.h"

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class LabelPage;
}

namespace kilotse::gui {

// The transparency label: inputs on the left, whether Art. 50(4) AI Act applies (with the reason)
// and a live preview of every format with a copy button on the right.
class LabelPage : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPage(const PolicyPack& pack, QWidget* parent = nullptr);
    ~LabelPage() override;

    void prefill(const LabelRequest& request); // keeps the tool typed so far
    LabelRequest request() const;
    QString preview(LabelFormat format) const;
    bool art50LegalDuty() const { return m_art50.legalDuty; }

private:
    void update();

    std::unique_ptr<Ui::LabelPage> m_ui;
    const PolicyPack& m_pack;
    QMap<LabelFormat, QPlainTextEdit*> m_previews;
    Art50Assessment m_art50;
};

} // namespace kilotse::gui
