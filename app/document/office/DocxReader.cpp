// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/office/DocxReader.h"

#include "document/office/DocxNumbering.h"
#include "document/office/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <algorithm>

namespace jiaohe {

namespace {

const QString WordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString MarkupNs = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

// Deeper nesting than this (tables in tables in text boxes…) is read as running text: no document needs it, and
// the stack stays bounded whatever the file holds.
constexpr qsizetype MaxNesting = 200;

// Whether HTML written here holds any text outside its tags.
bool hasText(const QString& html)
{
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<') {
            inTag = true;
        } else if (c == u'>') {
            inTag = false;
        } else if (!inTag && !c.isSpace()) {
            return true;
        }
    }
    return false;
}

// What the reader is inside: each becomes its HTML element when it closes.
struct Block
{
    enum Kind
    {
        Paragraph,
        Table,
        Row,
        Cell,
    };
    Kind kind = Paragraph;
    QString html;
    int span = 1;           // a cell's w:gridSpan
    bool continued = false; // a cell merged into the one above (w:vMerge) or before it (w:hMerge)
    int numId = -1;         // a paragraph's automatic numbering
    int level = 0;
};

class BodyReader
{
public:
    BodyReader(const QByteArray& xml, DocxNumbering numbering) : m_xml(xml), m_numbering(std::move(numbering)) {}

    DocxHtml run();

private:
    void start();
    void end();
    void append(const QString& html);
    void push(Block::Kind kind);
    Block* innermost(Block::Kind kind);
    void text(QStringView t);

    QXmlStreamReader m_xml;
    DocxNumbering m_numbering;
    QList<Block> m_blocks;
    QList<bool> m_pushed; // per open w: element, whether it pushed a block (so that its end pops it)
    QString m_out;
    bool m_hiddenRun = false; // the current run's text is hidden (w:vanish): Word does not show it
};

void BodyReader::append(const QString& html)
{
    (m_blocks.isEmpty() ? m_out : m_blocks.last().html).append(html);
}

void BodyReader::push(Block::Kind kind)
{
    Block b;
    b.kind = kind;
    m_blocks.append(std::move(b));
}

Block* BodyReader::innermost(Block::Kind kind)
{
    for (qsizetype i = m_blocks.size() - 1; i >= 0; --i) {
        if (m_blocks[i].kind == kind) {
            return &m_blocks[i];
        }
    }
    return nullptr;
}

void BodyReader::text(QStringView t)
{
    QString escaped;
    escaped.reserve(t.size());
    for (QChar c : t) {
        if (c == u'<') {
            escaped += QStringLiteral("&lt;");
        } else if (c == u'>') {
            escaped += QStringLiteral("&gt;");
        } else if (c == u'&') {
            escaped += QStringLiteral("&amp;");
        } else {
            escaped += c;
        }
    }
    append(escaped);
}

void BodyReader::start()
{
    const QStringView name = m_xml.name();
    const bool word = m_xml.namespaceUri() == WordNs;
    // Not text: deleted or moved-away revisions, field codes, the fallback copy of a drawing (its text is in the
    // choice read before it); hidden runs (w:vanish) are left out below.
    if ((word && (name == u"del" || name == u"moveFrom" || name == u"instrText" || name == u"delText" ||
                  name == u"delInstrText")) ||
        (m_xml.namespaceUri() == MarkupNs && name == u"Fallback")) {
        m_xml.skipCurrentElement();
        return;
    }
    bool pushed = false;
    if (word && m_blocks.size() < MaxNesting) {
        static const QHash<QString, Block::Kind> blocks = {{QStringLiteral("p"), Block::Paragraph},
                                                           {QStringLiteral("tbl"), Block::Table},
                                                           {QStringLiteral("tr"), Block::Row},
                                                           {QStringLiteral("tc"), Block::Cell}};
        const auto kind = blocks.constFind(name.toString());
        if (kind != blocks.cend()) {
            push(*kind);
            pushed = true;
        }
    }
    m_pushed.append(pushed);
    if (!word || pushed) {
        return;
    }
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView val = attributes.value(WordNs, QLatin1String("val"));
    if (name == u"r") {
        m_hiddenRun = false;
    } else if (name == u"vanish") {
        m_hiddenRun = val.isEmpty() || val == u"1" || val == u"true" || val == u"on";
    } else if (name == u"t" && m_hiddenRun) {
        m_xml.skipCurrentElement();
        m_pushed.removeLast();
    } else if (name == u"t") {
        text(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        m_pushed.removeLast(); // readElementText consumed the end tag
    } else if (name == u"tab" || name == u"ptab") {
        append(QStringLiteral(" "));
    } else if (name == u"br" || name == u"cr") {
        append(QStringLiteral("<br>"));
    } else if (name == u"noBreakHyphen") {
        append(QStringLiteral("-"));
    } else if (name == u"gridSpan") {
        if (Block* cell = innermost(Block::Cell)) {
            cell->span = std::clamp(val.toInt(), 1, 64);
        }
    } else if (name == u"vMerge" || name == u"hMerge") {
        if (Block* cell = innermost(Block::Cell)) {
            cell->continued = val.isEmpty() || val == u"continue";
        }
    } else if (name == u"numId" || name == u"ilvl") {
        if (Block* p = innermost(Block::Paragraph)) {
            (name == u"numId" ? p->numId : p->level) = val.toInt();
        }
    }
}

void BodyReader::end()
{
    if (m_pushed.isEmpty()) {
        return;
    }
    const bool pushed = m_pushed.takeLast();
    if (!pushed || m_blocks.isEmpty()) {
        return;
    }
    Block b = m_blocks.takeLast();
    switch (b.kind) {
    case Block::Paragraph: {
        const QString label = b.numId > 0 ? m_numbering.next(b.numId, b.level) : QString();
        append(QStringLiteral("<p>") + label + b.html + QStringLiteral("</p>\n"));
        break;
    }
    case Block::Table:
        append(QStringLiteral("<table>\n") + b.html + QStringLiteral("</table>\n"));
        break;
    case Block::Row:
        append(QStringLiteral("<tr>") + b.html + QStringLiteral("</tr>\n"));
        break;
    case Block::Cell:
        // A merged continuation is left out of its row, as a web page leaves out the cells a rowspan covers (unless
        // it holds text, which Word would not have written there: kept rather than lost).
        if (!b.continued || hasText(b.html)) {
            append((b.span > 1 ? QStringLiteral("<td colspan=\"%1\">").arg(b.span) : QStringLiteral("<td>")) + b.html +
                   QStringLiteral("</td>"));
        }
        break;
    }
}

DocxHtml BodyReader::run()
{
    DocxHtml result;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            result.error = QCoreApplication::translate(
                "jiaohe::DocumentLoader",
                "the document's XML declares a DTD, which Word never writes: refused as crafted");
            return result;
        case QXmlStreamReader::StartElement:
            start();
            break;
        case QXmlStreamReader::EndElement:
            end();
            break;
        default:
            break;
        }
    }
    if (m_xml.hasError()) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader",
                                                   "the document's text (word/document.xml) is damaged at line %2: %1")
                           .arg(m_xml.errorString())
                           .arg(m_xml.lineNumber());
        return result;
    }
    result.html = QStringLiteral("<html><body>\n") + m_out + QStringLiteral("</body></html>\n");
    return result;
}

} // namespace

DocxHtml DocxReader::read(const QByteArray& bytes)
{
    DocxHtml result;
    const ZipArchive archive(bytes);
    if (!archive.isOpen()) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "the Word document cannot be read: %1")
                           .arg(archive.error());
        return result;
    }
    QString error;
    const std::optional<QByteArray> body = archive.read(QStringLiteral("word/document.xml"), &error);
    if (!body) {
        result.error =
            QCoreApplication::translate("jiaohe::DocumentLoader", "the Word document cannot be read: %1").arg(error);
        return result;
    }
    DocxNumbering numbering;
    if (archive.contains(QStringLiteral("word/numbering.xml"))) {
        if (const std::optional<QByteArray> xml = archive.read(QStringLiteral("word/numbering.xml"), &error)) {
            numbering.load(*xml);
        }
    }
    result = BodyReader(*body, std::move(numbering)).run();
    if (!result.ok()) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "the Word document cannot be read: %1")
                           .arg(result.error);
    }
    return result;
}

} // namespace jiaohe
