// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jiaohe {

class Analysis;
class Document;
class AuditLog;
class FlagSync;
class ReportRepository;
class StoreContext;

// Stores analysed reports: each report whole or not at all, idempotent by content hash, a new version of a
// file (the same path, other bytes) carrying the old version's review over where the new text says the same.
// ImportService (import/) decides what to store and when; this decides how.
class ReportImporter
{
public:
    enum class Imported
    {
        Added,
        AlreadyPresent, // the same bytes were imported before
        NewVersion,     // the same file path with other bytes: a new version carrying the old review over
        Failed,
    };
    struct Outcome
    {
        Imported result = Imported::Failed;
        qint64 reportId = 0;
        QString error;
    };

    ReportImporter(StoreContext& context, ReportRepository& repository, FlagSync& flags, AuditLog& audit)
        : m_context(context), m_repository(repository), m_flags(flags), m_audit(audit)
    {}

    // Several reports in one transaction; each still whole. On a database error none of the batch is stored
    // and every outcome says so. An Analysis that could not be read is a failure with its own reason.
    QList<Outcome> importBatch(const QList<const Analysis*>& analyses);

private:
    bool insertReport(const Analysis& a, Outcome& out);
    qint64 insertRows(const Analysis& a, qint64 previous, const QString& previousStatus);
    // A PDF's pages and character boxes (BoxCodec), with the report; nothing for other formats.
    bool insertBoxes(qint64 id, const Document& d);
    // The earlier version's review onto the new one: decisions on unchanged fields and flags.
    bool carryOver(qint64 id, qint64 previous);

    StoreContext& m_context;
    ReportRepository& m_repository;
    FlagSync& m_flags;
    AuditLog& m_audit;
};

} // namespace jiaohe
