// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsWorkbook.h"

#include "FindingsWords.h"
#include "common/CharClass.h"
#include "extract/FieldCatalogue.h"
#include "extract/TemplateShape.h"
#include "pipeline/EngineFingerprint.h"
#include "store/CsvWriter.h"
#include "store/FlagTargets.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace jiaohe {

using findingswords::Word;

namespace {

// Excel's limit on a cell's text.
constexpr qsizetype MaxCellChars = 32767;
// Columns grow with their text up to this many character widths; longer text wraps.
constexpr double MaxColumnWidth = 60;

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;   // wrapped, top-aligned
    lxw_format* number = nullptr; // integers without separators, decimals as they are
    lxw_format* failing = nullptr;
    lxw_format* title = nullptr;
};

// One worksheet and the width its columns need: a wide (CJK) character counts two.
class Sheet
{
public:
    Sheet(lxw_workbook* book, const QString& name, const Formats& formats)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData())), m_formats(formats)
    {}

    void header(int row, const QStringList& cells)
    {
        for (int c = 0; c < cells.size(); ++c) {
            text(row, c, cells.at(c), m_formats.header);
        }
    }
    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty()) {
            return;
        }
        // A string cell is never evaluated, whatever it begins with: no formula written, no neutralising needed.
        const QByteArray utf8 = value.left(MaxCellChars).toUtf8();
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                               format ? format : m_formats.text);
        grow(column, value);
    }
    void number(int row, int column, std::optional<double> value, lxw_format* format = nullptr)
    {
        if (!value) {
            return;
        }
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), *value, format ? format : m_formats.number);
        grow(column, QString::number(*value, 'g', 15));
    }
    void freezeHeader(int rows) { worksheet_freeze_panes(m_sheet, lxw_row_t(rows), 0); }
    void fitColumns()
    {
        for (int c = 0; c < m_widths.size(); ++c) {
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths.at(c) + 2, MaxColumnWidth),
                                 nullptr);
        }
    }
    lxw_worksheet* raw() const { return m_sheet; }

private:
    void grow(int column, const QString& value)
    {
        while (m_widths.size() <= column) {
            m_widths.append(4);
        }
        double widest = 0;
        double width = 0;
        for (const QChar ch : value) {
            if (ch == u'\n') {
                widest = std::max(widest, width);
                width = 0;
                continue;
            }
            width += isWide(ch) ? 2 : 1;
        }
        m_widths[column] = std::max(m_widths.at(column), std::max(widest, width));
    }

    lxw_worksheet* m_sheet;
    const Formats& m_formats;
    QList<double> m_widths;
};

QStringList words(std::initializer_list<Word> list, const QString& lang)
{
    QStringList out;
    for (const Word& w : list) {
        out.append(findingswords::in(w, lang));
    }
    return out;
}

QString reviewedAt(const StoredReport& r)
{
    return r.reviewedAt.left(10);
}

QStringList kindsOf(const QList<ReportFindings>& findings)
{
    QStringList kinds;
    for (const ReportFindings& rf : findings) {
        for (const FlagFinding& f : rf.flags) {
            if (!kinds.contains(f.flag.kind)) {
                kinds.append(f.flag.kind);
            }
        }
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

void writeSummary(Sheet& sheet, const QList<ReportFindings>& findings, const FindingsLanguage& lang)
{
    const QString h = lang.headers;
    QStringList header = words({{"发布机关", "Issuer"},
                                {"年度", "Year"},
                                {"文件", "File"},
                                {"审核状态", "Review status"},
                                {"审核人", "Reviewer"},
                                {"审核日期", "Reviewed on"},
                                {"待处理问题", "Open flags"},
                                {"已处理问题", "Decided flags"}},
                               h);
    const QStringList kinds = kindsOf(findings);
    for (const QString& k : kinds) {
        header.append(findingswords::kind(k, h) + findingswords::in({"（待处理）", " (open)"}, h));
        header.append(findingswords::kind(k, h) + findingswords::in({"（已处理）", " (decided)"}, h));
    }
    sheet.header(0, header);
    int row = 1;
    for (const ReportFindings& rf : findings) {
        const StoredReport& r = rf.report;
        sheet.text(row, 0, r.region);
        sheet.number(row, 1, r.year ? std::optional<double>(*r.year) : std::nullopt);
        sheet.text(row, 2, r.fileName);
        sheet.text(row, 3, findingswords::code(toString(r.status), h));
        sheet.text(row, 4, r.reviewedBy);
        sheet.text(row, 5, reviewedAt(r));
        sheet.number(row, 6, rf.openFlags());
        sheet.number(row, 7, rf.decidedFlags());
        for (int k = 0; k < kinds.size(); ++k) {
            int open = 0;
            int decided = 0;
            for (const FlagFinding& f : rf.flags) {
                if (f.flag.kind == kinds.at(k)) {
                    open += f.flag.active && f.flag.resolution == Resolution::Open;
                    decided += f.flag.resolution != Resolution::Open;
                }
            }
            sheet.number(row, 8 + 2 * k, open);
            sheet.number(row, 9 + 2 * k, decided);
        }
        ++row;
    }
    // Under the table, after a blank row: which engine judged these reports.
    sheet.text(row + 1, 0, findingswords::in({"审核引擎", "Engine"}, h));
    sheet.text(row + 1, 1, EngineFingerprint::builtin().text());
    sheet.freezeHeader(1);
    sheet.fitColumns();
}

std::optional<double> suggested(const StoredFlag& f)
{
    return f.suggestion ? std::optional<double>(f.suggestion->value) : std::nullopt;
}

void writeFlags(Sheet& sheet, const QList<ReportFindings>& findings, const FindingsLanguage& lang)
{
    const QString h = lang.headers;
    sheet.header(0, words({{"发布机关", "Issuer"},
                           {"年度", "Year"},
                           {"章节", "Section"},
                           {"类别", "Kind"},
                           {"严重程度", "Severity"},
                           {"问题说明", "Message"},
                           {"涉及数字", "Numbers"},
                           {"原文依据", "Evidence as printed"},
                           {"位置", "Where"},
                           {"建议修正值", "Suggested fix"},
                           {"处理结果", "Decision"},
                           {"理由", "Reason"},
                           {"采纳数值", "Value taken"},
                           {"处理人", "Decided by"},
                           {"处理时间", "Decided at"},
                           {"仍被检出", "Still raised"},
                           {"问题编号", "Flag id"}},
                          h));
    int row = 1;
    for (const ReportFindings& rf : findings) {
        for (const FlagFinding& f : rf.flags) {
            const StoredFlag& g = f.flag;
            sheet.text(row, 0, rf.report.region);
            sheet.number(row, 1, rf.report.year ? std::optional<double>(*rf.report.year) : std::nullopt);
            sheet.text(row, 2, f.section);
            sheet.text(row, 3, findingswords::kind(g.kind, h));
            sheet.text(row, 4, findingswords::code(g.severity, h));
            sheet.text(row, 5, lang.messages == u"en" ? g.messageEn : g.messageZh);
            // The numbers a flag compares: each its own number cell from column 6 on would scatter them;
            // they stay one cell, the first as a number when it is the only one.
            if (g.numbers.size() == 1) {
                sheet.number(row, 6, g.numbers.first());
            } else {
                QStringList numbers;
                for (double n : g.numbers) {
                    numbers.append(QString::number(n, 'g', 15));
                }
                sheet.text(row, 6, numbers.join(QStringLiteral(", ")));
            }
            sheet.text(row, 7, f.evidence);
            sheet.text(row, 8, findingswords::place(f.line, f.page, h));
            sheet.number(row, 9, suggested(g));
            sheet.text(row, 10, findingswords::code(toString(g.resolution), h));
            sheet.text(row, 11, g.reason);
            sheet.number(row, 12, g.acceptedValue);
            sheet.text(row, 13, g.decidedBy);
            sheet.text(row, 14, g.decidedAt);
            sheet.text(row, 15, findingswords::code(g.active ? QStringLiteral("yes") : QStringLiteral("no"), h));
            sheet.text(row, 16, g.identity);
            ++row;
        }
    }
    sheet.freezeHeader(1);
    sheet.fitColumns();
}

std::optional<double> reviewedValue(const StoredField& f)
{
    if (f.status == FieldStatus::NotApplicable) {
        return std::nullopt;
    }
    return f.correctedValue;
}

void writeFields(Sheet& sheet, const QList<ReportFindings>& findings, const FindingsLanguage& lang)
{
    const QString h = lang.headers;
    sheet.header(0, words({{"发布机关", "Issuer"},
                           {"年度", "Year"},
                           {"字段", "Field"},
                           {"字段键", "Field key"},
                           {"原文数值", "Value as printed"},
                           {"审核认定数值", "Reviewed value"},
                           {"单位", "Unit"},
                           {"审核状态", "Status"},
                           {"原文依据", "Evidence as printed"},
                           {"说明", "Why"},
                           {"审核人", "Reviewer"},
                           {"审核时间", "Reviewed at"}},
                          h));
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    int row = 1;
    for (const ReportFindings& rf : findings) {
        for (const StoredField& f : rf.changed) {
            const FieldDef* def = catalogue.find(f.key);
            sheet.text(row, 0, rf.report.region);
            sheet.number(row, 1, rf.report.year ? std::optional<double>(*rf.report.year) : std::nullopt);
            sheet.text(row, 2, def ? def->label(lang.messages) : f.key);
            sheet.text(row, 3, f.key);
            sheet.number(row, 4, f.extracted ? std::optional<double>(f.value) : std::nullopt);
            sheet.number(row, 5, reviewedValue(f));
            sheet.text(row, 6, f.unit);
            sheet.text(row, 7, findingswords::code(toString(f.status), h));
            sheet.text(row, 8, f.evidenceText);
            sheet.text(row, 9, f.note);
            sheet.text(row, 10, f.reviewedBy);
            sheet.text(row, 11, f.reviewedAt);
            ++row;
        }
    }
    sheet.freezeHeader(1);
    sheet.fitColumns();
}

// One grid table (3 or 4) of one report from `row` on; returns the next free row. Rows without a cell in the
// report are left out (the other version's rows, or a table the report lacks).
int writeGrid(Sheet& sheet, int row, const TemplateTable& table, const QHash<QString, std::optional<double>>& values,
              const QSet<QString>& failing, const Formats& formats, const FindingsLanguage& lang)
{
    const bool english = lang.headers == u"en";
    for (int c = 0; c < table.columns.size(); ++c) {
        sheet.text(row, c + 1, english ? table.columns.at(c).labelEn : table.columns.at(c).labelZh, formats.header);
    }
    ++row;
    for (const TemplateRow& r : table.rows) {
        QStringList keys;
        for (const TemplateColumn& c : table.columns) {
            keys.append(table.id + u'.' + r.key + u'.' + c.key);
        }
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const QString& k) { return values.contains(k); })) {
            continue;
        }
        sheet.text(row, 0, english ? r.labelEn : r.labelZh, formats.header);
        for (int c = 0; c < keys.size(); ++c) {
            const bool fails = failing.contains(keys.at(c));
            const std::optional<double> v = values.value(keys.at(c));
            if (v) {
                sheet.number(row, c + 1, v, fails ? formats.failing : formats.number);
            } else if (fails) {
                sheet.text(row, c + 1, QStringLiteral("—"), formats.failing);
            }
        }
        ++row;
    }
    return row + 1;
}

// Table 2 has no common columns: a line per cell, its label and its value.
int writeCells(Sheet& sheet, int row, const TemplateTable& table, const QHash<QString, std::optional<double>>& values,
               const QSet<QString>& failing, const Formats& formats, const FindingsLanguage& lang)
{
    const TemplateShape& shape = TemplateShape::builtin();
    for (const TemplateRow& r : table.rows) {
        for (const QString& column : r.columns) {
            const QString key = table.id + u'.' + r.key + u'.' + column;
            if (!values.contains(key)) {
                continue;
            }
            const TemplateCell* cell = shape.cell(key);
            sheet.text(row, 0, cell ? (lang.headers == u"en" ? cell->labelEn : cell->labelZh) : key);
            sheet.number(row, 1, values.value(key), failing.contains(key) ? formats.failing : formats.number);
            ++row;
        }
    }
    return row + 1;
}

void writeTables(Sheet& sheet, const QList<ReportFindings>& findings, const Formats& formats,
                 const FindingsLanguage& lang)
{
    const QString h = lang.headers;
    const TemplateShape& shape = TemplateShape::builtin();
    sheet.text(
        0, 0,
        findingswords::in({"红色单元格：待处理问题所指的数字", "Red cells: the figures an open flag points at"}, h),
        formats.title);
    int row = 2;
    for (const ReportFindings& rf : findings) {
        QHash<QString, std::optional<double>> values;
        for (const StoredField& f : rf.fields) {
            if (f.key.startsWith(u"t2.") || f.key.startsWith(u"t3.") || f.key.startsWith(u"t4.")) {
                values.insert(f.key, f.finalValue());
            }
        }
        if (values.isEmpty()) {
            continue;
        }
        QList<StoredFlag> flags;
        for (const FlagFinding& f : rf.flags) {
            flags.append(f.flag);
        }
        // As the window's grids mark them: the cells an open flag's evidence covers, and the cell its fix is for.
        QSet<QString> failing = FlagTargets::flaggedFields(flags, rf.fields);
        for (const StoredFlag& f : std::as_const(flags)) {
            if (f.active && f.resolution == Resolution::Open && f.suggestion) {
                failing.insert(FlagTargets::fieldForSuggestion(*f.suggestion, rf.fields));
            }
        }
        for (const char16_t* id : {u"t2", u"t3", u"t4"}) {
            const TemplateTable* table = shape.table(QStringView(id));
            if (!table) {
                continue;
            }
            const QString year = rf.report.year ? QString::number(*rf.report.year) : QString();
            sheet.text(row++, 0,
                       QStringLiteral("%1 %2 · %3")
                           .arg(rf.report.region, year,
                                findingswords::in(id == std::u16string_view(u"t2")   ? Word{"表二", "Table 2"}
                                                  : id == std::u16string_view(u"t3") ? Word{"表三", "Table 3"}
                                                                                     : Word{"表四", "Table 4"},
                                                  h)),
                       formats.title);
            row = table->columns.isEmpty() ? writeCells(sheet, row, *table, values, failing, formats, lang)
                                           : writeGrid(sheet, row, *table, values, failing, formats, lang);
        }
    }
    sheet.freezeHeader(1);
    sheet.fitColumns();
}

Formats addFormats(lxw_workbook* book)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = workbook_add_format(book);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "General");
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    f.failing = workbook_add_format(book);
    format_set_bg_color(f.failing, 0xFFC7CE);
    format_set_font_color(f.failing, 0x9C0006);
    format_set_bold(f.failing);
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    return f;
}

} // namespace

QByteArray FindingsWorkbook::build(const QList<ReportFindings>& findings, const FindingsLanguage& language,
                                   QString* error)
{
    // libxlsxwriter 1.1.4 (Debian 12) writes to a file only: a private temporary folder, read back.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QCoreApplication::translate("jiaohe::FindingsWorkbook", "cannot create a temporary folder: %1")
                     .arg(dir.errorString());
        return {};
    }
    const QByteArray file = QFile::encodeName(dir.filePath(QStringLiteral("findings.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* book = workbook_new_opt(file.constData(), &options);
    if (!book) {
        *error = QCoreApplication::translate("jiaohe::FindingsWorkbook", "the workbook cannot be created");
        return {};
    }
    const QString h = language.headers;
    QByteArray title =
        findingswords::in({"政府信息公开工作年度报告审核意见", "Findings on the annual reports"}, h).toUtf8();
    QByteArray engine = EngineFingerprint::builtin().text().toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.comments = engine.data();
    properties.keywords = engine.data();
    workbook_set_properties(book, &properties);
    const Formats formats = addFormats(book);
    Sheet summary(book, findingswords::in({"汇总", "Summary"}, h), formats);
    Sheet flags(book, findingswords::in({"问题清单", "Flags"}, h), formats);
    Sheet fields(book, findingswords::in({"更正字段", "Corrected fields"}, h), formats);
    Sheet tables(book, findingswords::in({"模板表格", "Template tables"}, h), formats);
    writeSummary(summary, findings, language);
    writeFlags(flags, findings, language);
    writeFields(fields, findings, language);
    writeTables(tables, findings, formats, language);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("jiaohe::FindingsWorkbook", "the workbook cannot be written: %1")
                     .arg(QString::fromUtf8(lxw_strerror(e)));
        return {};
    }
    QFile out(QString::fromLocal8Bit(file));
    if (!out.open(QIODevice::ReadOnly)) {
        *error = out.errorString();
        return {};
    }
    return out.readAll();
}

bool FindingsWorkbook::writeFile(const QString& path, const QList<ReportFindings>& findings,
                                 const FindingsLanguage& language, const QStringList& protectedFiles, QString* error)
{
    // Refused before anything is built, as the CSV exports do.
    if (const QString problem = CsvWriter::targetProblem(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QByteArray bytes = build(findings, language, error);
    return !bytes.isEmpty() && CsvWriter::writeFile(path, bytes, error, protectedFiles);
}

} // namespace jiaohe
