// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace jiaohe {

class Database;

// `jiaohe copy`: a whole review database from a file to a server or back (an offline snapshot), decisions and
// audit included. The source is opened for reading only and read in one snapshot; the target must be new or
// empty (Jiaohe's schema with no reports); every table the source's schema holds is copied, rows with their own
// ids (a server's sequences set after them), in one transaction on the target, in multi-row prepared INSERTs.
// The audit is append-only (triggers refuse UPDATE and DELETE): its entries are inserted as they are, with their
// times and database users. Before committing, each table's rows are counted and summed (a hash of each row's
// values) on both sides; any difference rolls the copy back.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::StoreCopy)
public:
    struct Table
    {
        QString name;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        quint64 sourceSum = 0; // the sum of the rows' hashes: the same rows in any order give the same sum
        quint64 targetSum = 0;
        bool matches() const { return sourceRows == targetRows && sourceSum == targetSum; }
    };

    // Copies `from` into `to` (a file or a postgresql:// URI each). False with `error()` set when it could not, and
    // then nothing was written to the target (a target file the copy created is removed again).
    bool run(const QString& from, const QString& to);
    // Each table copied, in the order copied, with its counts (also after a failed comparison).
    const QList<Table>& tables() const { return m_tables; }
    QString error() const { return m_error; }
    // The names as shown (a URI without its password).
    QString sourceName() const { return m_sourceName; }
    QString targetName() const { return m_targetName; }

    // Test seam: runs on the target inside the copy's transaction after the rows are written and before they are
    // compared (to prove that a difference rolls the copy back).
    void setBeforeCompare(std::function<void(Database& target)> hook) { m_beforeCompare = std::move(hook); }

private:
    bool copyAll(Database& source, Database& target);
    // The target holds no review yet: no rows but in the tables Jiaohe writes when it opens a database, which the
    // source's rows then replace.
    bool targetIsEmpty(Database& target, const QList<SchemaTables::Table>& tables);
    bool copyTable(Database& source, Database& target, const SchemaTables::Table& table, Table* counts);
    bool insertRows(Database& target, const SchemaTables::Table& table, QSqlQuery& insert,
                    const QList<QVariantList>& rows);
    bool sumRows(Database& db, const SchemaTables::Table& table, qint64* rows, quint64* sum);
    bool setSequences(Database& target, const SchemaTables::Table& table);
    bool fail(Database& db, const QString& what, const QString& message);

    QList<Table> m_tables;
    QString m_error;
    QString m_sourceName;
    QString m_targetName;
    std::function<void(Database&)> m_beforeCompare;
};

} // namespace jiaohe
