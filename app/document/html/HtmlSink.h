// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jiaohe::html {

// The line without the white space around it (tabs kept: they separate table cells).
QString trimLine(const QString& line);

// The text of one block: whitespace collapsed, lines kept. A cell of a table row is one too.
class Sink
{
public:
    QStringList lines;
    QString current;
    qsizetype chars = 0;
    bool holdsTable = false; // a nested table's rows were written here

    void addChar(char16_t c);
    void addCodePoint(char32_t c);
    void addSpace(bool lineBreak);
    void addLiteral(char16_t c);
    void endLine();
    void hardBreak();
    void appendLine(const QString& line);

private:
    bool m_pendingSpace = false;
    bool m_pendingLineBreak = false;
};

// An open table: its current row and cells.
struct TableState
{
    bool inRow = false;
    bool inCell = false;
    QList<Sink> cells;
};

} // namespace jiaohe::html
