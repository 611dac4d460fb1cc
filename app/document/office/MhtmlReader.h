// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jiaohe {

struct MhtmlPage
{
    QString html;    // the page, decoded
    QString charset; // as the part declares it, or as detected
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A web page saved as a single file (.mhtml/.mht: a browser's "save as single file", Word's "single file web
// page"): a MIME message whose root part is the page. The part is found (the `start` the message names, else the
// first text/html part), its transfer encoding undone (quoted-printable, base64) and its text decoded in the
// charset it declares (else the page's own meta element, else detection), for htmlToText. Images and styles are
// never looked at. Headers, parts and their number are bounded.
class MhtmlReader
{
public:
    static MhtmlPage read(const QByteArray& bytes);

    // Quoted-printable decoding (soft line breaks "=\r\n" joined, "=XX" bytes), lenient with stray '='.
    static QByteArray decodeQuotedPrintable(const QByteArray& in);
};

} // namespace jiaohe
