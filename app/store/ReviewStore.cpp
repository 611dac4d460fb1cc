// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jiaohe {

ReviewStore::ReviewStore(Database& db)
    : m_context(db), m_repository(m_context), m_audit(m_context), m_claims(m_context, m_audit),
      m_flags(m_context, m_repository), m_importer(m_context, m_repository, m_flags, m_audit),
      m_actions(m_context, m_repository, m_flags, m_audit, m_claims)
{}

bool ReviewStore::setReviewer(const QString& name)
{
    Database& db = m_context.db();
    return db.transaction([&] {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (%1, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                      .arg(m_context.reviewerKey()));
        q.addBindValue(name.trimmed());
        return q.exec() || db.fail(QStringLiteral("save the reviewer's name"), q.lastError().databaseText());
    });
}

QList<StoredReport> ReviewStore::reports(bool includeSuperseded)
{
    const QList<StoredReport> out = m_repository.reports(includeSuperseded);
    for (const StoredReport& r : out) {
        m_context.versions().read(RowVersions::Table::Report, r.id, r.version);
    }
    return out;
}

std::optional<StoredReport> ReviewStore::report(qint64 id)
{
    const std::optional<StoredReport> r = m_repository.report(id);
    if (r) {
        m_context.versions().read(RowVersions::Table::Report, r->id, r->version);
    }
    return r;
}

QList<StoredField> ReviewStore::fields(qint64 reportId)
{
    const QList<StoredField> out = m_repository.fields(reportId);
    QHash<qint64, QString>& keys = m_fieldKeysRead[reportId];
    keys.clear();
    for (const StoredField& f : out) {
        m_context.versions().read(RowVersions::Table::Field, f.id, f.version);
        keys.insert(f.id, f.key);
    }
    return out;
}

QStringList ReviewStore::fieldsChangedSinceRead(qint64 reportId)
{
    QStringList changed;
    QHash<qint64, QString> gone = m_fieldKeysRead.value(reportId);
    for (const StoredField& f : m_repository.fields(reportId)) {
        const std::optional<int> seen = m_context.versions().seen(RowVersions::Table::Field, f.id);
        if (!seen || *seen != f.version) {
            changed.append(f.key);
        }
        gone.remove(f.id);
    }
    for (const QString& key : std::as_const(gone)) {
        if (!changed.contains(key)) {
            changed.append(key);
        }
    }
    return changed;
}

QList<StoredFlag> ReviewStore::flags(qint64 reportId, bool includeInactive)
{
    const QList<StoredFlag> out = m_repository.flags(reportId, includeInactive);
    for (const StoredFlag& f : out) {
        m_context.versions().read(RowVersions::Table::Flag, f.id, f.version);
    }
    return out;
}

std::optional<StoredFlag> ReviewStore::flagWithIdentity(qint64 reportId, const QString& identity)
{
    const std::optional<StoredFlag> f = m_repository.flagWithIdentity(reportId, identity);
    if (f) {
        m_context.versions().read(RowVersions::Table::Flag, f->id, f->version);
    }
    return f;
}

} // namespace jiaohe
