// SPDX-License-Identifier: GPL-3.0-or-later
// Times reading PDF reports (PdfReader: Poppler's glyphs, the layout, the ruling lines where a line needs them)
// against `pdftotext -bbox-layout` (Poppler's own command, every glyph's box, no table layout) on the same files,
// per producer: Chromium's "Save as PDF" and LibreOffice's export of the template cases (tests/data/cases/
// *-chromepdf, *-lopdf), LibreOffice's export of the same cases laid out as Word and WPS files are (*-lolayout,
// *-lotwocol: a vertical merged label, a table split across pages, a two-column overview), QPdfWriter (a generated
// report drawn per line and per character), and the three real reports (tests/data/reports). Each file is read
// `--rounds` times, by the reader in this process and through the worker process the program uses (build/ui/jiaohe
// --pdf-worker: its start is counted); pdftotext is run as a process (its start is counted too).
//   bench_pdf [--pages N] [--rounds N] [--text] [--drawing] [FILE.pdf...]
// With files: the figures of each (--text prints the rebuilt text; --drawing takes the rules from drawn pages only).
#include "document/PdfText.h"
#include "document/pdf/PdfWorker.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace jiaohe;

namespace {

// A report page: 30 lines of Chinese text and a table of 8 rows with a label and 4 numbers.
QByteArray generate(int pages, bool perCharacter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(12);
    painter.setFont(font);
    const QString sentence = QStringLiteral("本年度共主动公开政府信息%1条，其中规范性文件%2件，答复申请%3件。");
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        int y = 60;
        for (int l = 0; l < 30; ++l, y += 16) {
            const QString line = sentence.arg(p * 100 + l).arg(l).arg(p);
            if (perCharacter) {
                int x = 60;
                for (QChar c : line) {
                    painter.drawText(x, y, QString(c));
                    x += painter.fontMetrics().horizontalAdvance(c);
                }
            } else {
                painter.drawText(60, y, line);
            }
        }
        for (int r = 0; r < 8; ++r, y += 20) {
            painter.drawText(60, y, QStringLiteral("第%1行统计").arg(r + 1));
            for (int c = 0; c < 4; ++c) {
                painter.drawText(260 + c * 60, y, QString::number(r * 10 + c));
            }
        }
    }
    painter.end();
    return bytes;
}

void report(const QString& what, const QByteArray& bytes, bool printText, PdfReader::RulesFrom rulesFrom)
{
    PdfReadStats stats;
    QElapsedTimer timer;
    timer.start();
    const PdfText text = PdfReader::read(bytes, &stats, rulesFrom);
    const qint64 ms = timer.elapsed();
    std::printf(
        "%-40s %5d pages %8lld chars %4d pages drawn for rules, %4d ruled from paths %7lld ms  %6.1f ms/page%s%s\n",
        qPrintable(what), stats.pages, static_cast<long long>(text.text.size()), stats.renderedPages, stats.pathPages,
        static_cast<long long>(ms), stats.pages > 0 ? double(ms) / stats.pages : 0.0,
        text.ok() ? "" : "  error: ", qPrintable(text.error));
    if (printText) {
        QTextStream(stdout) << text.text;
    }
}

} // namespace

struct Figures
{
    int files = 0;
    int pages = 0;
    double jiaoheMs = 0;
    double workerMs = 0; // the same through the worker process (jiaohe --pdf-worker), as the program reads
    double pdftotextMs = 0;
    int failures = 0;
};

// pdftotext -bbox-layout FILE OUT, the time of the run.
double pdftotextMs(const QString& pdftotext, const QString& file, const QString& out)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-bbox-layout"), file, out});
    p.waitForFinished(600000);
    return timer.nsecsElapsed() / 1e6;
}

void measure(Figures& f, const QString& file, const QString& pdftotext, const QString& scratch, int rounds)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        ++f.failures;
        return;
    }
    const QByteArray bytes = in.readAll();
    PdfReadStats stats;
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    for (int r = 0; r < rounds; ++r) {
        ok = PdfReader::read(bytes, &stats).ok() && ok;
    }
    f.jiaoheMs += timer.nsecsElapsed() / 1e6 / rounds;
    if (!PdfWorker::program().isEmpty()) {
        timer.restart();
        for (int r = 0; r < rounds; ++r) {
            ok = PdfWorker::read(bytes).ok() && ok;
        }
        f.workerMs += timer.nsecsElapsed() / 1e6 / rounds;
    }
    double t = 0;
    for (int r = 0; r < rounds && !pdftotext.isEmpty(); ++r) {
        t += pdftotextMs(pdftotext, file, scratch);
    }
    f.pdftotextMs += t / rounds;
    f.pages += stats.pages;
    ++f.files;
    f.failures += ok ? 0 : 1;
}

void printRow(const QString& producer, const Figures& f)
{
    const double jps = f.jiaoheMs > 0 ? f.pages * 1000.0 / f.jiaoheMs : 0;
    const double wps = f.workerMs > 0 ? f.pages * 1000.0 / f.workerMs : 0;
    const double pps = f.pdftotextMs > 0 ? f.pages * 1000.0 / f.pdftotextMs : 0;
    std::printf("| %-28s | %5d | %5d | %8.1f | %8.1f | %8.1f | %5.2f× | %5.2f×%s |\n", qPrintable(producer), f.files,
                f.pages, jps, wps, pps, jps > 0 ? pps / jps : 0.0, wps > 0 ? pps / wps : 0.0,
                f.failures ? " (some failed)" : "");
}

QStringList pdfsIn(const QString& pattern)
{
    QStringList files;
    const QDir cases(QStringLiteral(JIAOHE_TEST_DATA "/cases"));
    for (const QString& d : cases.entryList({pattern}, QDir::Dirs, QDir::Name)) {
        files.append(cases.filePath(d + QStringLiteral("/report.pdf")));
    }
    return files;
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QPdfWriter needs fonts, hence a QGuiApplication
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages of the generated report."), QStringLiteral("N"),
                      QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("Reads of each file."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("Print the rebuilt text of the given files.")});
    parser.addOption(
        {QStringLiteral("drawing"), QStringLiteral("Rules of the given files from the drawn pages only.")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("PDF files to read."));
    parser.addHelpOption();
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot be opened\n", qPrintable(file));
            return 1;
        }
        report(file, f.readAll(), parser.isSet(QStringLiteral("text")),
               parser.isSet(QStringLiteral("drawing")) ? PdfReader::RulesFrom::Drawing : PdfReader::RulesFrom::Paths);
    }
    if (!files.isEmpty()) {
        return 0;
    }
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        std::fprintf(stderr, "bench_pdf: pdftotext not found (Debian: poppler-utils); Jiaohe's figures only\n");
    }
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    // The program as it reads: through its worker process, when the executable is beside the build's bench/.
    const QString jiaohe = QCoreApplication::applicationDirPath() + QStringLiteral("/../ui/jiaohe");
    if (QFileInfo(jiaohe).isExecutable()) {
        PdfWorker::setProgram(jiaohe);
    }
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("out.html"));
    QStringList generated;
    for (bool perCharacter : {false, true}) {
        const QString path =
            dir.filePath(perCharacter ? QStringLiteral("per-character.pdf") : QStringLiteral("per-line.pdf"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(generate(pages, perCharacter)) < 0) {
            return 1;
        }
        generated.append(path);
    }
    QStringList real;
    const QDir reports(QStringLiteral(JIAOHE_TEST_DATA "/reports"));
    for (const QString& name : reports.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        real.append(reports.filePath(name));
    }
    const QList<std::pair<QString, QStringList>> producers = {
        {QStringLiteral("Chromium (Skia/PDF)"), pdfsIn(QStringLiteral("*-chromepdf"))},
        {QStringLiteral("LibreOffice 7.4"), pdfsIn(QStringLiteral("*-lopdf"))},
        {QStringLiteral("LibreOffice, Word-like layouts"),
         pdfsIn(QStringLiteral("*-lolayout")) + pdfsIn(QStringLiteral("*-lotwocol"))},
        {QStringLiteral("QPdfWriter (generated)"), generated},
        {QStringLiteral("real reports (3)"), real},
    };
    std::printf("%d rounds per file; pages/s = pages / time of one read\n\n", rounds);
    std::printf("| producer | files | pages | Jiaohe pages/s | Jiaohe, worker process | pdftotext pages/s | "
                "pdftotext / Jiaohe | pdftotext / worker |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (const auto& [producer, list] : producers) {
        Figures f;
        for (const QString& file : list) {
            measure(f, file, pdftotext, scratch, rounds);
        }
        printRow(producer, f);
    }
    return 0;
}
