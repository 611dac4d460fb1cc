// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveUpdates.h"

#include "ReviewSession.h"
#include "store/SqlDialect.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace jiaohe {

LiveUpdates::LiveUpdates(ReviewSession* session) : QObject(session), m_session(session), m_editing(&editorOpen)
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveUpdates::apply);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveUpdates::pollFile);
    connect(session, &ReviewSession::databaseChanged, this, &LiveUpdates::onDatabaseChanged);
}

void LiveUpdates::onDatabaseChanged()
{
    // A new database (or none): what was waiting belonged to the one before.
    m_coalesce.stop();
    m_poll.stop();
    m_pending.clear();
    m_pendingUnknown = false;
    m_listening = false;
    m_dataVersion = -1;
    m_schema.clear();
    if (!m_session->isOpen()) {
        return;
    }
    Database& db = m_session->database();
    if (db.isServer()) {
        QSqlQuery schema(db.connection());
        m_schema = schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next() ? schema.value(0).toString()
                                                                                           : QString();
        QSqlDriver* driver = db.connection().driver();
        m_listening = driver->subscribeToNotification(SqlDialect::changesChannel());
        // The driver goes with the connection, and the connection with it.
        connect(driver, &QSqlDriver::notification, this, &LiveUpdates::onNotification, Qt::UniqueConnection);
        return;
    }
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
        m_dataVersion = q.value(0).toLongLong();
        m_poll.start();
    }
}

void LiveUpdates::onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != SqlDialect::changesChannel() || source == QSqlDriver::SelfSource) {
        return; // this window's own change: the session has said what it changed
    }
    // "schema:report id" (SqlDialect::notifyChange): another schema's changes are another database's.
    const QString text = payload.toString();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0 || text.left(colon) != m_schema) {
        return;
    }
    bool ok = false;
    const qint64 reportId = text.mid(colon + 1).toLongLong(&ok);
    if (ok && reportId > 0) {
        m_pending.insert(reportId);
    } else {
        m_pendingUnknown = true;
    }
    if (!m_coalesce.isActive()) {
        m_coalesce.start(CoalesceMs);
    }
}

void LiveUpdates::pollFile()
{
    // Another connection's commit moves data_version; this connection's own never does.
    QSqlQuery q(m_session->database().connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        return;
    }
    const qint64 version = q.value(0).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        m_pendingUnknown = true;
        if (!m_coalesce.isActive()) {
            m_coalesce.start(CoalesceMs);
        }
    }
}

void LiveUpdates::apply()
{
    if (!m_session->isOpen() || (m_pending.isEmpty() && !m_pendingUnknown)) {
        return;
    }
    if (m_editing && m_editing()) {
        m_coalesce.start(RetryMs); // read when the edit is over
        return;
    }
    QList<qint64> reports;
    if (!m_pendingUnknown) {
        reports = m_pending.values();
        std::sort(reports.begin(), reports.end());
    }
    m_pending.clear();
    m_pendingUnknown = false;
    m_session->reloadChangedElsewhere(reports);
}

bool LiveUpdates::editorOpen()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        return false;
    }
    if (QApplication::activeModalWidget()) {
        return true;
    }
    // An item view's editor is a child of the view's viewport.
    const QWidget* focus = QApplication::focusWidget();
    const QWidget* viewport = focus ? focus->parentWidget() : nullptr;
    const auto* view = viewport ? qobject_cast<const QAbstractItemView*>(viewport->parentWidget()) : nullptr;
    return view && view->viewport() == viewport;
}

} // namespace jiaohe
