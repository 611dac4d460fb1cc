// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsWords.h"

#include "store/ExportColumns.h"

#include <array>

namespace jiaohe::findingswords {

namespace {

struct KindWord
{
    const char* code;
    Word word;
};

// The review window's words for the kinds (FlagsModel::kinds), in both languages.
constexpr std::array<KindWord, 9> kinds{{
    {"sum", {"合计", "Sum"}},
    {"percent", {"占比", "Share"}},
    {"percent_sum", {"占比之和", "Shares total"}},
    {"unit", {"单位笔误", "Unit slip"}},
    {"restatement", {"前后不一", "Restated"}},
    {"numbering", {"序号", "Numbering"}},
    {"missing_section", {"缺少内容", "Missing section"}},
    {"year", {"跨年度", "Across years"}},
    {"too_many_flags", {"问题过多", "Too many findings"}},
}};

} // namespace

QString in(const Word& word, const QString& lang)
{
    return QString::fromUtf8(lang == u"en" ? word.en : word.zh);
}

QString kind(const QString& code, const QString& lang)
{
    for (const KindWord& k : kinds) {
        if (code == QLatin1String(k.code)) {
            return in(k.word, lang);
        }
    }
    return code;
}

QString code(const QString& code, const QString& lang)
{
    return exportparts::codeCell(code, lang == u"en" ? Exporter::Headers::En : Exporter::Headers::Zh);
}

QString place(int line, int page, const QString& lang)
{
    QStringList parts;
    if (page > 0) {
        parts.append(lang == u"en" ? QStringLiteral("page %1").arg(page) : QStringLiteral("第%1页").arg(page));
    }
    if (line > 0) {
        parts.append(lang == u"en" ? QStringLiteral("line %1").arg(line) : QStringLiteral("第%1行").arg(line));
    }
    return parts.join(lang == u"en" ? QStringLiteral(", ") : QStringLiteral("，"));
}

} // namespace jiaohe::findingswords
