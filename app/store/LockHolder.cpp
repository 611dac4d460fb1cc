// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockHolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace jiaohe {

long long LockHolder::writerOf(const QByteArray& locks, const File& file, long long ownPid)
{
    // "1: POSIX  ADVISORY  WRITE 31810 fe:00:10953490 120 120"; a waiting request reads "1: -> POSIX …" and
    // holds nothing. OFD locks show pid -1: no process to name.
    for (const QByteArray& line : locks.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 8 || parts.at(1) == "->" || parts.at(3) != "WRITE") {
            continue;
        }
        const long long pid = parts.at(4).toLongLong();
        const QList<QByteArray> id = parts.at(5).split(':');
        if (pid <= 0 || pid == ownPid || id.size() != 3) {
            continue;
        }
        bool ok1 = false;
        bool ok2 = false;
        bool ok3 = false;
        const File held{id.at(0).toUInt(&ok1, 16), id.at(1).toUInt(&ok2, 16), id.at(2).toULongLong(&ok3)};
        if (ok1 && ok2 && ok3 && held.major == file.major && held.minor == file.minor && held.inode == file.inode) {
            return pid;
        }
    }
    return 0;
}

QString LockHolder::describe(const QString& databasePath)
{
#ifdef Q_OS_LINUX
    QFile proc(QStringLiteral("/proc/locks"));
    if (!proc.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray locks = proc.readAll(); // a virtual file: size 0 until read
    for (const QString& path : {databasePath + QStringLiteral("-shm"), databasePath}) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
            continue;
        }
        const File file{::major(info.st_dev), ::minor(info.st_dev), static_cast<unsigned long long>(info.st_ino)};
        if (const long long pid = writerOf(locks, file, ::getpid())) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            QString name = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : QString();
            name.removeIf([](QChar c) { return !c.isPrint(); }); // another program's name: no control codes
            return name.isEmpty() ? QCoreApplication::translate("jiaohe::LockHolder", "process %1").arg(pid)
                                  : QCoreApplication::translate("jiaohe::LockHolder", "%1, process %2")
                                        .arg(name, QString::number(pid));
        }
    }
#else
    Q_UNUSED(databasePath)
#endif
    return {};
}

} // namespace jiaohe
