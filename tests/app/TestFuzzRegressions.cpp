// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz targets' checks (fuzz/FuzzChecks.h) in the normal build: every input kept in
// tests/data/fuzz-regressions/<target>/ (each one crashed or broke an invariant once, and was fixed), and the
// seed corpus the fuzz runs start from, through the same function the libFuzzer target runs.

#include "FuzzChecks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <ctime>

namespace jiaohe {

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(JIAOHE_TEST_DATA "/") + relative;
}

QStringList filesUnder(const QString& relative, const QStringList& patterns = {})
{
    QStringList files;
    QDirIterator it(dataPath(relative), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    return files;
}

// The CPU time this process has used, all threads, in milliseconds.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// How much slower than an optimised build this one may be (PDFium's allocations go through ASan's).
constexpr int slowdown()
{
#if defined(__SANITIZE_ADDRESS__)
    return 15;
#else
#ifdef NDEBUG
    return 1;
#else
    return 3;
#endif
#endif
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderIsATarget();
    void regressions_data();
    void regressions();
    void seeds_data();
    void seeds();
    void checksCatchBrokenOffsets();
};

// A folder with a misspelt target name would be replayed by nothing.
void TestFuzzRegressions::everyFolderIsATarget()
{
    const QDir dir(dataPath(QStringLiteral("fuzz-regressions")));
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!folders.isEmpty());
    for (const QString& folder : folders) {
        QVERIFY2(fuzz::targetNamed(folder) != nullptr,
                 qPrintable(QStringLiteral("fuzz-regressions/%1 names no fuzz target (%2)")
                                .arg(folder, fuzz::targetNames().join(u", "))));
    }
}

void TestFuzzRegressions::regressions_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir dir(dataPath(QStringLiteral("fuzz-regressions")));
    for (const QString& target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& file : filesUnder(QStringLiteral("fuzz-regressions/") + target)) {
            if (QFileInfo(file).fileName() == u"README.md") {
                continue;
            }
            QTest::newRow(qPrintable(target + u'/' + QFileInfo(file).fileName())) << target << file;
        }
    }
}

void TestFuzzRegressions::regressions()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = f.readAll();
    const fuzz::Target run = fuzz::targetNamed(target);
    QVERIFY(run);
    const double cpuBefore = processCpuMs();
    const QString problem = run(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(file, problem)));
    // Some were slow inputs (libFuzzer's timeouts): each must stay far from that. Measured in the process's CPU
    // time, not the wall clock, so that a machine busy with other work does not fail the test; the bound is
    // generous (a blow-up is minutes).
    const double used = processCpuMs() - cpuBefore;
    QVERIFY2(used < 15000 * slowdown(), qPrintable(QStringLiteral("%1 took %2 ms of CPU").arg(file).arg(used)));
}

// The seed corpus of every target, as scripts/fuzz.sh gathers it.
void TestFuzzRegressions::seeds_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QStringList text =
        filesUnder(QStringLiteral("seeds")) +
        filesUnder(QStringLiteral("cases"), {QStringLiteral("report.txt"), QStringLiteral("report.html")}) +
        filesUnder(QStringLiteral("html"));
    const QStringList loaderOnly = filesUnder(QStringLiteral("encodings")) + filesUnder(QStringLiteral("bad"));
    auto add = [](const QString& target, const QStringList& files) {
        for (const QString& file : files) {
            QTest::addRow("%s %s", qPrintable(target), qPrintable(QDir(dataPath(QString())).relativeFilePath(file)))
                << target << file;
        }
    };
    add(QStringLiteral("loader"), text + loaderOnly);
    add(QStringLiteral("pdf"), filesUnder(QStringLiteral("reports"), {QStringLiteral("*.pdf")}));
    add(QStringLiteral("html"),
        filesUnder(QStringLiteral("html")) + filesUnder(QStringLiteral("cases"), {QStringLiteral("report.html")}));
    add(QStringLiteral("office"), filesUnder(QStringLiteral("cases"), {QStringLiteral("report.docx"),
                                                                       QStringLiteral("report.mhtml"),
                                                                       QStringLiteral("report.md")}));
    for (const QString& target : {QStringLiteral("numbers"), QStringLiteral("tables"), QStringLiteral("pipeline")}) {
        add(target, text);
    }
}

void TestFuzzRegressions::seeds()
{
    regressions();
}

// The checks are worth running only if they fail on broken offsets.
void TestFuzzRegressions::checksCatchBrokenOffsets()
{
    Document doc = Document::fromPlainText(QStringLiteral("共收到申请12件。"));
    QVERIFY(fuzz::checkDocument(doc).isEmpty());
    Document shortMap = doc;
    shortMap.toOriginal.removeLast();
    QVERIFY(fuzz::checkDocument(shortMap).contains(u"entries"));
    Document backwards = doc;
    backwards.toOriginal[2] = 0;
    QVERIFY(fuzz::checkDocument(backwards).contains(u"goes back"));
    Document outside = doc;
    outside.toOriginal[1] = 99;
    QVERIFY(fuzz::checkDocument(outside).contains(u"outside"));

    const QString text = QStringLiteral("共收到申请12件。");
    QList<Quantity> quantities = scanQuantities(text);
    QCOMPARE(quantities.size(), 1);
    QVERIFY(fuzz::checkQuantities(text, quantities).isEmpty());
    quantities[0].end = text.size() + 1;
    QVERIFY(fuzz::checkQuantities(text, quantities).contains(u"outside"));
    quantities = scanQuantities(text);
    quantities[0].numberStart = quantities[0].start - 1;
    QVERIFY(fuzz::checkQuantities(text, quantities).contains(u"not inside"));
    quantities = scanQuantities(text);
    quantities[0].text = QStringLiteral("13件");
    QVERIFY(fuzz::checkQuantities(text, quantities).contains(u"not the text"));
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
