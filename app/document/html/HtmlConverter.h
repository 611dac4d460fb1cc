// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/html/HtmlNames.h"
#include "document/html/HtmlSink.h"

#include <QStringView>

namespace jiaohe::html {

constexpr int MaxTableDepth = 16; // deeper tables are flattened (their rows still end lines)
constexpr qsizetype MaxTagName = 32;

// htmlToText's converter. Its member functions live in three files: HtmlConverter.cpp (the tokenizer: tags,
// comments, character references), HtmlConverterBlocks.cpp (text into lines and blocks, the result) and
// HtmlConverterTables.cpp (table rows as lines of tab-separated cells).
class HtmlConverter
{
public:
    explicit HtmlConverter(QStringView html) : m_s(html), m_n(html.size()) {}
    QString run();

private:
    // output
    Sink* sinkBelow(qsizetype level, bool openCell);
    Sink* sink(bool openCell) { return sinkBelow(m_tables.size(), openCell); }
    void text(char16_t c);
    void codePoint(char32_t c);
    void blockBoundary();

    // tables
    void openTable();
    void closeTable();
    void openRow();
    void openCell();
    void closeCell();
    void finishRow();

    // markup
    bool startsWithCi(qsizetype i, QLatin1String what) const;
    qsizetype find(char16_t c, qsizetype from) const;
    qsizetype findQuote(char16_t quote, qsizetype from);
    qsizetype markup(qsizetype i);
    qsizetype comment(qsizetype i);
    qsizetype tag(qsizetype i, bool end);
    qsizetype skipTo(const QString& name, bool end, qsizetype j, bool selfClosing = false);
    std::pair<qsizetype, qsizetype> afterEndTag(const QString& name, qsizetype from);
    void handleTag(const QString& name, bool end);
    qsizetype entity(qsizetype i);

    // result
    QString assemble() const;

    QStringView m_s;
    qsizetype m_n;
    Sink m_main;
    QList<TableState> m_tables;
    int m_excessTables = 0;
    int m_preDepth = 0;
    bool m_preJustOpened = false;
    bool m_lastWasCr = false;
    bool m_inBody = false;
    bool m_titleDone = false;
    qsizetype m_doubleQuoteFailedFrom = -1;
    qsizetype m_singleQuoteFailedFrom = -1;
};

} // namespace jiaohe::html
