// Registry benchmark: 100,000 services in a SQLite registry. Times (median of 5):
//  * ki-lotse's "tools --level 2 --use-case drafting" path (core toolsForCheck, offered only),
//  * the same SELECT in the sqlite3 shell (reference, ".timer on"),
//  * the GUI's registry page: opening (loading every row into the table model) and filtering.
// Prints numbers and ratios. Usage: bench-registry [SERVICES] [PATH/TO/sqlite3]

#include "RegistryPage.h"
#include "Theme.h"
#include "policy/PolicyLocator.h"
#include "registry/Registry.h"
#include "registry/ServiceFields.h"
#include "registry/Tools.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kilotse;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename F> double timeMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Bench set-up only: bulk rows straight into the table (the app's own writes add audit entries).
void fill(const QString& path, int count)
{
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        if (!registry) {
            std::fprintf(stderr, "cannot create registry: %s\n", qPrintable(error.message));
            std::exit(1);
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
    db.setDatabaseName(path);
    db.open();
    QStringList columns, placeholders;
    for (const ServiceField& f : serviceFields()) {
        columns << QLatin1String(f.name);
        placeholders << u':' + QLatin1String(f.name);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("INSERT INTO services (%1) VALUES (%2)").arg(columns.join(u','), placeholders.join(u',')));
    const QStringList useCases{QStringLiteral("ideas"),       QStringLiteral("drafting"), QStringLiteral("summarising"),
                               QStringLiteral("translating"), QStringLiteral("minutes"),  QStringLiteral("research")};
    QRandomGenerator rng(42);
    for (int i = 0; i < count; ++i) {
        Service s;
        s.name = QStringLiteral("Dienst %1").arg(i, 6, 10, QChar(u'0'));
        s.vendor = QStringLiteral("Anbieter %1").arg(i % 500);
        s.product = QStringLiteral("Produkt %1").arg(i % 1000);
        s.deployment = static_cast<Service::Deployment>(rng.bounded(4));
        s.location = static_cast<Service::Location>(rng.bounded(3));
        s.backflowExcluded = rng.bounded(3) > 0;
        s.avvPresent = rng.bounded(3) > 0;
        s.maxLevel = rng.bounded(3);
        s.personalDataPermitted = rng.bounded(2) == 1;
        for (const QString& u : useCases)
            if (rng.bounded(3) == 0)
                s.useCases << u;
        s.status = static_cast<Service::Status>(rng.bounded(4));
        s.nextReview = QDate(2027, 1, 1).addDays(rng.bounded(365) - 120);
        s.accessUrl = QStringLiteral("https://dienst%1.example.org").arg(i);
        s.ownerDepartment = QStringLiteral("Fachbereich %1").arg(i % 40);
        for (const ServiceField& f : serviceFields()) {
            const QString name = QLatin1String(f.name);
            if (name == QLatin1String("max_level"))
                q.bindValue(QStringLiteral(":max_level"), s.maxLevel);
            else
                q.bindValue(u':' + name, f.get(s).isNull() ? QStringLiteral("") : f.get(s));
        }
        q.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
    q.finish();
    db.close();
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gui::applyTheme(app);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString sqlite3 = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("sqlite3");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const double fillMs = timeMs([&] { fill(path, count); });
    QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));

    RegistryError error;
    auto registry = Registry::open(path, &error);
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    const QDate today(2026, 11, 22);
    QList<double> tools, shell;
    int offered = 0;
    for (int run = 0; run < 5; ++run) {
        tools << timeMs([&] {
            offered = static_cast<int>(
                toolsForCheck(*registry, policy.pack, 2, QStringLiteral("drafting"), false, today, false)
                    .offered.size());
        });
        QProcess p;
        p.start(sqlite3, {path});
        QStringList columns;
        for (const ServiceField& f : serviceFields())
            columns << QLatin1String(f.name);
        p.write(QStringLiteral(
                    ".timer on\n.output /dev/null\nSELECT id, row_version, %1 FROM services WHERE status = 'approved' "
                    "AND max_level >= 2 ORDER BY name;\n")
                    .arg(columns.join(QStringLiteral(", ")))
                    .toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(60000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = out.indexOf(QStringLiteral("real "));
        shell << (at >= 0 ? out.mid(at + 5).section(u' ', 0, 0).toDouble() * 1000.0 : -1.0);
    }

    double pageOpen = 0;
    QList<double> filter;
    {
        pageOpen = timeMs([&] {
            gui::RegistryPage page(policy.pack, registry.get(), QString());
            page.ensureLoaded(); // what the first showing of the page costs
        });
        gui::RegistryPage page(policy.pack, registry.get(), QString());
        page.ensureLoaded();
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        for (const QString& text :
             {QStringLiteral("Dienst 0999"), QStringLiteral("Anbieter 42"), QString(), QStringLiteral("x")})
            filter << timeMs([&] {
                search->setText(text);
                page.applyFilter(); // the debounced query, measured directly
            });
    }

    const double toolsMs = median(tools);
    const double shellMs = median(shell);
    std::printf("registry benchmark (%d services, SQLite, median of 5)\n", count);
    std::printf("  set-up (bulk insert)                      %9.1f ms\n", fillMs);
    std::printf("  tools --level 2 --use-case drafting       %9.1f ms  (%d offered)\n", toolsMs, offered);
    std::printf("  same SELECT in the sqlite3 shell          %9.1f ms\n", shellMs);
    std::printf("  ratio ki-lotse / sqlite3 shell            %9.2fx\n", shellMs > 0 ? toolsMs / shellMs : 0.0);
    std::printf("  GUI registry page: first show (1st page)  %9.1f ms\n", pageOpen);
    std::printf("  overdue reviews at start-up (SQL count)   %9.1f ms\n",
                timeMs([&] { registry->dueForReviewCount(today); }));
    std::printf("  GUI registry page: filter (median of 4)   %9.1f ms\n", median(filter));
    return 0;
}
