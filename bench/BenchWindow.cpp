// SPDX-License-Identifier: GPL-3.0-or-later
// How long the review window takes to switch to another report — text, highlights, fields and flags —
// with 20,000 reports in the database. The target: under 50 ms.
//
//   bench_window [--reports N] [--switches M]
//
// Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "Corpus.h"
#include "ReportQueueModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ReviewActionHandler.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportPanel.h"
#include "store/ReviewStore.h"
#include "cli/StoreCommands.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace jiaohe;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 20000;
    int switches = 200;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--reports") {
            count = args.at(i + 1).toInt();
        } else if (args.at(i) == u"--switches") {
            switches = args.at(i + 1).toInt();
        }
    }
    QTextStream out(stdout);
    const QList<QString> templates = bench::readTemplates(QStringLiteral(JIAOHE_BENCH_DATA));
    if (templates.isEmpty()) {
        out << "no seed reports\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString reports = dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(reports);
    bench::writeVariedReports(reports, templates, count);
    const QString db = dir.filePath(QStringLiteral("review.sqlite"));
    {
        QString sink;
        QTextStream quiet(&sink);
        out << "importing " << count << " reports…\n";
        out.flush();
        if (runImportCommand({QStringLiteral("jiaohe"), QStringLiteral("--db"), db, QStringLiteral("--quiet"), reports},
                             quiet, quiet) != 0) {
            out << "the import failed\n" << sink;
            return 1;
        }
    }
    MainWindow window;
    if (!window.openDatabase(db)) {
        out << "cannot open the database\n";
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const int rows = window.queueModel()->rowCount();
    QRandomGenerator rng(7);
    QList<double> ms;
    double first = 0;
    double worst = 0;
    qint64 worstId = 0;
    for (int i = 0; i < switches; ++i) {
        const qint64 id = window.queueModel()->reportId(int(rng.bounded(rows)));
        QElapsedTimer t;
        t.start();
        window.selectReport(id);
        QApplication::processEvents(); // what the user sees includes the repaint
        const double took = t.nsecsElapsed() / 1e6;
        if (i == 0) {
            first = took; // fonts and caches warm up once per session: reported on its own
            continue;
        }
        if (took > worst) {
            worst = took;
            worstId = id;
        }
        ms.append(took);
    }
    std::sort(ms.begin(), ms.end());
    const std::optional<StoredReport> slowest = window.store()->report(worstId);
    out << "first switch of the session (cold): " << QString::number(first, 'f', 1) << " ms\n";
    out << "slowest: " << (slowest ? slowest->fileName : QString()) << ", "
        << window.store()->originalText(worstId).size() << " characters, " << window.store()->fields(worstId).size()
        << " fields\n";
    auto at = [&](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))); };
    out << "reports in the database: " << rows << ", switches: " << switches << '\n';
    out << "switch to a report (load, highlight, fields, flags, repaint): median " << QString::number(at(0.5), 'f', 1)
        << " ms, 95th percentile " << QString::number(at(0.95), 'f', 1) << " ms, worst "
        << QString::number(ms.last(), 'f', 1) << " ms (target: under 50 ms)\n";
    return 0;
}
