#pragma once

#include "content/TemplateFill.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TemplatesPage;
}

namespace kilotse::gui {

class TemplateFilterModel;
class TemplateListModel;

// The template library: search and filter templates, fill one in through a form generated from
// its placeholders, see the prompt live and copy it. What the clerk types stays in memory only.
class TemplatesPage : public QWidget
{
    Q_OBJECT
public:
    // `registry` may be null: then "Im Tool öffnen" is hidden.
    explicit TemplatesPage(const PolicyPack& pack, const Registry* registry = nullptr, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    void selectTemplate(const QString& templateId); // clears filters that hide it
    const PromptTemplate* currentTemplate() const { return m_current; }
    // Sets a field's text as if typed (tests and the result page use it).
    bool setFieldValue(const QString& name, const QString& value);
    QString previewText() const;

private:
    void applyFilter();
    void showTemplate();
    void buildForm();
    void updatePreview();
    void fillExamples();
    void updateTools(int level);
    QMap<QString, QString> values() const;
    QString problemText(const Diagnostic& problem) const;

    std::unique_ptr<Ui::TemplatesPage> m_ui;
    const PolicyPack& m_pack;
    TemplateListModel* m_model = nullptr;
    TemplateFilterModel* m_filter = nullptr;
    const PromptTemplate* m_current = nullptr;
    QMap<QString, QWidget*> m_editors; // placeholder name -> editor
    TemplateFillResult m_lastFill;
    const Registry* m_registry = nullptr;
    QString m_toolsKey; // level and use case the tool list was computed for
};

} // namespace kilotse::gui
