// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Statement.h"

#include <QList>
#include <QStringView>

namespace jiaohe {

// The shape of a report's normalised text: lines, numbered headings, sentences and clauses, and
// which lines are the report's body rather than the web site around it.
class Layout
{
public:
    struct Line
    {
        qsizetype start = 0;
        qsizetype end = 0; // excluding '\n'
        bool body = true;
        int heading = -1;   // index into headings() when the line starts with a section number
        bool table = false; // a line of the template's tables (see TemplateTables)
    };

    explicit Layout(QStringView text);

    const QList<Line>& lines() const { return m_lines; }
    const QList<Heading>& headings() const { return m_headings; }
    int lineAt(qsizetype pos) const;
    // Marks lines as the template's tables: their row numbering (一、 (一) 1.) is no heading.
    void markTables(const QList<int>& lines);

    // Sentence bounds around pos: delimited by 。!?, line breaks (and the text end).
    std::pair<qsizetype, qsizetype> sentenceAt(qsizetype pos) const;
    // Clause bounds around pos: sentence delimiters plus , ; : 、
    std::pair<qsizetype, qsizetype> clauseAt(qsizetype pos) const;
    // The titles of the headings in force at pos (outermost first), joined.
    QString sectionContext(qsizetype pos) const;
    // Index of the innermost heading in force at pos, -1 if none.
    int headingAt(qsizetype pos) const;

    static bool isSentenceEnd(QChar c);
    // A row of a table laid out as text: tab-separated, or several numbers side by side.
    static bool looksLikeTableRow(QStringView line);
    static bool isClauseEnd(QChar c);

private:
    void findHeadings();
    void markBody();

    QStringView m_text;
    QList<Line> m_lines;
    QList<Heading> m_headings;
    QList<qsizetype> m_sentenceEnds; // positions of 。!? and line breaks
    QList<qsizetype> m_clauseEnds;   // the same plus , ; : 、 and tabs
};

} // namespace jiaohe
