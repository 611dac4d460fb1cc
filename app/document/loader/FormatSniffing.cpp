// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/loader/LoaderInternal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

// Which format a file is in: by its name first, by its first bytes and characters when the name says nothing.

namespace jiaohe::loader {

KindByName kindFromFileName(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    KindByName result;
    struct Accepted
    {
        const char16_t* extensions; // space separated
        FileKind kind;
    };
    static const Accepted accepted[] = {
        {u"txt text", FileKind::PlainText},
        {u"html htm xhtml shtml", FileKind::Html},
        {u"pdf", FileKind::Pdf},
        {u"md markdown", FileKind::Markdown},
        {u"docx docm dotx", FileKind::Docx},
        {u"doc dot wps wpt rtf odt", FileKind::WordBinary},
        {u"mht mhtml", FileKind::Mhtml},
    };
    for (const Accepted& a : accepted) {
        if (QString::fromUtf16(a.extensions).split(u' ').contains(ext)) {
            result.kind = a.kind;
            return result;
        }
    }
    struct Rejection
    {
        const char16_t* extensions; // space separated
        const char* what;
    };
    static const Rejection rejections[] = {
        {u"xls xlsx xlsm et ods", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "spreadsheets")},
        {u"ppt pptx dps odp", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "presentations")},
        {u"ofd", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "OFD documents")},
        {u"zip rar 7z gz tgz bz2 xz tar", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "compressed archives")},
        {u"png jpg jpeg gif bmp tif tiff webp ico heic svg", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "images")},
        {u"exe dll so bin msi apk", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "programs")},
        {u"mp3 mp4 avi mov wav wmv flv mkv", QT_TRANSLATE_NOOP("jiaohe::DocumentLoader", "audio and video files")},
    };
    for (const Rejection& r : rejections) {
        const QStringList list = QString::fromUtf16(r.extensions).split(u' ');
        if (list.contains(ext)) {
            result.kind = FileKind::Rejected;
            result.error = QCoreApplication::translate(
                               "jiaohe::DocumentLoader",
                               "%1 are not supported (.%2); save the report as text, HTML, PDF or Word (.docx)")
                               .arg(QCoreApplication::translate("jiaohe::DocumentLoader", r.what), ext);
            return result;
        }
    }
    return result;
}

// Well-known binary signatures that deserve a better message than "binary data".
QString binarySignature(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray("PK\x03\x04", 4))) {
        return QCoreApplication::translate(
            "jiaohe::DocumentLoader",
            "this is not a text file: it is a ZIP archive or an Office document (.docx, .xlsx)");
    }
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return QCoreApplication::translate(
            "jiaohe::DocumentLoader", "this is not a text file: it is a Word or Excel 97-2003 document (.doc, .xls)");
    }
    return QString();
}

bool looksLikeHtml(QStringView text)
{
    const QStringView head = text.left(1024);
    static const char16_t* markers[] = {u"<html", u"<!doctype", u"<body", u"<head", u"<p>",
                                        u"<p ",   u"<div",      u"<meta", u"<table"};
    for (const char16_t* m : markers) {
        if (head.contains(QStringView(m), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace jiaohe::loader
