// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoxCodec.h"
#include "Records.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace jiaohe {

class StoreContext;

// The read side of the review database: reports, fields, flags and statistics as records (the row mapping
// is here and only here). Reads go through the schema's views `field_values` (a field's final value) and
// `open_flags` (the flags a reviewer still has to decide), as the exporter and the window's queue do.
class ReportRepository
{
public:
    explicit ReportRepository(StoreContext& context) : m_context(context) {}

    QList<StoredReport> reports(bool includeSuperseded = false);
    std::optional<StoredReport> report(qint64 id);
    QString originalText(qint64 reportId);
    // A PDF report's pages and character boxes as stored with it (still encoded); nothing when it has none (not a
    // PDF, or imported before the boxes were kept) or on a database error.
    std::optional<BoxCodec::Encoded> reportBoxes(qint64 reportId);
    QList<StoredField> fields(qint64 reportId);
    std::optional<StoredField> field(qint64 reportId, const QString& key);
    QList<StoredFlag> flags(qint64 reportId, bool includeInactive = false);
    std::optional<StoredFlag> flag(qint64 flagId, qint64* reportId = nullptr);
    // A report's flag by the identity `check --json` prints as its "id" (active or not).
    std::optional<StoredFlag> flagWithIdentity(qint64 reportId, const QString& identity);
    StoreStats stats();

    std::optional<qint64> reportWithHash(const QByteArray& contentHash);
    // The one other current report of the same body (BodyName.h) for a year: its id, 0 when there is none or
    // more than one; nothing on a database error.
    std::optional<qint64> sameBodyReport(qint64 reportId, const QString& region, int year);

private:
    QList<StoredField> readFields(const QString& where, const QList<QVariant>& values);
    QList<StoredFlag> readFlags(const QString& where, const QList<QVariant>& values, qint64* reportId = nullptr);

    StoreContext& m_context;
};

} // namespace jiaohe
