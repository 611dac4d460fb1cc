// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files: each ends in a clear error or a bounded result, quickly. The big inputs are made here at run
// time (nothing large is committed). Times are printed; the bounds are generous and scaled for Debug and
// sanitizer builds (the `asan` preset runs this too).

#include "check/Checker.h"
#include "cli/AnalysisOutput.h"
#include "document/DocumentLoader.h"
#include "document/PdfText.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../common/HandWrittenPdf.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>

namespace jiaohe {

namespace {

// How much slower than an optimised build this one may be.
constexpr int slowdown()
{
#if defined(__SANITIZE_ADDRESS__)
    return 10;
#else
#ifdef NDEBUG
    return 1;
#else
    return 4;
#endif
#endif
}

// Peak resident memory of this process so far (VmHWM), in MB; -1 when /proc is not there.
qint64 peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
        }
    }
    return -1;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish in %1 ms").arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run runJiaohe(const QStringList& arguments, int timeoutMs = 60000)
{
    return runProgram(QStringLiteral(JIAOHE_BINARY), arguments, timeoutMs);
}

// A PDF written out by hand: objects 1..n, the cross-reference table and the trailer.
using jiaohe::testing::handWrittenPdf;

QByteArray stream(const QByteArray& data, const QByteArray& extra = QByteArray())
{
    return "<< /Length " + QByteArray::number(data.size()) + extra + " >>\nstream\n" + data + "\nendstream";
}

// Objects 1..5 of a one-page PDF in Helvetica: catalog, pages, page (its MediaBox given), content, font.
QList<QByteArray> onePage(const QByteArray& mediaBox, const QByteArray& contentObject)
{
    return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox " + mediaBox +
                " /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            contentObject, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
}

const QByteArray helloText = "BT /F1 12 Tf 72 700 Td (Annual report 2023: 12 requests) Tj ET";

Analysis analyse(const QByteArray& bytes, const QString& fileName)
{
    static const Extractor extractor;
    static const Checker checker;
    LoadResult loaded = DocumentLoader::loadBytes(bytes, fileName, DocumentLoader::Hash::Yes);
    if (!loaded.ok()) {
        Analysis a;
        a.error = loaded.error;
        return a;
    }
    return Analysis::ofDocument(std::move(loaded.document), extractor, checker);
}

QString repeated(const QString& s, int n)
{
    QString out;
    out.reserve(s.size() * n);
    for (int i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

// A loopback TCP listener on a free port: a reference to it that anything fetched would show up as a
// connection waiting to be accepted.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            return;
        }
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    LoopbackListener(const LoopbackListener&) = delete;
    LoopbackListener& operator=(const LoopbackListener&) = delete;

    int port() const { return m_port; }
    // True when a client has connected (a connection is waiting to be accepted).
    bool wasContacted(int waitMs = 200) const
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, waitMs) > 0 && (p.revents & POLLIN);
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeTextFile();
    void specialFiles();
    void millionDigits_data();
    void millionDigits();
    void deeplyNestedHtml_data();
    void deeplyNestedHtml();
    void remoteReferencesAreNeverFetched();
    void noNetworkCodeLinked();
    void checkRunsWithoutNetwork();
    void pdfBombs_data();
    void pdfBombs();
    void hostilePdfBatch_data();
    void hostilePdfBatch();
    void pdfLimitsFromOptionsAndEnvironment();
    void hundredThousandNumbers_data();
    void hundredThousandNumbers();
};

// 200 MB on disk (a sparse file, so the test writes nothing): refused by its size before a byte is read.
void TestHostileFiles::hugeTextFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge-report.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024));
    }
    const qint64 peakBefore = peakMegabytes();
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = DocumentLoader::loadFile(path);
    const qint64 ms = timer.elapsed();
    qInfo("200 MB text file refused in %lld ms", ms);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"200.0 MB") && r.error.contains(u"32 MB limit"), qPrintable(r.error));
    QVERIFY2(ms < 1000 * slowdown(), qPrintable(QString::number(ms)));
    // Nothing of the file was read into memory (a read would raise the peak by at least 32 MB).
    if (peakBefore >= 0) {
        QVERIFY2(peakMegabytes() - peakBefore < 16,
                 qPrintable(QStringLiteral("peak memory %1 -> %2 MB").arg(peakBefore).arg(peakMegabytes())));
    }
    const Run run = runJiaohe({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"huge-report.txt") && run.err.contains(u"32 MB limit"), qPrintable(run.err));
}

// Names that lead to a device with no end (a link to /dev/zero) or to a pipe no one writes to (a FIFO, whose
// open would block): refused at once, before anything is opened.
void TestHostileFiles::specialFiles()
{
    QTemporaryDir dir;
    QStringList paths;
    if (QFile::exists(QStringLiteral("/dev/zero"))) {
        paths.append(dir.filePath(QStringLiteral("endless-report.txt")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), paths.last()));
    }
    paths.append(dir.filePath(QStringLiteral("fifo-report.txt")));
    QCOMPARE(::mkfifo(QFile::encodeName(paths.last()).constData(), 0600), 0);
    for (const QString& path : std::as_const(paths)) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = DocumentLoader::loadFile(path);
        qInfo("%s refused in %lld ms", qPrintable(QFileInfo(path).fileName()), timer.elapsed());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"not a regular file"), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 1000 * slowdown());
    }
    const Run run = runJiaohe({QStringLiteral("check"), paths.last()}, 20000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"fifo-report.txt") && run.err.contains(u"not a regular file"), qPrintable(run.err));
}

void TestHostileFiles::millionDigits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray digits = QByteArray("1234567890").repeated(100000);
    QTest::newRow("digits only") << digits;
    QTest::newRow("a count of a million digits")
        << QByteArray("本年度共收到政府信息公开申请" + digits + "件，其中当面申请3件。\n");
    QTest::newRow("a percentage of a million digits")
        << QByteArray("办结率为" + digits + "." + digits.left(1000) + "%。");
    QTest::newRow("full-width digits") << QString(repeated(QStringLiteral("１２３"), 333334)).toUtf8();
    QTest::newRow("a million digits in lines of ten") << QByteArray("1234567890\n").repeated(100000);
}

// One number of a million digits (and variants): a bounded time, a result, no infinite or absurd field.
void TestHostileFiles::millionDigits()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    const Analysis a = analyse(bytes, QStringLiteral("digits.txt"));
    const qint64 ms = timer.elapsed();
    qInfo("%lld bytes: %lld ms, %lld statements, %lld fields, %lld flags", qint64(bytes.size()), ms,
          qint64(a.extraction.statements.size()), qint64(a.extraction.fields.size()), qint64(a.flags.size()));
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(ms < 10000 * slowdown(), qPrintable(QString::number(ms)));
    for (const ExtractedField& f : a.extraction.fields) {
        QVERIFY2(std::isfinite(f.value) && f.value < 1e15,
                 qPrintable(QStringLiteral("field %1 = %2").arg(f.key).arg(f.value)));
    }
    QVERIFY(a.flags.size() <= Checker::MaxFlags + 1);
    // The JSON of `jiaohe check` is valid (no inf or nan in it).
    QVERIFY(!QJsonDocument(analysisJson(a, QStringLiteral("en"))).toJson().contains("inf"));
}

void TestHostileFiles::deeplyNestedHtml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("本年度共收到政府信息公开申请12件。");
    QTest::newRow("100000 nested divs") << (QStringLiteral("<html><body>") + repeated(QStringLiteral("<div>"), 100000) +
                                            text + repeated(QStringLiteral("</div>"), 100000))
                                               .toUtf8();
    QTest::newRow("100000 nested spans, never closed")
        << (QStringLiteral("<html><body>") + repeated(QStringLiteral("<span class=\"a\">"), 100000) + text).toUtf8();
    QTest::newRow("100000 nested tables")
        << (QStringLiteral("<html><body>") + repeated(QStringLiteral("<table><tr><td>"), 100000) + text +
            repeated(QStringLiteral("</td></tr></table>"), 100000))
               .toUtf8();
    QTest::newRow("100000 nested lists")
        << (QStringLiteral("<html><body>") + repeated(QStringLiteral("<ul><li>"), 100000) + text).toUtf8();
    QTest::newRow("100000 open comments and tags")
        << (QStringLiteral("<html><body><p>") + text + repeated(QStringLiteral("<!--<a <b "), 100000)).toUtf8();
}

// Deeply nested markup: linear time, no stack overflow, the text inside is found.
void TestHostileFiles::deeplyNestedHtml()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    const Analysis a = analyse(bytes, QStringLiteral("nested.html"));
    const qint64 ms = timer.elapsed();
    qInfo("%lld bytes of markup: %lld ms", qint64(bytes.size()), ms);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(a.document.original.contains(u"共收到政府信息公开申请12件"), qPrintable(a.document.original.left(200)));
    QVERIFY2(ms < 10000 * slowdown(), qPrintable(QString::number(ms)));
    const ExtractedField* requests = a.extraction.field(QStringLiteral("requests.total"));
    QVERIFY(requests);
    QCOMPARE(requests->value, 12.0);
}

// A page that references images, scripts, frames, style sheets, fonts and media on a server the test runs
// itself: reading and checking it (in this process and through `jiaohe check`) opens no connection, and no
// URL lands in the text.
void TestHostileFiles::remoteReferencesAreNeverFetched()
{
    LoopbackListener server;
    QVERIFY(server.port() > 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head><base href=\"BASE/\">"
                       "<meta http-equiv=\"refresh\" content=\"0; url=BASE/refresh\">"
                       "<link rel=\"stylesheet\" href=\"BASE/style.css\"><link rel=\"preload\" href=\"BASE/f.woff\">"
                       "<link rel=\"dns-prefetch\" href=\"BASE/\"><link rel=\"icon\" href=\"BASE/favicon.ico\">"
                       "<style>@import url(BASE/import.css); body{background:url('BASE/bg.png')}"
                       "@font-face{src:url(BASE/font.woff2)}</style>"
                       "<script src=\"BASE/app.js\"></script><script>fetch('BASE/xhr');</script></head>"
                       "<body background=\"BASE/body.png\"><iframe src=\"BASE/frame.html\"></iframe>"
                       "<img src=\"BASE/a.png\" srcset=\"BASE/b.png 2x\"><object data=\"BASE/o.swf\"></object>"
                       "<embed src=\"BASE/e.swf\"><video poster=\"BASE/p.png\"><source src=\"BASE/v.mp4\"></video>"
                       "<audio src=\"BASE/a.mp3\"></audio><svg><image href=\"BASE/s.png\"/></svg>"
                       "<p style=\"background-image:url(BASE/inline.png)\">本年度共收到政府信息公开申请12件。</p>"
                       "<p><a href=\"BASE/link\">链接</a></p></body></html>")
            .replace(QStringLiteral("BASE"), base);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("remote.html"));
    QVERIFY(writeFile(path, page.toUtf8()));

    const Analysis a = analyse(page.toUtf8(), QStringLiteral("remote.html"));
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(!a.document.original.contains(base), qPrintable(a.document.original));
    QVERIFY(a.extraction.field(QStringLiteral("requests.total")));
    QVERIFY2(!server.wasContacted(), "reading the page in this process opened a connection");

    const Run run = runJiaohe({QStringLiteral("check"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"requests.total"), qPrintable(run.out + run.err));
    QVERIFY2(!server.wasContacted(500), "jiaohe check opened a connection");
}

// The executable needs no networking library and imports no Qt network class. (Qt PDF itself depends on
// Qt Network, so `ldd` lists libQt6Network among the libraries loaded; nothing of ours calls it, which the
// undefined symbols show, and remoteReferencesAreNeverFetched shows at run time.)
void TestHostileFiles::noNetworkCodeLinked()
{
    const QString objdump = QStandardPaths::findExecutable(QStringLiteral("objdump"));
    const QString nm = QStandardPaths::findExecutable(QStringLiteral("nm"));
    if (objdump.isEmpty() || nm.isEmpty()) {
        QSKIP("objdump or nm is not installed (binutils)");
    }
    const Run headers = runProgram(objdump, {QStringLiteral("-p"), QStringLiteral(JIAOHE_BINARY)}, 30000);
    QCOMPARE(headers.exitCode, 0);
    QStringList needed;
    for (const QString& line : headers.out.split(u'\n')) {
        if (line.trimmed().startsWith(u"NEEDED")) {
            needed.append(line.trimmed().section(u' ', -1));
        }
    }
    QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(headers.out.left(2000)));
    for (const QString& library : std::as_const(needed)) {
        QVERIFY2(!library.contains(u"Network") && !library.contains(u"curl") && !library.contains(u"WebEngine"),
                 qPrintable(needed.join(u", ")));
    }

    const Run symbols = runProgram(
        nm,
        {QStringLiteral("-D"), QStringLiteral("--undefined-only"), QStringLiteral("-C"), QStringLiteral(JIAOHE_BINARY)},
        30000);
    QCOMPARE(symbols.exitCode, 0);
    QVERIFY2(symbols.out.contains(u"QString"), "nm listed no Qt symbol");
    for (const QString& name : {QStringLiteral("QNetwork"), QStringLiteral("QTcpSocket"), QStringLiteral("QUdpSocket"),
                                QStringLiteral("QAbstractSocket"), QStringLiteral("QHostInfo"),
                                QStringLiteral("getaddrinfo"), QStringLiteral("gethostbyname")}) {
        QVERIFY2(!symbols.out.contains(name), qPrintable(name));
    }
}

// `jiaohe check` on the page with remote references, in a network namespace with no interface but a
// loopback that is down: the same result (skipped where unprivileged namespaces are not allowed).
void TestHostileFiles::checkRunsWithoutNetwork()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty() ||
        runProgram(unshare, {QStringLiteral("-rn"), QStringLiteral("true")}, 10000).exitCode != 0) {
        QSKIP("unshare -rn is not available here");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("remote.html"));
    QVERIFY(writeFile(path, "<html><body><img src=\"http://example.com/a.png\"><script src=\"https://example.com/"
                            "a.js\"></script><p>本年度共收到政府信息公开申请12件。</p></body></html>"));
    QElapsedTimer timer;
    timer.start();
    const Run run = runProgram(
        unshare,
        {QStringLiteral("-rn"), QStringLiteral(JIAOHE_BINARY), QStringLiteral("check"), QStringLiteral("--json"), path},
        60000);
    qInfo("jiaohe check without a network: %lld ms", timer.elapsed());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"requests.total"), qPrintable(run.out + run.err));
}

void TestHostileFiles::pdfBombs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError"); // empty: read, with the text

    // 100,000 pages sharing one content stream.
    {
        QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", QByteArray(), stream(helloText),
                                     "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        QByteArray kids;
        for (int i = 0; i < 100000; ++i) {
            kids += QByteArray::number(5 + i) + " 0 R ";
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                           "/Resources << /Font << /F1 4 0 R >> >> >>");
        }
        objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 100000 >>";
        QTest::newRow("100,000 pages") << handWrittenPdf(objects) << QStringLiteral("100000 pages");
    }
    // One page that claims a count of a billion.
    {
        QList<QByteArray> objects = onePage("[0 0 595 842]", stream(helloText));
        objects[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>";
        QTest::newRow("a page count of a billion") << handWrittenPdf(objects) << QString();
    }
    // PDFium takes a MediaBox it cannot use for the default size: read, with a page size within the caps.
    QTest::newRow("a page of 9e12 points")
        << handWrittenPdf(onePage("[0 0 9e12 9e12]", stream(helloText))) << QString();
    QTest::newRow("a page of zero size") << handWrittenPdf(onePage("[0 0 0 0]", stream(helloText))) << QString();
    QTest::newRow("a page of 90,000,000 points")
        << handWrittenPdf(onePage("[0 0 90000000 90000000]", stream(helloText))) << QStringLiteral("impossible size");
    // Page trees nested deeper than PDFium's limit of 1,024 levels (PDFium never returns on them), and one
    // that loops.
    for (int depth : {1025, 50000}) {
        QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
        for (int i = 0; i < depth; ++i) {
            const int self = 2 + i;
            objects.append("<< /Type /Pages /Kids [" + QByteArray::number(self + 1) + " 0 R] /Count 1" +
                           (i > 0 ? " /Parent " + QByteArray::number(self - 1) + " 0 R" : QByteArray()) + " >>");
        }
        const int page = 2 + depth;
        objects.append("<< /Type /Page /Parent " + QByteArray::number(page - 1) +
                       " 0 R /MediaBox [0 0 595 842] /Contents " + QByteArray::number(page + 1) + " 0 R >>");
        objects.append(stream(helloText));
        QTest::addRow("a page tree %d deep", depth) << handWrittenPdf(objects) << QStringLiteral("256 levels deep");
    }
    {
        QList<QByteArray> objects = onePage("[0 0 595 842]", stream(helloText));
        objects[1] = "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>";
        objects.append("<< /Type /Pages /Kids [7 0 R] /Count 1 /Parent 2 0 R >>");
        objects.append("<< /Type /Pages /Kids [6 0 R] /Count 1 /Parent 6 0 R >>");
        QTest::newRow("a page tree that loops") << handWrittenPdf(objects) << QStringLiteral("loops");
    }
    // A content stream that inflates to 64 MB (of spaces) around one line of text.
    {
        const QByteArray content = QByteArray(64 * 1024 * 1024, ' ') + helloText;
        const QByteArray zlib = qCompress(content, 9).mid(4); // qCompress puts the length first
        QTest::newRow("a deflate bomb of 64 MB")
            << handWrittenPdf(onePage("[0 0 595 842]", stream(zlib, " /Filter /FlateDecode"))) << QString();
    }
}

// PDF bombs: the clear error, or the text, in a bounded time.
void TestHostileFiles::pdfBombs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = DocumentLoader::loadBytes(bytes, QStringLiteral("bomb.pdf"), DocumentLoader::Hash::No);
    const qint64 ms = timer.elapsed();
    qInfo("%lld bytes of PDF: %lld ms: %s", qint64(bytes.size()), ms,
          qPrintable(r.ok() ? QStringLiteral("read") : r.error));
    QVERIFY2(ms < 20000 * slowdown(), qPrintable(QString::number(ms)));
    if (expectedError.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.document.original.contains(u"12 requests"), qPrintable(r.document.original.left(200)));
        for (const PdfPage& page : r.document.pages) {
            QVERIFY(page.size.width() >= 1 && page.size.width() <= PdfReader::MaxPagePoints);
            QVERIFY(page.size.height() >= 1 && page.size.height() <= PdfReader::MaxPagePoints);
        }
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expectedError), qPrintable(r.error));
    }
}

// The hostile PDFs of scripts/make-hostile-pdfs.py in a batch with real reports: `jiaohe check` reads each in
// its worker process under the limits given (short ones, so the test stays quick); each bomb is refused with
// the message of its limit, in about the time of the limit, and the report after it is read.
void TestHostileFiles::hostilePdfBatch_data()
{
    QTest::addColumn<QString>("bomb");
    QTest::addColumn<QStringList>("limits");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("withinMs");
    QTest::newRow("deflate bomb: 4 MB inflating to 4 GB")
        << QStringLiteral("deflate-bomb.pdf")
        << QStringList{QStringLiteral("--pdf-memory-mb"), QStringLiteral("256"), QStringLiteral("--pdf-seconds"),
                       QStringLiteral("60")}
        << QStringLiteral("needs more than 256 MB of memory to read — refused") << 30000;
    QTest::newRow("time bomb: 2,000 pages sharing 10 MB of no-ops")
        << QStringLiteral("noop-time-bomb.pdf") << QStringList{QStringLiteral("--pdf-seconds"), QStringLiteral("3")}
        << QStringLiteral("takes more than 3 s to read — refused") << 3000 + 8000;
    QTest::newRow("page tree 1,025 deep inside an object stream")
        << QStringLiteral("deep-tree-objstm.pdf") << QStringList{QStringLiteral("--pdf-seconds"), QStringLiteral("10")}
        << QStringLiteral("nested more than 256 levels deep") << 10000;
}

void TestHostileFiles::hostilePdfBatch()
{
    QFETCH(QString, bomb);
    QFETCH(QStringList, limits);
    QFETCH(QString, message);
    QFETCH(int, withinMs);
#if defined(__SANITIZE_ADDRESS__)
    if (bomb == u"deflate-bomb.pdf") {
        QSKIP("an AddressSanitizer build's worker has no memory limit (ASan cannot start under RLIMIT_AS)");
    }
#endif
    static QTemporaryDir dir; // made once for the three rows
    if (!QFileInfo::exists(dir.filePath(bomb))) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(!python.isEmpty());
        const Run made =
            runProgram(python, {QStringLiteral(JIAOHE_SCRIPTS "/make-hostile-pdfs.py"), dir.path()}, 120000);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }
    const QString report = QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf");
    QElapsedTimer timer;
    timer.start();
    const Run run = runJiaohe(QStringList{QStringLiteral("check")} + limits + QStringList{dir.filePath(bomb), report},
                              withinMs * slowdown() + 30000);
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld ms", qPrintable(bomb), ms);
    QCOMPARE(run.exitCode, 1); // a file could not be read
    QVERIFY2(run.err.contains(bomb) && run.err.contains(message), qPrintable(run.err));
    // The next file of the batch is read, whole.
    QVERIFY2(run.out.contains(QStringLiteral("hongze-2023.pdf")) && run.out.contains(QStringLiteral("requests.total")),
             qPrintable(run.out.left(500) + run.err));
    QVERIFY2(ms < withinMs * slowdown(), qPrintable(QString::number(ms)));
}

// The limits come from the options after the command or from the environment; a bad value is refused.
void TestHostileFiles::pdfLimitsFromOptionsAndEnvironment()
{
    const QString report = QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf");
    const Run bad = runJiaohe({QStringLiteral("check"), QStringLiteral("--pdf-seconds"), QStringLiteral("0"), report});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--pdf-seconds needs a positive whole number")), qPrintable(bad.err));
    // A real report needs more than 40 MB of address space (the libraries alone map more): refused by the limit
    // set in the environment, and read under the default. (An AddressSanitizer build's worker has no memory limit.)
#if !defined(__SANITIZE_ADDRESS__)
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIAOHE_PDF_MEMORY_MB"), QStringLiteral("40"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIAOHE_BINARY), {QStringLiteral("check"), report});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("needs more than 40 MB of memory to read — refused")), qPrintable(err));
#endif
    const Run read = runJiaohe({QStringLiteral("check"), report});
    QCOMPARE(read.exitCode, 0);
}

void TestHostileFiles::hundredThousandNumbers_data()
{
    QTest::addColumn<QString>("text");
    QString sentences = QStringLiteral("2023年政府信息公开工作年度报告\n");
    for (int i = 0; i < 100000; ++i) {
        sentences += QStringLiteral("第%1批受理政府信息公开申请%2件。").arg(i + 1).arg(i % 97);
        if (i % 20 == 19) {
            sentences += u'\n';
        }
    }
    QTest::newRow("100,000 sentences") << sentences;

    QString oneList = QStringLiteral("本年度共收到政府信息公开申请100件，其中");
    for (int i = 0; i < 100000; ++i) {
        oneList += QStringLiteral("第%1类申请%2件、").arg(i + 1).arg(i % 7);
    }
    oneList += QStringLiteral("其他申请1件。\n");
    QTest::newRow("one list of 100,000 parts") << oneList;

    QString lists;
    for (int i = 0; i < 25000; ++i) {
        // The parts exceed the total: every one of these lists is wrong.
        lists += QStringLiteral("共收到申请10件，其中当面申请4件、网上申请4件、信函申请4件。\n");
    }
    QTest::newRow("25,000 wrong lists") << lists;

    QString table = QStringLiteral("二、主动公开政府信息情况\n");
    for (int r = 0; r < 10000; ++r) {
        QStringList cells;
        for (int c = 0; c < 10; ++c) {
            cells.append(QString::number(r * 10 + c) + u'件');
        }
        table += QStringLiteral("规章%1\t").arg(r) + cells.join(u'\t') + u'\n';
    }
    QTest::newRow("10,000 table rows of 10") << table;

    QString percents;
    for (int i = 0; i < 50000; ++i) {
        percents += QStringLiteral("办理申请%1件，占%2%，").arg(i % 50 + 1).arg(i % 100);
    }
    QTest::newRow("50,000 shares") << percents;
}

// A report with 100,000 numbers: a result in a bounded time, fields one per catalogue key, flags capped.
void TestHostileFiles::hundredThousandNumbers()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const Analysis a = analyse(text.toUtf8(), QStringLiteral("numbers.txt"));
    const qint64 ms = timer.elapsed();
    qInfo("%lld characters: %lld ms, %lld statements, %lld lists, %lld fields, %lld flags", qint64(text.size()), ms,
          qint64(a.extraction.statements.size()), qint64(a.extraction.lists.size()), qint64(a.extraction.fields.size()),
          qint64(a.flags.size()));
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(ms < 30000 * slowdown(), qPrintable(QString::number(ms)));
    QVERIFY2(a.extraction.statements.size() >= 50000, "the numbers were not read");
    QSet<QString> keys;
    for (const ExtractedField& f : a.extraction.fields) {
        QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
        keys.insert(f.key);
    }
    QVERIFY(a.flags.size() <= Checker::MaxFlags + 1);
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestHostileFiles)
#include "TestHostileFiles.moc"
