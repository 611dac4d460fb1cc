// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8.h"

namespace jiaohe {

Utf8Check checkUtf8(const QByteArray& bytes)
{
    Utf8Check check;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        }
        bool ok = length > 0;
        bool incomplete = false;
        for (int k = 1; ok && k < length; ++k) {
            if (i + k >= n) {
                incomplete = true;
                break;
            }
            const unsigned char c = p[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            ok = c >= lo && c <= hi;
        }
        if (incomplete) {
            check.incompleteTail = true;
            check.tailStart = i;
            break;
        }
        if (!ok) {
            if (check.firstInvalid < 0) {
                check.firstInvalid = i;
            }
            ++check.invalid;
            ++i;
            continue;
        }
        ++check.multibyte;
        i += length;
    }
    return check;
}

qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const Utf8Check check = checkUtf8(bytes);
    if (check.firstInvalid >= 0) {
        return check.firstInvalid;
    }
    return check.incompleteTail ? check.tailStart : -1;
}

} // namespace jiaohe
