// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/loader/LoaderInternal.h"

#include "common/CharClass.h"
#include "document/DocumentLoader.h"

#include <QCoreApplication>
#include <algorithm>

// The refusals of bad files that are no format's own: too large, binary data where text should be.

namespace jiaohe::loader {

namespace {

QString formatMegabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isBinaryControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x0B && c != 0x1A && c != 0x1B;
}

qsizetype controlLimit(qsizetype size)
{
    return std::max<qsizetype>(8, size / 500);
}

} // namespace

QString tooLargeError(qint64 size)
{
    return QCoreApplication::translate("jiaohe::DocumentLoader",
                                       "the file is %1 MB, larger than the %2 MB limit for one report")
        .arg(formatMegabytes(size), QString::number(DocumentLoader::MaxFileBytes / (1024 * 1024)));
}

// Byte offset of binary data in an ASCII-compatible encoding, or -1.
qsizetype binaryOffsetInBytes(const QByteArray& bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return nul;
    }
    qsizetype count = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (isBinaryControl(static_cast<unsigned char>(bytes.at(i)))) {
            if (first < 0) {
                first = i;
            }
            ++count;
        }
    }
    return count > controlLimit(bytes.size()) ? first : -1;
}

// The same in decoded UTF-16/UTF-32 text; the offset is counted in code units of the encoding.
qsizetype binaryOffsetInText(const QString& text, int unitBytes, int bomBytes)
{
    qsizetype count = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0) {
            return bomBytes + i * unitBytes;
        }
        if (isBinaryControl(c)) {
            if (first < 0) {
                first = bomBytes + i * unitBytes;
            }
            ++count;
        }
    }
    return count > controlLimit(text.size()) ? first : -1;
}

QString binaryError(qsizetype offset)
{
    return QCoreApplication::translate("jiaohe::DocumentLoader", "this is not a text file: binary data at byte %1")
        .arg(offset);
}

bool isBlankText(QStringView text)
{
    for (QChar c : text) {
        if (!isWhiteSpace(c) && c != QChar(0xFEFF)) {
            return false;
        }
    }
    return true;
}

} // namespace jiaohe::loader
