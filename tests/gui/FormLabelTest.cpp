// Form labels are never cut off (issue 20): a wrapped label of a template field ("Anzahl der
// Bühnenformate", "Duration in minutes *") is as high as its text needs for its width.
#include "I18n.h"
#include "MainWindow.h"
#include "TemplatesPage.h"
#include "TestSupport.h"
#include "policy/PolicyLocator.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

// Every label of every form layout under `root`: its height against what its text needs at its
// width, and no two labels of a form overlapping.
QStringList clippedFormLabels(QWidget* root, const QString& where)
{
    QStringList problems;
    for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
        QList<QRect> taken;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
            if (!label || !label->isVisible())
                continue;
            const int need = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            const QString what =
                where +
                QStringLiteral(": \"%1\" (%2×%3 px)").arg(label->text()).arg(label->width()).arg(label->height());
            if (label->height() < need)
                problems << what + QStringLiteral(" needs %1 px height").arg(need);
            if (!label->wordWrap() && label->width() < label->sizeHint().width())
                problems << what + QStringLiteral(" needs %1 px width").arg(label->sizeHint().width());
            for (const QRect& other : std::as_const(taken))
                if (other.intersects(label->geometry()))
                    problems << what + QStringLiteral(" overlaps the label above");
            taken << label->geometry();
        }
    }
    return problems;
}

QStringList walkTemplates(const QString& language, const QString& mustShow)
{
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString()); // read now, in `language`
    MainWindow window(policy);
    QStringList problems;
    bool seen = false;
    // The default size (the window's own size hint, as on first start), the tour's and the minimum.
    for (const QSize size : {QSize(), QSize(1100, 760), QSize(720, 560)}) {
        if (size.isValid())
            window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        TemplatesPage* page = window.templatesPage();
        REQUIRE(page);
        window.showPage(page);
        for (const PromptTemplate& t : policy.pack.templates) {
            page->selectTemplate(t.id);
            QApplication::processEvents();
            QApplication::processEvents();
            const QString where =
                QStringLiteral("%1 %2×%3 %4").arg(language).arg(window.width()).arg(window.height()).arg(t.id);
            problems << clippedFormLabels(page, where);
            for (QLabel* label : page->findChildren<QLabel*>())
                seen = seen || (label->isVisible() && label->text().contains(mustShow));
        }
    }
    CHECK(seen); // the label the trainer saw clipped is among those checked
    return problems;
}

void report(const QStringList& problems)
{
    for (const QString& p : problems.mid(0, 30))
        UNSCOPED_INFO(p.toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("formLabels_templateFields_areNeverClipped_inGermanAndEnglish", "[gui][form-labels]")
{
    report(walkTemplates(QStringLiteral("de"), QStringLiteral("Anzahl der Bühnenformate")));
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/ki-lotse_en.qm")));
    QCoreApplication::installTranslator(&english);
    setContentLanguage(QStringLiteral("en"));
    report(walkTemplates(QStringLiteral("en"), QStringLiteral("Duration in minutes *")));
    QCoreApplication::removeTranslator(&english);
    setContentLanguage(QStringLiteral("de"));
}
