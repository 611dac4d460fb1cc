// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf/PdfWorker.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <new>

// What crosses the pipe: the PDF's bytes in (stdin, then closed), a PdfText out (stdout, QDataStream). A worker
// that runs out of memory says so before it dies: operator new's handler writes OutOfMemoryMark to stderr and
// exits with OutOfMemoryStatus; Poppler's own allocator prints "Out of memory" and aborts. Either way the parent
// gives the memory message; a worker still busy when the time is up is killed and gets the time message.

// AddressSanitizer reserves terabytes of address space for its shadow memory: under RLIMIT_AS it cannot start.
// A sanitizer build's worker keeps its time limit only.
#if defined(__SANITIZE_ADDRESS__)
#define JIAOHE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JIAOHE_ADDRESS_SANITIZER 1
#endif
#endif

namespace jiaohe {

namespace {

constexpr int OutOfMemoryStatus = 3;
constexpr char OutOfMemoryMark[] = "jiaohe-pdf-worker: out of memory\n";
constexpr quint32 Magic = 0x4a485044; // "JHPD"

struct Settings
{
    QMutex mutex;
    QString program;
    QString language;
    PdfLimits limits = PdfLimits::fromEnvironment();
};

Settings& settings()
{
    static Settings s;
    return s;
}

void outOfMemory()
{
    // No allocation here: the memory is gone.
    const ssize_t ignored = ::write(STDERR_FILENO, OutOfMemoryMark, sizeof(OutOfMemoryMark) - 1);
    (void)ignored;
    ::_exit(OutOfMemoryStatus);
}

QByteArray serialise(const PdfText& text)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << Magic << text.error << text.text << qint64(text.pages.size());
    for (const PdfPage& p : text.pages) {
        s << p.size << qint64(p.start) << qint64(p.end);
    }
    s << qint64(text.boxes.size());
    for (const PdfCharBox& b : text.boxes) {
        s << b.x << b.y << b.width << b.height;
    }
    return out;
}

bool deserialise(const QByteArray& bytes, PdfText* text)
{
    QDataStream s(bytes);
    quint32 magic = 0;
    qint64 pages = 0;
    s >> magic >> text->error >> text->text >> pages;
    if (magic != Magic || pages < 0 || pages > PdfReader::MaxPages) {
        return false;
    }
    for (qint64 i = 0; i < pages && s.status() == QDataStream::Ok; ++i) {
        PdfPage p;
        qint64 start = 0;
        qint64 end = 0;
        s >> p.size >> start >> end;
        p.start = start;
        p.end = end;
        text->pages.append(p);
    }
    qint64 boxes = 0;
    s >> boxes;
    if (boxes != text->text.size() && !(boxes == 0 && !text->error.isEmpty())) {
        return false;
    }
    text->boxes.resize(boxes);
    for (PdfCharBox& b : text->boxes) {
        s >> b.x >> b.y >> b.width >> b.height;
    }
    return s.status() == QDataStream::Ok;
}

PdfText refused(const QString& error)
{
    PdfText out;
    out.error = error;
    return out;
}

} // namespace

PdfLimits PdfLimits::fromEnvironment()
{
    PdfLimits limits;
    bool ok = false;
    const qint64 mb = qEnvironmentVariable("JIAOHE_PDF_MEMORY_MB").toLongLong(&ok);
    if (ok && mb > 0) {
        limits.memoryMegabytes = mb;
    }
    const int seconds = qEnvironmentVariable("JIAOHE_PDF_SECONDS").toInt(&ok);
    if (ok && seconds > 0) {
        limits.seconds = seconds;
    }
    return limits;
}

void PdfWorker::setProgram(const QString& path)
{
    QMutexLocker lock(&settings().mutex);
    settings().program = path;
}

QString PdfWorker::program()
{
    QMutexLocker lock(&settings().mutex);
    return settings().program;
}

void PdfWorker::setLanguage(const QString& localeName)
{
    QMutexLocker lock(&settings().mutex);
    settings().language = localeName;
}

QString PdfWorker::language()
{
    QMutexLocker lock(&settings().mutex);
    return settings().language;
}

void PdfWorker::setLimits(const PdfLimits& limits)
{
    QMutexLocker lock(&settings().mutex);
    settings().limits = limits;
}

PdfLimits PdfWorker::limits()
{
    QMutexLocker lock(&settings().mutex);
    return settings().limits;
}

QString PdfWorker::takeLimitOptions(QStringList& args)
{
    PdfLimits limits = PdfWorker::limits();
    for (qsizetype i = 1; i < args.size();) {
        const QString a = args.at(i);
        const bool memory = a == QLatin1String(MemoryOption) || a.startsWith(QLatin1String(MemoryOption) + u'=');
        const bool time = a == QLatin1String(TimeOption) || a.startsWith(QLatin1String(TimeOption) + u'=');
        if (!memory && !time) {
            ++i;
            continue;
        }
        QString value;
        const qsizetype eq = a.indexOf(u'=');
        if (eq >= 0) {
            value = a.mid(eq + 1);
            args.removeAt(i);
        } else {
            value = args.value(i + 1);
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        }
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n <= 0 || n > 1024 * 1024) {
            return QCoreApplication::translate("jiaohe::DocumentLoader", "%1 needs a positive whole number, not \"%2\"")
                .arg(memory ? QLatin1String(MemoryOption) : QLatin1String(TimeOption), value);
        }
        if (memory) {
            limits.memoryMegabytes = n;
        } else {
            limits.seconds = int(n);
        }
    }
    setLimits(limits);
    return {};
}

PdfText PdfWorker::read(const QByteArray& bytes)
{
    const QString worker = program();
    if (worker.isEmpty()) {
        return PdfReader::read(bytes);
    }
    const PdfLimits lim = limits();
    QProcess process;
    process.setProgram(worker);
    process.setArguments({QLatin1String(WorkerArgument), QString::number(lim.memoryMegabytes), language()});
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(30000)) {
        return refused(QCoreApplication::translate("jiaohe::DocumentLoader", "the PDF reader could not be started (%1)")
                           .arg(process.errorString()));
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 deadline = qint64(lim.seconds) * 1000;
    // Feed the bytes while reading what comes back, so that neither side waits on a full pipe.
    process.write(bytes);
    process.closeWriteChannel();
    QByteArray out;
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = deadline - timer.elapsed();
        if (left <= 0) {
            process.kill();
            process.waitForFinished(5000);
            return refused(
                QCoreApplication::translate("jiaohe::DocumentLoader", "takes more than %1 s to read — refused")
                    .arg(lim.seconds));
        }
        process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    const bool normal = process.exitStatus() == QProcess::NormalExit;
    if ((normal && process.exitCode() == OutOfMemoryStatus) || err.contains("Out of memory") ||
        err.contains("out of memory") || err.contains("bad_alloc")) {
        return refused(lim.memoryMegabytes % 1024 == 0
                           ? QCoreApplication::translate("jiaohe::DocumentLoader",
                                                         "needs more than %1 GB of memory to read — refused")
                                 .arg(lim.memoryMegabytes / 1024)
                           : QCoreApplication::translate("jiaohe::DocumentLoader",
                                                         "needs more than %1 MB of memory to read — refused")
                                 .arg(lim.memoryMegabytes));
    }
    PdfText text;
    if (!normal || process.exitCode() != 0 || !deserialise(out, &text)) {
        return refused(QCoreApplication::translate("jiaohe::DocumentLoader",
                                                   "the PDF is damaged: the reader stopped on it (%1) — refused")
                           .arg(normal ? QStringLiteral("exit %1").arg(process.exitCode()) : QStringLiteral("crash")));
    }
    return text;
}

int PdfWorker::runWorker(qint64 memoryMegabytes)
{
    std::set_new_handler(outOfMemory);
#ifdef JIAOHE_ADDRESS_SANITIZER
    memoryMegabytes = 0;
#endif
    if (memoryMegabytes > 0) {
        const rlim_t bytes = rlim_t(memoryMegabytes) * 1024 * 1024;
        const struct rlimit limit = {bytes, bytes};
        if (::setrlimit(RLIMIT_AS, &limit) != 0) {
            std::perror("jiaohe-pdf-worker: setrlimit");
            return 2;
        }
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 2;
    }
    const QByteArray bytes = in.readAll();
    const QByteArray out = serialise(PdfReader::read(bytes));
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(out) != out.size() || !stdOut.flush()) {
        return 2;
    }
    return 0;
}

} // namespace jiaohe
