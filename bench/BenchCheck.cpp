// SPDX-License-Identifier: GPL-3.0-or-later
// Extract + check throughput over N reports on one core, against `grep -P` scanning the same files
// for numbers (the floor: reading the bytes and finding digits).
//
//   bench_check [--reports N] [--source DIR]
//
// Writes N reports (variations of the reports in DIR, default tests/data/seeds) into a temporary
// folder, then times: loading (decode + normalise), extract + check on loaded documents, and
// `grep -P -o '[0-9]+'` over the folder.
#include "Corpus.h"
#include "check/Checker.h"
#include "pipeline/Analysis.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace jiaohe;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int count = 5000;
    QString source = QStringLiteral(JIAOHE_BENCH_DATA);
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--reports") {
            count = args.at(i + 1).toInt();
        } else if (args.at(i) == u"--source") {
            source = args.at(i + 1);
        }
    }
    QTextStream out(stdout);
    const QList<QString> templates = bench::readTemplates(source);
    if (templates.isEmpty()) {
        out << "no .txt reports in " << source << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const qint64 bytes = bench::writeVariedReports(dir.path(), templates, count);
    out << "reports: " << count << ", " << QString::number(bytes / 1048576.0, 'f', 1) << " MB\n";
    out.flush();

    QElapsedTimer t;
    t.start();
    QList<Document> docs;
    docs.reserve(count);
    for (const QString& f : QDir(dir.path()).entryList(QDir::Files, QDir::Name)) {
        LoadResult r = DocumentLoader::loadFile(dir.filePath(f), DocumentLoader::Hash::No);
        docs.append(std::move(r.document));
    }
    const double loadSeconds = t.nsecsElapsed() / 1e9;

    const Extractor extractor;
    const Checker checker;
    t.restart();
    qint64 fields = 0, flags = 0;
    for (const Document& d : std::as_const(docs)) {
        const Extraction ex = extractor.extract(d);
        fields += ex.fields.size();
        flags += checker.check(d, ex).size();
    }
    const double checkSeconds = t.nsecsElapsed() / 1e9;

    t.restart();
    QProcess grep;
    grep.setStandardOutputFile(QProcess::nullDevice());
    grep.start(QStringLiteral("/bin/sh"),
               {QStringLiteral("-c"), QStringLiteral("grep -P -o -r '[0-9]+' '%1' | wc -l").arg(dir.path())});
    grep.waitForFinished(-1);
    const double grepSeconds = t.nsecsElapsed() / 1e9;

    const double checkRate = count / checkSeconds;
    const double fullRate = count / (checkSeconds + loadSeconds);
    const double grepRate = count / grepSeconds;
    out << "load (decode, detect, normalise): " << QString::number(loadSeconds, 'f', 3) << " s, "
        << QString::number(count / loadSeconds, 'f', 0) << " reports/s\n";
    out << "extract + check:                  " << QString::number(checkSeconds, 'f', 3) << " s, "
        << QString::number(checkRate, 'f', 0) << " reports/s (" << fields << " fields, " << flags << " flags)\n";
    out << "load + extract + check:           " << QString::number(fullRate, 'f', 0) << " reports/s\n";
    out << "grep -P -o '[0-9]+' (floor):      " << QString::number(grepSeconds, 'f', 3) << " s, "
        << QString::number(grepRate, 'f', 0) << " reports/s\n";
    out << "ratio extract+check / grep:       " << QString::number(checkRate / grepRate, 'f', 2) << "\n";
    out << "ratio load+extract+check / grep:  " << QString::number(fullRate / grepRate, 'f', 2) << "\n";
    return 0;
}
