// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxCodec.h"

#include "document/PdfText.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace jiaohe {

namespace {

// Far past any page (the PDF format stops at 14,400 points): a damaged value cannot overflow the integers.
constexpr double MaxPoints = 1.0e8;
// What one stored item can take at most, to refuse a damaged blob before inflating it: ten bytes per varint.
constexpr qsizetype MaxPageBytes = 4 * 10;
constexpr qsizetype MaxBoxBytes = 4 * 10;

qint64 units(float points)
{
    if (!std::isfinite(points)) {
        return 0;
    }
    return std::llround(std::clamp(double(points), -MaxPoints, MaxPoints) * BoxCodec::UnitsPerPoint);
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

void putVarint(QByteArray& out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void putSigned(QByteArray& out, qint64 v)
{
    putVarint(out, zigzag(v));
}

// Reads what putVarint wrote; false at the end of the bytes or on a varint longer than 64 bits.
class VarintReader
{
public:
    explicit VarintReader(const QByteArray& bytes) : m_bytes(bytes) {}

    bool next(quint64& v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_bytes.size()) {
                return false;
            }
            const auto b = quint8(m_bytes.at(m_at++));
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                return true;
            }
        }
        return false;
    }
    bool nextSigned(qint64& v)
    {
        quint64 u = 0;
        if (!next(u)) {
            return false;
        }
        v = unzigzag(u);
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
};

// qUncompress trusts the length the blob starts with: a damaged one could ask for gigabytes.
QByteArray inflate(const QByteArray& blob, qsizetype maxBytes)
{
    if (blob.size() < 4) {
        return {};
    }
    const quint32 declared = qFromBigEndian<quint32>(blob.constData());
    if (declared > quint64(maxBytes)) {
        return {};
    }
    return qUncompress(blob);
}

float points(qint64 u)
{
    return float(double(u) / BoxCodec::UnitsPerPoint);
}

} // namespace

float BoxCodec::quantised(float p)
{
    return points(units(p));
}

BoxCodec::Encoded BoxCodec::encode(const QList<PdfPage>& pages, const QList<PdfCharBox>& boxes)
{
    QByteArray p;
    putVarint(p, quint64(pages.size()));
    qsizetype previousEnd = 0;
    for (const PdfPage& page : pages) {
        putSigned(p, units(float(page.size.width())));
        putSigned(p, units(float(page.size.height())));
        putSigned(p, page.start - previousEnd);
        putSigned(p, page.end - page.start);
        previousEnd = page.end;
    }
    // Each box from the previous drawn one: along a line x grows by about a glyph's width, y, width and height
    // stay the same, so most boxes take a few bytes before compression. A separator (no box) is one byte, 1: the
    // low bit of the first number says "no box".
    QByteArray b;
    b.reserve(boxes.size() * 5);
    putVarint(b, quint64(boxes.size()));
    qint64 x = 0, y = 0, w = 0, h = 0;
    for (const PdfCharBox& box : boxes) {
        if (box.isEmpty()) {
            putVarint(b, 1);
            continue;
        }
        const qint64 nx = units(box.x), ny = units(box.y), nw = units(box.width), nh = units(box.height);
        putVarint(b, zigzag(nx - x) << 1);
        putSigned(b, ny - y);
        putSigned(b, nw - w);
        putSigned(b, nh - h);
        x = nx, y = ny, w = nw, h = nh;
    }
    return {Format, qCompress(p, 9), qCompress(b, 9)};
}

std::optional<BoxCodec::Decoded> BoxCodec::decode(const Encoded& encoded, qsizetype textLength)
{
    if (encoded.format != Format || textLength < 0) {
        return std::nullopt;
    }
    Decoded out;
    const QByteArray p = inflate(encoded.pages, 10 + (PdfReader::MaxPages + 1) * MaxPageBytes);
    VarintReader pages(p);
    quint64 pageCount = 0;
    if (!pages.next(pageCount) || pageCount > quint64(PdfReader::MaxPages)) {
        return std::nullopt;
    }
    qint64 previousEnd = 0;
    for (quint64 i = 0; i < pageCount; ++i) {
        qint64 w = 0, h = 0, gap = 0, length = 0;
        if (!pages.nextSigned(w) || !pages.nextSigned(h) || !pages.nextSigned(gap) || !pages.nextSigned(length)) {
            return std::nullopt;
        }
        const qint64 start = previousEnd + gap;
        const qint64 end = start + length;
        // Pages follow each other in the text; a size out of the format's range is damage.
        if (gap < 0 || length < 0 || end > textLength || w < 0 || h < 0 || w > units(MaxPoints) ||
            h > units(MaxPoints)) {
            return std::nullopt;
        }
        out.pages.append(PdfPage{QSizeF(points(w), points(h)), qsizetype(start), qsizetype(end)});
        previousEnd = end;
    }
    if (!pages.atEnd()) {
        return std::nullopt;
    }
    const QByteArray b = inflate(encoded.boxes, 10 + textLength * MaxBoxBytes);
    VarintReader boxes(b);
    quint64 count = 0;
    if (!boxes.next(count) || count != quint64(textLength)) {
        return std::nullopt;
    }
    out.boxes.resize(textLength);
    qint64 x = 0, y = 0, w = 0, h = 0;
    for (PdfCharBox& box : out.boxes) {
        quint64 first = 0;
        if (!boxes.next(first)) {
            return std::nullopt;
        }
        if (first & 1) {
            continue; // a separator: no box
        }
        qint64 dy = 0, dw = 0, dh = 0;
        if (!boxes.nextSigned(dy) || !boxes.nextSigned(dw) || !boxes.nextSigned(dh)) {
            return std::nullopt;
        }
        const qint64 dx = unzigzag(first >> 1);
        const qint64 limit = units(MaxPoints);
        // Checked before adding (a damaged delta must not overflow), then the result: both within the range.
        for (const qint64 d : {dx, dy, dw, dh}) {
            if (d > 2 * limit || d < -2 * limit) {
                return std::nullopt;
            }
        }
        x += dx, y += dy, w += dw, h += dh;
        if (std::abs(x) > limit || std::abs(y) > limit || std::abs(w) > limit || std::abs(h) > limit) {
            return std::nullopt;
        }
        box = PdfCharBox{points(x), points(y), points(w), points(h)};
    }
    if (!boxes.atEnd()) {
        return std::nullopt;
    }
    return out;
}

} // namespace jiaohe
