// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowVersions.h"

namespace jiaohe {

void RowVersions::read(Table table, qint64 id, int version)
{
    m_seen.insert({int(table), id}, version);
}

std::optional<int> RowVersions::seen(Table table, qint64 id) const
{
    const auto it = m_seen.constFind({int(table), id});
    return it == m_seen.cend() ? std::nullopt : std::optional<int>(*it);
}

void RowVersions::wrote(Table table, qint64 id, int version)
{
    m_staged.insert({int(table), id}, version);
}

void RowVersions::begin()
{
    m_staged.clear();
}

void RowVersions::end(bool committed)
{
    if (committed) {
        m_seen.insert(m_staged);
    }
    m_staged.clear();
}

} // namespace jiaohe
