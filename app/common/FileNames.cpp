// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileNames.h"

#include "common/Utf8.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jiaohe {

namespace {

constexpr char16_t EscapeBase = 0xDC00; // U+DC80..U+DCFF carry the bytes 0x80..0xFF that were not UTF-8

bool isEscapedByte(char16_t c)
{
    return c >= EscapeBase + 0x80 && c <= EscapeBase + 0xFF;
}

QString hexByte(unsigned value)
{
    return QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
}

} // namespace

QString decodeFileName(const QByteArray& bytes)
{
    QString name;
    QByteArray rest = bytes;
    while (!rest.isEmpty()) {
        const qsizetype bad = firstInvalidUtf8(rest);
        if (bad < 0) {
            name += QString::fromUtf8(rest);
            break;
        }
        name += QString::fromUtf8(rest.left(bad));
        name += QChar(char16_t(EscapeBase + static_cast<unsigned char>(rest.at(bad))));
        rest = rest.mid(bad + 1);
    }
    return name;
}

QByteArray encodeFileName(const QString& name)
{
    QByteArray bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (!isEscapedByte(c))
            continue;
        bytes += QStringView(name).mid(start, i - start).toUtf8();
        bytes += char(c - EscapeBase);
        start = i + 1;
    }
    bytes += QStringView(name).mid(start).toUtf8();
    return bytes;
}

QString printableName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        if (c == u'\\') {
            out += QLatin1String("\\\\");
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            out += hexByte(c);
        } else if (isEscapedByte(c)) {
            out += hexByte(c - EscapeBase);
        } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
                   (ch.isSurrogate() && !isEscapedByte(c))) {
            // Directional overrides can make a name read backwards; a lone surrogate cannot be printed.
            out += QStringLiteral("\\u{%1}").arg(unsigned(c), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

FileStatus fileStatus(const QString& path)
{
    FileStatus status;
    const QByteArray native = encodeFileName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return status;
    status.exists = true;
    status.isDir = S_ISDIR(st.st_mode);
    status.isFile = S_ISREG(st.st_mode);
    status.size = st.st_size;
    status.readable = ::access(native.constData(), R_OK) == 0;
    return status;
}

bool openForReading(QFile& file, const QString& path, QString* error)
{
    // O_NONBLOCK: a FIFO put in the file's place after it was checked does not hang the open.
    const int fd = ::open(encodeFileName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace jiaohe
