// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramRun.h"

#include <QProcess>

namespace jiaohe::test {

ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs, const QString& shellPrefix)
{
    QProcess p;
    if (shellPrefix.isEmpty()) {
        p.start(program, args);
    } else {
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral("; exec \"$0\" \"$@\""), program} +
                    args);
    }
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace jiaohe::test
