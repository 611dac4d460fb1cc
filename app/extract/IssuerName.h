// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jiaohe {

class Document;
class Layout;

// The body that publishes a report (its issuer), found where reports name it: the title line, a 发布机构 line,
// the signature above the date at the end, the opening sentence ("本报告由XX编制"), and only then the name
// most often written before (人民)政府. A name is given in full as written, or not at all: a candidate that
// could be a fragment (过X县, 照省, 省委省, 我镇) is refused, and so is a city found by counting when the report
// speaks as a department (我局, 本委). Pure and deterministic: no hash order decides anything.
namespace issuer {

struct Found
{
    QString name;
    qsizetype start = -1; // in Document::normalised
    bool isFound() const { return start >= 0 && !name.isEmpty(); }
};

// Whether a text can be a body's full name: Han characters ending as bodies and regions end (市, 县, 局,
// 委员会, 办公室, 街道办事处…), not opening with a verb, a preposition or a region ending, and not a generic
// 我市/全县.
bool plausibleName(QStringView name);

// The kind of body a report speaks as when it says 我局/本委/我镇 (the ending: 局, 委, 镇…); empty when it
// speaks as a government (我市, 我县, 本机关) or never says.
QString selfReference(const Document& doc, const Layout& layout);

// The title line's name: before the year ("XX县水务局2023年…") or between the year and 政府信息公开
// ("2023年XX县水务局政府信息公开…"); titleLine and the year's span come from the year search.
Found fromTitle(const Document& doc, const Layout& layout, int titleLine, qsizetype yearStart, qsizetype yearEnd);
// "发布机构：XX" and its kin near the top.
Found fromPublisherLine(const Document& doc, const Layout& layout);
// A name on a line of its own among the last lines, next to the date of signing.
Found fromSignature(const Document& doc, const Layout& layout);
// "本报告由XX编制", "XX对2023年政府信息公开工作进行梳理…形成本报告".
Found fromOpening(const Document& doc, const Layout& layout);
// The name most often written before (人民)政府, when it stands on its own somewhere in the text.
Found fromGovernmentMentions(const Document& doc, const Layout& layout);

// All of the above in order; nothing when no source gives a name the report's self-reference agrees with.
Found find(const Document& doc, const Layout& layout, int titleLine, qsizetype yearStart, qsizetype yearEnd);

} // namespace issuer
} // namespace jiaohe
