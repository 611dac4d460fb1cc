// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/office/MhtmlReader.h"

#include "document/DocumentLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace jiaohe {

namespace {

constexpr qsizetype MaxParts = 10000;
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr int MaxNesting = 4; // multipart inside multipart

struct Part
{
    QHash<QByteArray, QByteArray> headers; // lower-case name → value, folded lines joined
    QByteArray body;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
};

// Headers up to the first empty line, then the body.
Part parsePart(const QByteArray& data)
{
    Part part;
    qsizetype pos = 0;
    QByteArray lastName;
    while (pos < data.size() && pos < MaxHeaderBytes) {
        qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0) {
            eol = data.size();
        }
        const qsizetype lineStart = pos;
        QByteArray line = data.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            part.body = data.mid(pos);
            return part;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lastName.isEmpty()) {
            part.headers[lastName] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            part.body = data.mid(lineStart); // no header block: the whole part is its body
            return part;
        }
        lastName = line.left(colon).trimmed().toLower();
        part.headers.insert(lastName, line.mid(colon + 1).trimmed());
    }
    part.body = data.mid(pos);
    return part;
}

QByteArray mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// A parameter of a header value: boundary="----=_NextPart_01"; charset=gb2312.
QByteArray parameter(const QByteArray& value, const QByteArray& name)
{
    for (const QByteArray& piece : value.split(';')) {
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0 || piece.left(eq).trimmed().toLower() != name) {
            continue;
        }
        QByteArray v = piece.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"')) {
            v = v.mid(1, v.size() - 2);
        }
        return v;
    }
    return QByteArray();
}

// The parts of a multipart body, between "--boundary" lines.
QList<Part> splitParts(const QByteArray& body, const QByteArray& boundary)
{
    QList<Part> parts;
    const QByteArray marker = "--" + boundary;
    qsizetype from = 0;
    qsizetype partStart = -1;
    while (parts.size() < MaxParts) {
        const qsizetype at = body.indexOf(marker, from);
        if (at < 0) {
            break;
        }
        from = at + marker.size();
        if (at > 0 && body.at(at - 1) != '\n') {
            continue; // the marker inside a line is no delimiter
        }
        if (partStart >= 0) {
            qsizetype end = at - 1; // before the line break that precedes the delimiter
            if (end > partStart && body.at(end - 1) == '\r') {
                --end;
            }
            parts.append(parsePart(body.mid(partStart, std::max<qsizetype>(0, end - partStart))));
        }
        if (body.mid(from, 2) == "--") {
            break; // the closing delimiter
        }
        const qsizetype eol = body.indexOf('\n', from);
        if (eol < 0) {
            break;
        }
        partStart = eol + 1;
    }
    return parts;
}

bool sameId(QByteArray a, QByteArray b)
{
    auto bare = [](QByteArray s) {
        s = s.trimmed();
        if (s.startsWith('<') && s.endsWith('>')) {
            s = s.mid(1, s.size() - 2);
        }
        return s;
    };
    return !a.isEmpty() && bare(a) == bare(b);
}

// The page of a message: the part `start` names, else the first HTML part; into nested multiparts.
const Part* findPage(const QList<Part>& parts, const QByteArray& start)
{
    for (const Part& p : parts) {
        if (!start.isEmpty() &&
            (sameId(p.header("content-id"), start) || sameId(p.header("content-location"), start))) {
            return &p;
        }
    }
    for (const Part& p : parts) {
        const QByteArray type = mediaType(p.header("content-type"));
        if (type == "text/html" || type == "application/xhtml+xml" || type.startsWith("multipart/")) {
            return &p;
        }
    }
    return nullptr;
}

QByteArray undoTransferEncoding(const Part& part)
{
    const QByteArray encoding = part.header("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable") {
        return MhtmlReader::decodeQuotedPrintable(part.body);
    }
    if (encoding == "base64") {
        return QByteArray::fromBase64(part.body);
    }
    return part.body;
}

} // namespace

QByteArray MhtmlReader::decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < in.size() && in.at(i + 1) == '\n') { // soft line break
            i += 1;
        } else if (i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2;
        } else if (i + 2 < in.size() && hex(in.at(i + 1)) >= 0 && hex(in.at(i + 2)) >= 0) {
            out.append(char(hex(in.at(i + 1)) * 16 + hex(in.at(i + 2))));
            i += 2;
        } else {
            out.append(c); // a stray '=' stays, as mail readers keep it
        }
    }
    return out;
}

MhtmlPage MhtmlReader::read(const QByteArray& bytes)
{
    MhtmlPage result;
    Part message = parsePart(bytes);
    if (!message.headers.contains("content-type")) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader",
                                                   "this is not a web archive (MHTML): it has no MIME header");
        return result;
    }
    const Part* page = &message;
    QList<QList<Part>> levels; // keeps the parts of each multipart level alive
    for (int depth = 0; mediaType(page->header("content-type")).startsWith("multipart/"); ++depth) {
        const QByteArray contentType = page->header("content-type");
        const QByteArray boundary = parameter(contentType, "boundary");
        if (depth >= MaxNesting || boundary.isEmpty()) {
            result.error = QCoreApplication::translate(
                "jiaohe::DocumentLoader", "the web archive (MHTML) is damaged: a multipart without its boundary");
            return result;
        }
        levels.append(splitParts(page->body, boundary));
        page = findPage(levels.last(), parameter(contentType, "start"));
        if (!page) {
            result.error =
                QCoreApplication::translate("jiaohe::DocumentLoader", "the web archive (MHTML) holds no web page");
            return result;
        }
    }
    const QByteArray html = undoTransferEncoding(*page);
    const QByteArray declared = parameter(page->header("content-type"), "charset");
    QString error;
    if (!declared.isEmpty()) {
        result.charset = QString::fromLatin1(declared);
        result.html = DocumentLoader::decode(html, result.charset, &error);
    }
    if (declared.isEmpty() || !error.isEmpty()) {
        error.clear();
        result.charset = DocumentLoader::detectEncoding(html);
        result.html = DocumentLoader::decode(html, result.charset, &error);
    }
    if (!error.isEmpty()) {
        result.error = error;
    }
    return result;
}

} // namespace jiaohe
