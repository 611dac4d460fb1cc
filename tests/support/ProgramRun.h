// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jiaohe::test {

// What a program run by a test did: its exit status (-1 when it crashed or did not end in time) and its output.
struct ProgramRun
{
    int status = -1;
    QString out;
    QString err;
};

// Runs `program` with `args` and waits at most `timeoutMs` (then kills it; err says "timed out"). With a
// `shellPrefix` the program runs through /bin/sh after it (`ulimit -v …`, `umask 000`): sh -c 'PREFIX; exec "$0" "$@"'.
ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000,
                      const QString& shellPrefix = QString());

} // namespace jiaohe::test
