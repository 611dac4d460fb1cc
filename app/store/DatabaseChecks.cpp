// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseChecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace jiaohe {

QStringList DatabaseChecks::integrityProblems(QSqlDatabase& db, bool quick, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        *error = q.lastError().databaseText();
        return {};
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok") {
            problems.append(line);
        }
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().databaseText();
        return {};
    }
    return problems;
}

QStringList DatabaseChecks::checkFile(const QString& path, QString* error)
{
    const QString name = QStringLiteral("jiaohe-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool tidy = readingCreatesWal(path);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnlyUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            problems = integrityProblems(db, false, error);
        } else {
            *error = db.lastError().databaseText();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (tidy) {
        removeIdleWal(path);
    }
    if (error->contains(u"malformed") || error->contains(u"corrupt")) {
        // SQLite stopped at a page it cannot read: that is the check's answer, not a failure to check.
        problems = QStringList{*error};
        error->clear();
    }
    return problems;
}

QString DatabaseChecks::readOnlyUri(const QString& path)
{
    const QFileInfo info(path);
    const bool nothingBeside = !QFileInfo(info.absolutePath()).isWritable() || !info.isWritable();
    const bool otherWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    QString uri =
        QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (nothingBeside && !otherWal) {
        // SQLite cannot create the -shm it needs to read a WAL database there; immutable tells it that
        // nothing changes the file, which holds for a folder nobody can write to.
        uri += QStringLiteral("&immutable=1");
    }
    return uri;
}

bool DatabaseChecks::readingCreatesWal(const QString& path)
{
    const QFileInfo info(path);
    return QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
           !QFileInfo::exists(path + QStringLiteral("-shm"));
}

void DatabaseChecks::removeIdleWal(const QString& path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        return;
    }
    // A read-only connection cannot remove them; a read-write one that reads and closes does, when it is the
    // last user (SQLite checkpoints nothing, then deletes both), and leaves them to anyone still reading.
    const QString name = QStringLiteral("jiaohe-tidy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString DatabaseChecks::networkFileSystemName(quint64 fileSystemType)
{
    // The magic numbers of linux/magic.h and the file systems' own headers.
    switch (fileSystemType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    case 0x65735546:
        return QStringLiteral("FUSE"); // sshfs, rclone, Google Drive…; a local FUSE file system is rare for data
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x564C:
        return QStringLiteral("NCP");
    default:
        return {};
    }
}

QString DatabaseChecks::networkFileSystemOf(const QString& path)
{
#ifdef Q_OS_LINUX
    struct statfs fs
    {
    };
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (statfs(folder.constData(), &fs) != 0) {
        return {};
    }
    return networkFileSystemName(quint64(quint32(fs.f_type)));
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString DatabaseChecks::networkWarning(const QString& path, const QString& fileSystem)
{
    return tr("%1: the review database is on a network share (%2). SQLite cannot lock a file there reliably, "
              "and two people saving at once can damage it. Keep the database in a local folder and share "
              "the exported tables instead.")
        .arg(QDir::toNativeSeparators(path), fileSystem);
}

} // namespace jiaohe
