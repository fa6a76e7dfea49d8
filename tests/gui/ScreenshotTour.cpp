// Walks through a check by keyboard and saves a PNG of the window at every step.
// Usage: ki-lotse-screenshot-tour OUTDIR [ANSWERS]   (run under xvfb-run; see scripts/screenshots.sh)
// ANSWERS: use-case row then one digit per question (0 = Ja, 1 = Nein, 2 = Unsicher), e.g. "1 21111111".

#include "CheckWizard.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QTest>

#include <cstdio>

using namespace kilotse;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    gui::applyTheme(app);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: ki-lotse-screenshot-tour OUTDIR [USECASE_ROW ANSWER_DIGITS] [PREFIX]\n", stderr);
        return 2;
    }
    const QDir out(args[1]);
    QDir().mkpath(out.path());
    const int useCaseRow = args.size() > 2 ? args[2].toInt() : 1;
    const QString digits = args.size() > 3 ? args[3] : QStringLiteral("21111111");
    const QString prefix = args.size() > 4 ? args[4] : QStringLiteral("check");

    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    gui::MainWindow window(policy);
    window.resize(1100, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.activateWindow();
    QTest::qWait(200);

    int shot = 0;
    auto save = [&](const QString& name) {
        QTest::qWait(100);
        const QString file = out.filePath(QStringLiteral("%1-%2-%3.png").arg(prefix).arg(shot++, 2, 10, QChar(u'0')).arg(name));
        window.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };

    for (int i = 0; i < useCaseRow; ++i)
        key(Qt::Key_Down);
    key(Qt::Key_Space);
    save(QStringLiteral("usecase"));
    key(Qt::Key_Return);
    for (int q = 0; q < digits.size(); ++q) {
        const int index = digits[q].digitValue();
        for (int i = 0; i < index; ++i)
            key(Qt::Key_Down);
        key(Qt::Key_Space);
        save(policy.pack.questions.value(q).id);
        key(Qt::Key_Return);
    }
    save(QStringLiteral("result"));
    return window.checkWizard()->isShowingResult() ? 0 : 1;
}
