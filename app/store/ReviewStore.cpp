#include "ReviewStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jiaohe {

ReviewStore::ReviewStore(Database& db)
    : m_context(db), m_repository(m_context), m_audit(m_context), m_flags(m_context, m_repository),
      m_importer(m_context, m_repository, m_flags, m_audit), m_actions(m_context, m_repository, m_flags, m_audit)
{}

bool ReviewStore::setReviewer(const QString& name)
{
    Database& db = m_context.db();
    return db.transaction([&] {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES ('reviewer', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(name.trimmed());
        return q.exec() || db.fail(QStringLiteral("save the reviewer's name"), q.lastError().databaseText());
    });
}

} // namespace jiaohe
