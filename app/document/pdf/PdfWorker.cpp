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
#include <limits>
#include <memory>
#include <new>

// What crosses the pipe: per file, the PDF's length and bytes in (stdin), the PdfText's length and the PdfText
// out (stdout, QDataStream); the worker serves its thread's files one after the other. A worker
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

namespace {

// Reads exactly `n` bytes from `fd` (fewer only at the end of the input).
bool readFully(int fd, char* into, std::size_t n)
{
    while (n > 0) {
        const ssize_t got = ::read(fd, into, n);
        if (got <= 0) {
            return false;
        }
        into += got;
        n -= std::size_t(got);
    }
    return true;
}

bool writeFully(int fd, const char* from, std::size_t n)
{
    while (n > 0) {
        const ssize_t put = ::write(fd, from, n);
        if (put <= 0) {
            return false;
        }
        from += put;
        n -= std::size_t(put);
    }
    return true;
}

QByteArray lengthPrefix(quint64 n)
{
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i, n >>= 8) {
        out[i] = char(n & 0xff);
    }
    return out;
}

quint64 lengthOf(const char* p)
{
    quint64 n = 0;
    for (int i = 0; i < 8; ++i) {
        n = (n << 8) | quint64(quint8(p[i]));
    }
    return n;
}

// One worker per thread that reads PDFs (the import's threads, the window's background load), kept between files:
// starting the program costs more than reading a short report. It is dropped (and a new one started for the
// next file) when it is past a limit or has died.
struct ThreadWorker
{
    std::unique_ptr<QProcess> process;
    QStringList arguments;
    ~ThreadWorker()
    {
        // After the application object is gone (the main thread's exit), QProcess cannot be torn down: left to
        // the kernel, which closes the pipe, and the worker ends at the end of its input.
        if (!QCoreApplication::instance()) {
            (void)process.release();
            return;
        }
        // A pool thread ending while the application lives: the worker is told the input is over and ends by
        // itself (QProcess would warn at being destroyed with its process running).
        if (process && process->state() == QProcess::Running) {
            process->closeWriteChannel();
            if (!process->waitForFinished(2000)) {
                process->kill();
                process->waitForFinished(1000);
            }
        }
    }
};
thread_local ThreadWorker t_worker;

QProcess* workerFor(const QString& program, const QStringList& arguments, QString* error)
{
    ThreadWorker& w = t_worker;
    if (w.process && w.process->state() == QProcess::Running && w.arguments == arguments &&
        w.process->program() == program) {
        return w.process.get();
    }
    w.process = std::make_unique<QProcess>();
    w.arguments = arguments;
    w.process->setProgram(program);
    w.process->setArguments(arguments);
    w.process->start(QIODevice::ReadWrite);
    if (!w.process->waitForStarted(30000)) {
        *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the PDF reader could not be started (%1)")
                     .arg(w.process->errorString());
        w.process.reset();
        return nullptr;
    }
    return w.process.get();
}

QString memoryMessage(const PdfLimits& lim)
{
    return lim.memoryMegabytes % 1024 == 0
               ? QCoreApplication::translate("jiaohe::DocumentLoader",
                                             "needs more than %1 GB of memory to read — refused")
                     .arg(lim.memoryMegabytes / 1024)
               : QCoreApplication::translate("jiaohe::DocumentLoader",
                                             "needs more than %1 MB of memory to read — refused")
                     .arg(lim.memoryMegabytes);
}

} // namespace

PdfText PdfWorker::read(const QByteArray& bytes)
{
    const QString worker = program();
    if (worker.isEmpty()) {
        return PdfReader::read(bytes);
    }
    const PdfLimits lim = limits();
    QString error;
    QProcess* process =
        workerFor(worker, {QLatin1String(WorkerArgument), QString::number(lim.memoryMegabytes), language()}, &error);
    if (!process) {
        return refused(error);
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 deadline = qint64(lim.seconds) * 1000;
    // The request: its length, then the bytes; the answer the same way. Read while writing, so that neither
    // side waits on a full pipe.
    process->write(lengthPrefix(quint64(bytes.size())) + bytes);
    QByteArray out;
    QByteArray err;
    quint64 want = 0;
    while (process->state() == QProcess::Running && (out.size() < 8 || quint64(out.size()) < 8 + want)) {
        const qint64 left = deadline - timer.elapsed();
        if (left <= 0) {
            t_worker.process.reset(); // killed
            return refused(
                QCoreApplication::translate("jiaohe::DocumentLoader", "takes more than %1 s to read — refused")
                    .arg(lim.seconds));
        }
        process->waitForReadyRead(int(std::min<qint64>(left, 1000)));
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
        if (out.size() >= 8) {
            want = lengthOf(out.constData());
        }
    }
    out += process->readAllStandardOutput();
    err += process->readAllStandardError();
    if (out.size() >= 8 && quint64(out.size()) >= 8 + lengthOf(out.constData())) {
        PdfText text;
        if (deserialise(out.mid(8, qsizetype(lengthOf(out.constData()))), &text)) {
            return text;
        }
    }
    // It died on this file (or answered nonsense): a new one for the next.
    process->waitForFinished(5000);
    const bool normal = process->exitStatus() == QProcess::NormalExit;
    const int code = process->exitCode();
    t_worker.process.reset();
    if ((normal && code == OutOfMemoryStatus) || err.contains("Out of memory") || err.contains("out of memory") ||
        err.contains("bad_alloc")) {
        return refused(memoryMessage(lim));
    }
    return refused(QCoreApplication::translate("jiaohe::DocumentLoader",
                                               "the PDF is damaged: the reader stopped on it (%1) — refused")
                       .arg(normal ? QStringLiteral("exit %1").arg(code) : QStringLiteral("crash")));
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
    // One request after the other until the parent closes the pipe: a length, then that many bytes of PDF.
    for (;;) {
        char prefix[8];
        if (!readFully(STDIN_FILENO, prefix, sizeof prefix)) {
            return 0;
        }
        const quint64 n = lengthOf(prefix);
        if (n > quint64(std::numeric_limits<int>::max())) {
            return 2;
        }
        QByteArray bytes(qsizetype(n), Qt::Uninitialized);
        if (!readFully(STDIN_FILENO, bytes.data(), std::size_t(n))) {
            return 2;
        }
        const QByteArray out = serialise(PdfReader::read(bytes));
        const QByteArray answer = lengthPrefix(quint64(out.size())) + out;
        if (!writeFully(STDOUT_FILENO, answer.constData(), std::size_t(answer.size()))) {
            return 2;
        }
    }
}

} // namespace jiaohe
