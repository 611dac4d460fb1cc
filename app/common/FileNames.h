// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace jiaohe {

// File names as the system has them: bytes. Reports copied out of Windows zip archives often have GBK names,
// which are not UTF-8; Qt 6 decodes them to U+FFFD, and a name so decoded no longer opens its file. These
// functions decode a name the way Python's "surrogateescape" does: valid UTF-8 as text, every other byte b
// as the lone surrogate U+DC00+b, which encodeFileName() turns back into the same byte. So such a file can
// be found, opened and shown (printableName() writes those bytes as \xNN).
QString decodeFileName(const QByteArray& bytes);
QByteArray encodeFileName(const QString& name);

// A name safe to print on a terminal and on one line: \n \r \t as such, other C0 and C1 controls, DEL and
// the directional formatting characters as \xNN or \u{NNNN}, a byte that was not UTF-8 as \xNN, and a
// backslash as \\ so that the escapes cannot be forged.
QString printableName(const QString& name);

// What stat() says of a name (links followed), for names QFileInfo cannot reach.
struct FileStatus
{
    bool exists = false;
    bool isDir = false;
    bool isFile = false; // a regular file
    bool readable = false;
    qint64 size = 0;
};
FileStatus fileStatus(const QString& path);

// Opens `path` (by its bytes) for reading into `file`; false with the system's reason in `error` otherwise.
bool openForReading(QFile& file, const QString& path, QString* error);

} // namespace jiaohe
