// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/TemplateTables.h"
#include "numbers/NumberParser.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace jiaohe {

// A quantity of the report in context: the number, the phrase it describes, and its place in the
// text. All offsets here are UTF-16 indexes into Document::normalised.
struct Statement
{
    enum class Role
    {
        Single, // standalone figure
        Total,  // the lead figure of a 其中 list
        Part,   // one item of a 其中 list
    };

    Quantity quantity;
    bool zeroWords = false; // stated as 没有…的情况 / 无 rather than a digit
    QString phrase;         // the clause around the number, with the number itself left out
    qsizetype clauseStart = 0;
    qsizetype clauseEnd = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    int line = 0; // in the normalised text (joined lines count as one)
    Role role = Role::Single;
    int list = -1;            // index into Extraction::lists for parts and totals
    bool cumulative = false;  // 截至/至…底 累计: a running total, not this year's figure
    bool comparative = false; // 比上年增加38件: a change, not a quantity of the year
    bool otherYear = false;   // 2014年为149人: another year's figure given beside this year's
    bool overlapNote = false; // its paragraph says the figures overlap (同时涉及, 各渠道分别统计)
    bool inBrackets = false;  // inside ( ) within its sentence: an aside about the figure before
    bool thisYear() const { return !comparative && !otherYear; }
    bool borrowedPhrase = false; // the phrase includes the clause before ("以网上申请为主,共20件")
    bool respectively = false;   // paired with its noun through 分别为
    bool inBody = true;          // false in site navigation, headers and footers
    bool inTable = false;        // a cell of the template's tables (its field is the cell's key)
    // For a percentage: the count it is a share of, and the denominator when the text names one
    // (占总年度投资225.62亿元的65.97%). -1 when unknown.
    int shareOf = -1;
    int denominator = -1;
    bool namedDenominator = false; // 占应公开部门的100%: the base is named, not a number
    QString denominatorText;       // the named base, without 总数/的
    QString field;                 // catalogue key this statement was mapped to, empty if none
};

// A total followed by 其中 and its parts (one per unit: 237项 … 155项 + 82项 and 225.62亿元 …
// 148.85亿元 + 76.77亿元 are two lists from one 其中).
struct StatementList
{
    int total = -1;             // statement index; -1 when the lead states no total of this unit
    QList<int> parts;           // statements of the total's unit
    QList<int> looseParts;      // parts in a related unit (篇 among 次) that may belong to the list
    qsizetype markerStart = 0;  // position of 其中
    bool endsWithOther = false; // the last part is 其他/其它…: the list claims to be complete
    bool overlapping = false;   // the text says its parts overlap (同时涉及, 分别统计): no sum to check
    bool otherBodies = false;   // its parts are other departments' figures than the total's: not checked
};

struct ExtractedField
{
    QString key;
    double value = 0;
    QString unit;
    bool approx = false;
    int statement = -1;  // index into Extraction::statements
    qsizetype start = 0; // span in Document::original (UTF-16)
    qsizetype end = 0;
    bool blank = false; // a template table cell left empty or printed as —, /, 无: read as zero
};

struct Heading
{
    int level = 0;       // 0: 第一部分  1: 一、  2: (一)  3: 1.  4: (1)
    int number = 0;      // 1-based
    QString label;       // the numbering as written in normalised text: "(五)", "5."
    QString title;       // text after the number up to the end of the heading sentence
    qsizetype start = 0; // of the numbering, in normalised text
    qsizetype end = 0;
    int line = 0;
};

struct Extraction
{
    QList<Statement> statements;
    QList<StatementList> lists;
    QList<ExtractedField> fields;          // one per key, the best candidate
    QHash<QString, QList<int>> candidates; // key -> every statement that matched, in text order
    QList<Heading> headings;
    QList<Quantity> yearMentions; // every 2016年 in the text, for the report's year
    std::optional<int> year;
    int templateVersion = 0; // 2019 or 2021 when the report has the standard template's tables, else 0
    QList<TableDoubt> tableDoubts; // rows left unread (TemplateTables::doubts), spans in Document::original
    QString region;
    qsizetype regionStart = -1, regionEnd = -1; // original offsets of the region's evidence
    qsizetype yearStart = -1, yearEnd = -1;

    const ExtractedField* field(const QString& key) const
    {
        for (const ExtractedField& f : fields) {
            if (f.key == key) {
                return &f;
            }
        }
        return nullptr;
    }
};

} // namespace jiaohe
