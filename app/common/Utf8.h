// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace jiaohe {

// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), byte by byte.
struct Utf8Check
{
    qsizetype multibyte = 0; // valid multi-byte sequences
    qsizetype invalid = 0;   // invalid sequences
    qsizetype firstInvalid = -1;
    bool incompleteTail = false; // the bytes end inside an otherwise valid sequence
    qsizetype tailStart = -1;    // where that last sequence starts
    bool valid() const { return invalid == 0 && !incompleteTail; }
};

Utf8Check checkUtf8(const QByteArray& bytes);

// Offset of the first byte that is not part of a well-formed sequence (an incomplete last sequence
// counts), or -1 when all of `bytes` is valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray& bytes);

} // namespace jiaohe
