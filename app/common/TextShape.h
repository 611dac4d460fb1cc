// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace jiaohe {

// A row of a table laid out as text: tab-separated cells, or several numbers side by side with only
// spaces between them ("5.属于三类内部事务信息  0  0  0"). Such lines are neither wrapped prose nor headings.
bool looksLikeTableRow(QStringView line);

} // namespace jiaohe
