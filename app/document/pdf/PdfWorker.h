// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/PdfText.h"

#include <QByteArray>
#include <QString>

// PDFs are read in a worker process — the jiaohe executable itself in a hidden mode (`jiaohe --pdf-worker`) —
// under a memory limit (RLIMIT_AS) and a time limit, so that no PDF can take the machine or the batch down:
// a file past a limit is refused with its message and the next file is read. The one way the loader reads a
// PDF when the program has named itself as the worker (main() does; a test or a fuzzer linking the library
// reads in its own process).
namespace jiaohe {

struct PdfLimits
{
    static constexpr qint64 DefaultMemoryMegabytes = 1024;
    static constexpr int DefaultSeconds = 60;

    qint64 memoryMegabytes = DefaultMemoryMegabytes; // the worker's address space (RLIMIT_AS)
    int seconds = DefaultSeconds;                    // per file, wall clock

    // The defaults, changed by JIAOHE_PDF_MEMORY_MB and JIAOHE_PDF_SECONDS when they hold a positive number.
    static PdfLimits fromEnvironment();
};

class PdfWorker
{
public:
    static constexpr const char* WorkerArgument = "--pdf-worker";
    // The program options that set the limits (ui/main.cpp takes them before the command's own options).
    static constexpr const char* MemoryOption = "--pdf-memory-mb";
    static constexpr const char* TimeOption = "--pdf-seconds";

    // The program run as the worker (jiaohe itself); empty: PDFs are read in this process.
    static void setProgram(const QString& path);
    static QString program();
    // The locale whose translations the worker installs for its messages (the window's language); empty for none.
    static void setLanguage(const QString& localeName);
    static QString language();
    static void setLimits(const PdfLimits& limits);
    static PdfLimits limits();

    // Reads a PDF in the worker when there is one (else in this process); a limit hit is an error saying which.
    // Each thread keeps its worker between files; one past a limit, or dead, is replaced for the next file.
    static PdfText read(const QByteArray& bytes);

    // The worker's side (`jiaohe --pdf-worker MEGABYTES [LOCALE]`, main() installs LOCALE's translations): limits
    // its address space to `memoryMegabytes`, then reads PDFs from stdin (each its length, 8 bytes big-endian,
    // then its bytes) and writes each PdfText to stdout the same way, until stdin closes. Returns the exit status.
    static int runWorker(qint64 memoryMegabytes);

    // Takes the limit options out of `args` (the program's arguments); an error when one has no valid value.
    static QString takeLimitOptions(QStringList& args);
};

} // namespace jiaohe
