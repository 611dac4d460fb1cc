// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jiaohe {

// Matching one body's reports across years. Regions are written differently from year to year
// ("洪泽区人民政府", "淮安市洪泽区人民政府"): the key drops the 人民政府/政府 ending and the enclosing
// administrative units, keeping the innermost one with whatever follows it ("江苏省淮安市洪泽区" → "洪泽区",
// "淮安市财政局" stays, a department being named by its city). Simplified script, no spaces.
QString bodyKey(QStringView region);
// Raise it whenever bodyKey() gives another key for some region: the keys stored in a review database are
// then computed again when it is next opened for writing (Database::refreshBodyKeys).
constexpr int BodyKeyVersion = 1;

// Whether two regions name the same body: the same key, and the longer name ends with the shorter one
// ("淮安市洪泽区" and "洪泽区" do; "北京市朝阳区" and "长春市朝阳区" do not).
bool sameBody(QStringView a, QStringView b);

// Both forms of one region, computed once (normalising is the costly part): for comparing one region with
// many.
struct BodyName
{
    QString plain; // simplified script, no spaces, without the 人民政府/政府 ending
    QString key;   // bodyKey()
    static BodyName of(QStringView region);
    bool sameAs(const BodyName& other) const;
};

} // namespace jiaohe
