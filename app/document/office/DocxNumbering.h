// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace jiaohe {

// Word's automatic numbering (word/numbering.xml): the label a numbered paragraph shows ("一、", "（二）", "1.",
// "①"), counted in document order as Word counts it: per list definition, a level's counter restarting when a
// higher level moves on. Bullets show no label. Levels and lists are bounded (9 levels, as Word has).
class DocxNumbering
{
public:
    // Reads numbering.xml; an empty or unreadable part leaves no numbering (paragraphs show no label).
    void load(const QByteArray& xml);
    // The label of the next paragraph numbered `numId` at level `ilvl`, counting it.
    QString next(int numId, int ilvl);

    // The number `n` in a numbering format (numFmt: decimal, chineseCounting, upperLetter, …).
    static QString formatNumber(int n, const QString& numFmt);

private:
    struct Level
    {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text; // lvlText: "%1、"
    };
    struct List
    {
        QList<Level> levels;
        QList<int> counters; // the last number given at each level, 0 before the first
    };
    QHash<int, int> m_numToAbstract; // w:num → w:abstractNum
    QHash<int, List> m_abstract;
};

} // namespace jiaohe
