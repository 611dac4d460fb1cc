// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf/Glyph.h"

#include <QString>

namespace jiaohe::pdf {

bool isNoise(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF || c.unicode() == 0xAD;
}

QChar unifiedIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2F00 && u <= 0x2FD5) {
        const QString d = QChar::decomposition(u);
        return d.size() == 1 ? d.at(0) : c;
    }
    if (u >= 0x2E80 && u <= 0x2EF3) {
        struct Pair
        {
            char16_t radical;
            char16_t ideograph;
        };
        static constexpr Pair pairs[] = {
            {0x2E9F, u'母'}, {0x2EA0, u'民'}, {0x2EC4, u'西'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC9, u'贝'},
            {0x2ECB, u'车'}, {0x2ED1, u'長'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED8, u'青'}, {0x2ED9, u'韦'},
            {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EDD, u'食'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'},
            {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'}, {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'},
            {0x2EEA, u'黾'}, {0x2EEB, u'斉'}, {0x2EEC, u'齐'}, {0x2EED, u'歯'}, {0x2EEE, u'齿'}, {0x2EEF, u'竜'},
            {0x2EF0, u'龙'}, {0x2EF2, u'亀'}, {0x2EF3, u'龟'},
        };
        for (const Pair& p : pairs) {
            if (p.radical == u) {
                return QChar(p.ideograph);
            }
        }
    }
    return c;
}

} // namespace jiaohe::pdf
