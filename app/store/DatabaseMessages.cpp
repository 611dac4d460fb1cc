// SPDX-License-Identifier: GPL-3.0-or-later
// Database's messages: what SQLite said, in words a reviewer understands. Apart from Database.cpp, which opens
// and guards the file.
#include "Database.h"
#include "LockHolder.h"
#include "ServerConnection.h"

#include <QDir>

namespace jiaohe {

QString Database::describe(const QString& what, const QString& sqliteMessage) const
{
    if (isServer()) {
        const QString server = ServerConnection::describe(m_path, sqliteMessage);
        return server.isEmpty() ? QStringLiteral("%1: %2: %3").arg(m_path, what, sqliteMessage)
                                : server + QStringLiteral(" (%1)").arg(what);
    }
    const QString m = sqliteMessage.toLower();
    const QString file = QDir::toNativeSeparators(m_path);
    if (m.contains(u"disk is full") || m.contains(u"database or disk is full")) {
        return tr("%1: the disk is full (%2); nothing was written. Free some space and try again.").arg(file, what);
    }
    if (m.contains(u"readonly") || m.contains(u"read-only")) {
        return tr("%1: the database is read-only (%2). Check the file's permissions, or copy it to a "
                  "folder you can write to.")
            .arg(file, what);
    }
    if (m.contains(u"locked") || m.contains(u"busy")) {
        const QString seconds = QString::number(m_waitMs / 1000.0);
        const QString holder = LockHolder::describe(m_path);
        if (!holder.isEmpty()) {
            return tr("%1: the database is locked by another program (%2) and stayed locked for %3 s (%4). "
                      "Nothing was written. Wait until that program has finished, or close it, and try again.")
                .arg(file, holder, seconds, what); // one arg(): a path may hold "%2"
        }
        return tr("%1: the database is locked by another program and stayed locked for %2 s (%3). Close "
                  "the other program and try again.")
            .arg(file, seconds, what);
    }
    if (m.contains(u"not a database") || m.contains(u"file is encrypted")) {
        return tr("%1: this is not a Jiaohe review database (not an SQLite file).").arg(file);
    }
    if (m.contains(u"malformed") || m.contains(u"corrupt")) {
        return tr("%1: the database is damaged (SQLite: %2). Restore it from a backup; "
                  "“sqlite3 FILE .recover” may save what is left.")
            .arg(file, sqliteMessage);
    }
    if (m.contains(u"unable to open")) {
        return tr("%1: the database cannot be opened (%2). Check that the folder exists and can be written.")
            .arg(file, sqliteMessage);
    }
    return QStringLiteral("%1: %2: %3").arg(file, what, sqliteMessage);
}

bool Database::fail(const QString& what, const QString& sqliteMessage)
{
    m_error = describe(what, sqliteMessage);
    return false;
}

} // namespace jiaohe
