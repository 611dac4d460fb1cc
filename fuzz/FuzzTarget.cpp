// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target: JIAOHE_FUZZ_RUN names the function of FuzzChecks.h it runs on every input. A broken
// invariant prints what broke and aborts, which libFuzzer reports as a crash and keeps the input.

#include "FuzzChecks.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Qt PDF and the resources want an application object; a QCoreApplication is what the headless commands
    // have too.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString problem = jiaohe::fuzz::JIAOHE_FUZZ_RUN(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
