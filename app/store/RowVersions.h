// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>

#include <optional>

namespace jiaohe {

// The version of each report, field and flag row as this client last read it. Every decision raises its row's
// version; an action on a row whose version moved since this client read it (another reviewer's decision on a
// shared server, or another window on the same file) is refused instead of written over, so no one's work is
// lost silently. The versions an action writes count as read only once its transaction commits.
class RowVersions
{
public:
    enum class Table
    {
        Report,
        Field,
        Flag
    };

    // A read: the row as the reviewer now sees it (ReviewStore's reads; the actions' own reads are not the
    // reviewer's and are not recorded).
    void read(Table table, qint64 id, int version);
    // The version the client last read; nullopt when it never read the row (then nothing is compared).
    std::optional<int> seen(Table table, qint64 id) const;
    // A version written by the running action, kept when it commits (`commit`) and dropped when it fails.
    void wrote(Table table, qint64 id, int version);

    // Brackets an action: its writes are staged until `end(committed)`.
    void begin();
    void end(bool committed);

private:
    using Key = QPair<int, qint64>;
    QHash<Key, int> m_seen;
    QHash<Key, int> m_staged;
};

} // namespace jiaohe
