// SPDX-License-Identifier: GPL-3.0-or-later
// The rows and tables the readers left unread: a question for the reviewer rather than a shifted number.
#include "TableChecks.h"

#include "extract/FieldCatalogue.h"
#include "extract/TemplateShape.h"

namespace jiaohe {

namespace {

// A row's name: what the labels of its cells share ("行政规范性文件" of 行政规范性文件本年制发件数 and
// 行政规范性文件现行有效件数; "本年新收政府信息公开申请数量" of its seven cells, whose labels end in their column
// in brackets), else its key.
std::pair<QString, QString> rowName(const QString& row)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    if (const FieldDef* def = catalogue.find(row + QStringLiteral(".total"))) {
        // Without the column: "本机关不掌握相关政府信息(总计)" names the cell, the row is meant.
        const auto withoutColumn = [](const QString& label) {
            const qsizetype open = label.lastIndexOf(u'(');
            return label.endsWith(u')') && open > 0 ? label.first(open).trimmed() : label;
        };
        return {withoutColumn(def->labelZh), withoutColumn(def->labelEn)};
    }
    QString zh;
    QString en;
    bool first = true;
    const auto common = [](const QString& a, const QString& b) {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a.at(n) == b.at(n)) {
            ++n;
        }
        return a.first(n);
    };
    for (const TemplateCell& c : TemplateShape::builtin().cells()) {
        if (!c.key.startsWith(row + u'.')) {
            continue;
        }
        zh = first ? c.labelZh : common(zh, c.labelZh);
        en = first ? c.labelEn : common(en, c.labelEn);
        first = false;
    }
    zh = zh.trimmed();
    en = en.trimmed();
    return {zh.isEmpty() ? row : zh, en.isEmpty() ? row : en};
}

// The whole table left unread: which table, and why.
Flag tableFlag(const TableDoubt& d)
{
    Flag f;
    const QString number = d.row.mid(1);
    const QString numberZh = number == u"2"   ? QStringLiteral("二")
                             : number == u"3" ? QStringLiteral("三")
                                              : QStringLiteral("四");
    if (d.ambiguous) {
        f.messageZh =
            QStringLiteral("表%1无法可靠读取：数字与列有两种对齐方式与勾稽关系同样相符，未采用其数值，请人工核对")
                .arg(numberZh);
        f.messageEn = QStringLiteral("Table %1 could not be read reliably: two alignments of its numbers with its "
                                     "columns fit its identities equally well, so none was taken — check by hand")
                          .arg(number);
    } else {
        f.messageZh = QStringLiteral("表%1无法可靠读取：无论数字与列如何对齐，%3 项勾稽关系中均有 %2 项不成立，未采用其"
                                     "数值，请人工核对")
                          .arg(numberZh)
                          .arg(d.failing)
                          .arg(d.checked);
        f.messageEn = QStringLiteral("Table %1 could not be read reliably: %2 of %3 identities fail under every "
                                     "alignment of its numbers with its columns, so none was taken — check by hand")
                          .arg(number)
                          .arg(d.failing)
                          .arg(d.checked);
    }
    return f;
}

} // namespace

void flagTableDoubts(const Extraction& ex, QList<Flag>* flags)
{
    for (const TableDoubt& d : ex.tableDoubts) {
        Flag f;
        if (!d.row.contains(u'.')) {
            f = tableFlag(d);
        } else {
            const auto [rowZh, rowEn] = rowName(d.row);
            f.messageZh =
                QStringLiteral("表格此行无法可靠读取（数字无法与列对齐），未采用其数值，请人工核对：%1").arg(rowZh);
            f.messageEn =
                QStringLiteral("This table row could not be read reliably (its numbers cannot be aligned with the "
                               "columns), so none was taken — check by hand: %1")
                    .arg(rowEn);
        }
        f.rule = QStringLiteral("table_unreadable");
        f.kind = QStringLiteral("table_unreadable");
        f.severity = Severity::Warning;
        f.subject = d.row;
        f.spans = {{d.start, d.end}};
        flags->append(f);
    }
}

} // namespace jiaohe
