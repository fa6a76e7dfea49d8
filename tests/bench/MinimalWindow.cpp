// Reference for tests/bench/startup.sh: the smallest Qt Widgets program that shows a window and
// quits once the event loop is idle — what any Qt Widgets app costs at start-up.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("minimal"));
    window.resize(1000, 720);
    window.show();
    QTimer::singleShot(0, &app, [] {
        QCoreApplication::processEvents();
        std::puts("{\"status\":\"ok\"}");
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
