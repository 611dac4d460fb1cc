// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportColumns.h"

#include "pipeline/EngineFingerprint.h"

#include <array>
#include <cmath>

namespace jiaohe::exportparts {

namespace {

struct Word
{
    const char* code;
    const char* zh;
    const char* en;
};

// The words of the codes people read in an export: field statuses, flag decisions, report statuses,
// severities. "as_printed" is the field status the window calls "source error" (原文有误).
constexpr std::array<Word, 16> words{{
    {"unreviewed", "未审核", "unreviewed"},
    {"confirmed", "已确认", "confirmed"},
    {"corrected", "已更正", "corrected"},
    {"as_printed", "原文有误", "source error"},
    {"not_applicable", "不适用", "not applicable"},
    {"open", "待处理", "open"},
    {"fixed", "已采纳修正", "fix accepted"},
    {"source_error", "原文有误", "source error"},
    {"dismissed", "已忽略", "dismissed"},
    {"in_review", "审核中", "in review"},
    {"reviewed", "已审核", "reviewed"},
    {"error", "错误", "error"},
    {"warning", "警告", "warning"},
    {"info", "提示", "info"},
    {"yes", "是", "yes"},
    {"no", "否", "no"},
}};

} // namespace

QStringList headerRow(const QList<Column>& columns, Exporter::Headers headers)
{
    QStringList row;
    for (const Column& c : columns) {
        row.append(QString::fromUtf8(headers == Exporter::Headers::Zh   ? c.zh
                                     : headers == Exporter::Headers::En ? c.en
                                                                        : c.key));
    }
    return row;
}

QString codeCell(const QString& code, Exporter::Headers headers)
{
    if (headers == Exporter::Headers::Keys) {
        return code;
    }
    for (const Word& w : words) {
        if (code == QLatin1String(w.code)) {
            return QString::fromUtf8(headers == Exporter::Headers::Zh ? w.zh : w.en);
        }
    }
    return code;
}

QString numberCell(const QVariant& v)
{
    if (v.isNull()) {
        return QString();
    }
    const double d = v.toDouble();
    if (std::abs(d - std::round(d)) < 1e-9 && std::abs(d) < 9e15) {
        return QString::number(qint64(std::llround(d)));
    }
    return QString::number(d, 'g', 15);
}

const Column engineColumn = {"engine", "引擎版本", "Engine"};

QString engineCell()
{
    return EngineFingerprint::builtin().text();
}

} // namespace jiaohe::exportparts
