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
    if (ext == u"txt" || ext == u"text") {
        result.kind = FileKind::PlainText;
        return result;
    }
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml" || ext == u"shtml") {
        result.kind = FileKind::Html;
        return result;
    }
    if (ext == u"pdf") {
        result.kind = FileKind::Pdf;
        return result;
    }
    struct Rejection
    {
        const char16_t* extensions; // space separated
        const char16_t* what;
    };
    static const Rejection rejections[] = {
        {u"doc docx docm dot dotx wps odt rtf", u"Word documents"},
        {u"xls xlsx xlsm et ods", u"spreadsheets"},
        {u"ppt pptx dps odp", u"presentations"},
        {u"ofd", u"OFD documents"},
        {u"mht mhtml", u"MHTML web archives"},
        {u"zip rar 7z gz tgz bz2 xz tar", u"compressed archives"},
        {u"png jpg jpeg gif bmp tif tiff webp ico heic svg", u"images"},
        {u"exe dll so bin msi apk", u"programs"},
        {u"mp3 mp4 avi mov wav wmv flv mkv", u"audio and video files"},
    };
    for (const Rejection& r : rejections) {
        const QStringList list = QString::fromUtf16(r.extensions).split(u' ');
        if (list.contains(ext)) {
            result.kind = FileKind::Rejected;
            result.error = QStringLiteral("%1 are not supported (.%2); save the report as text or HTML")
                               .arg(QString::fromUtf16(r.what), ext);
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
