// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/office/OfficeConverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>
#include <unistd.h>

namespace jiaohe {

namespace {

QString notInstalled(const QString& suffix)
{
    return QCoreApplication::translate(
               "jiaohe::DocumentLoader",
               "a .%1 file is read through LibreOffice, which is not installed: open it in Word or WPS and save it "
               "as a Word document (.docx) with File > Save As, or install LibreOffice Writer")
        .arg(suffix);
}

} // namespace

QString OfficeConverter::program()
{
    if (qEnvironmentVariableIsSet("JIAOHE_SOFFICE")) {
        const QString given = qEnvironmentVariable("JIAOHE_SOFFICE");
        return !given.isEmpty() && QFileInfo(given).isExecutable() ? given : QString();
    }
    for (const QString& name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty()) {
            return found;
        }
    }
    return QString();
}

Converted OfficeConverter::toDocx(const QByteArray& bytes, const QString& suffix, int timeLimitMs)
{
    Converted result;
    const QString soffice = program();
    if (soffice.isEmpty()) {
        result.error = notInstalled(suffix);
        return result;
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/jiaohe-convert-XXXXXX"));
    const QString input = dir.filePath(QStringLiteral("report.") + suffix);
    QFile file(input);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader",
                                                   "cannot convert the document: no temporary folder to convert it in");
        return result;
    }
    file.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    QProcess process;
    process.setProgram(soffice);
    process.setArguments({QStringLiteral("-env:UserInstallation=") +
                              QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                          QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--nologo"),
                          QStringLiteral("--nolockcheck"), QStringLiteral("--convert-to"), QStringLiteral("docx"),
                          QStringLiteral("--outdir"), out, input});
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A process group of its own: soffice starts soffice.bin, and the time limit must end both.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start();
    if (!process.waitForStarted(10000)) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader",
                                                   "cannot convert the document: LibreOffice (%1) did not start")
                           .arg(soffice);
        return result;
    }
    if (!process.waitForFinished(timeLimitMs)) {
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
        result.error = QCoreApplication::translate(
                           "jiaohe::DocumentLoader",
                           "LibreOffice took longer than %1 seconds to convert the document and was stopped; "
                           "save it as .docx in Word or WPS")
                           .arg(timeLimitMs / 1000);
        return result;
    }
    QFile docx(QDir(out).filePath(QStringLiteral("report.docx")));
    if (process.exitStatus() != QProcess::NormalExit || !docx.open(QIODevice::ReadOnly)) {
        const QString said = QString::fromLocal8Bit(process.readAll()).simplified().left(300);
        result.error =
            QCoreApplication::translate(
                "jiaohe::DocumentLoader",
                "LibreOffice could not convert the document (it may be damaged, protected by a password or in a "
                "form LibreOffice does not know: open it in Word or WPS and save it as .docx): %1")
                .arg(said.isEmpty() ? QCoreApplication::translate("jiaohe::DocumentLoader", "no message") : said);
        return result;
    }
    result.docx = docx.readAll();
    return result;
}

} // namespace jiaohe
