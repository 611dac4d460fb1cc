// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <functional>

namespace jiaohe {

class ReviewSession;

// Changes made by others reach the open window (issue 16). On a server the session's connection listens on the
// store's channel (SqlDialect::changesChannel): every change another client commits names its report, and the
// store sends it inside the change's transaction, so a change rolled back is never heard of. The window's own
// changes (the same backend) are ignored: the session already said what they changed. A burst (an import of many
// reports, a re-check touching several) is gathered for CoalesceMs and read once. On an SQLite file, another
// window or process writing the same file shows in PRAGMA data_version, looked at every PollMs (one cheap
// statement; which reports changed is not known, so the queue and the open report are read again).
// While the reviewer is in the middle of an edit (a dialog open, an editor open in a list) the changes wait until
// the edit ends: what they are typing is not changed under them, and the store refuses their decision if the row
// moved meanwhile (RowVersions).
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 100;
    static constexpr int PollMs = 1000;
    static constexpr int RetryMs = 300;

    explicit LiveUpdates(ReviewSession* session);

    // Seam: whether an edit is in progress (by default: a modal dialog is open, or the focus is in an item
    // view's editor).
    void setEditInProgress(std::function<bool()> editing) { m_editing = std::move(editing); }
    // Whether the open database tells this window of others' changes (a server listening, or a file watched).
    bool isWatching() const { return m_listening || m_poll.isActive(); }

private:
    void onDatabaseChanged();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void pollFile();
    void apply();
    static bool editorOpen();

    ReviewSession* m_session;
    QTimer m_coalesce;
    QTimer m_poll;
    QSet<qint64> m_pending;
    bool m_pendingUnknown = false; // something changed, which reports is not known (a file's data_version)
    bool m_listening = false;
    qint64 m_dataVersion = -1;
    QString m_schema; // on a server, the review database's schema (the payload names it)
    std::function<bool()> m_editing;
};

} // namespace jiaohe
