// SPDX-License-Identifier: GPL-3.0-or-later
#include "Overview.h"

#include "document/BodyName.h"
#include "extract/FieldCatalogue.h"
#include "store/Database.h"
#include "store/FlagTargets.h"
#include "store/ReviewStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

namespace {

QList<std::pair<QString, int>> counts(Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    QList<std::pair<QString, int>> out;
    if (!q.exec(sql)) {
        *error = db.describe(QStringLiteral("read the overview"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return out;
}

} // namespace

Overview OverviewReader::read(ReviewStore& store, QString* error)
{
    error->clear();
    Database& db = store.database();
    Overview o;
    o.reportsByStatus = counts(db,
                               QStringLiteral("SELECT status, count(*) FROM reports WHERE superseded = 0 "
                                              "GROUP BY status ORDER BY CASE status WHEN 'unreviewed' THEN 0 "
                                              "WHEN 'in_review' THEN 1 ELSE 2 END"),
                               error);
    o.openFlagsByKind = counts(db,
                               QStringLiteral("SELECT g.kind, count(*) FROM open_flags g JOIN reports r ON "
                                              "r.id = g.report_id WHERE r.superseded = 0 GROUP BY g.kind "
                                              "ORDER BY 2 DESC, 1"),
                               error);
    o.bodiesByErrors = counts(db,
                              QStringLiteral("SELECT r.body_key, count(*) FROM open_flags g JOIN reports r ON "
                                             "r.id = g.report_id WHERE r.superseded = 0 AND g.severity = 'error' "
                                             "AND r.body_key != '' GROUP BY r.body_key ORDER BY 2 DESC, 1 LIMIT 10"),
                              error);
    return o;
}

QStringList OverviewReader::bodiesAcrossYears(ReviewStore& store)
{
    QString error;
    QStringList out;
    const auto rows = counts(store.database(),
                             QStringLiteral("SELECT body_key, count(DISTINCT year) FROM reports WHERE superseded = 0 "
                                            "AND body_key != '' AND year IS NOT NULL GROUP BY body_key "
                                            "ORDER BY 2 DESC, 1"),
                             &error);
    for (const auto& [region, years] : rows) {
        out.append(region);
    }
    return out;
}

QStringList OverviewReader::fieldsOf(ReviewStore& store, const QString& body)
{
    QSet<QString> present;
    for (const StoredReport& r : store.reports()) {
        if (bodyKey(r.region) == body) {
            for (const StoredField& f : store.fields(r.id)) {
                present.insert(f.key);
            }
        }
    }
    QStringList out;
    for (const FieldDef& def : FieldCatalogue::builtin().fields()) {
        if (present.contains(def.key)) {
            out.append(def.key);
        }
    }
    return out;
}

QString OverviewReader::suggestedField(ReviewStore& store, const QString& body)
{
    const QStringList keys = fieldsOf(store, body);
    for (const StoredReport& r : store.reports()) {
        if (bodyKey(r.region) != body) {
            continue;
        }
        const QList<StoredField> fields = store.fields(r.id);
        for (const StoredFlag& flag : store.flags(r.id, true)) {
            if (flag.kind == u"year") {
                for (const QString& key : keys) {
                    if (FlagTargets::fieldsTouched(flag, fields).contains(key)) {
                        return key;
                    }
                }
            }
        }
    }
    for (const char* preferred : {"requests.total", "t3.new.total"}) {
        if (keys.contains(QLatin1String(preferred))) {
            return QLatin1String(preferred);
        }
    }
    return keys.value(0);
}

FieldSeries OverviewReader::series(ReviewStore& store, const QString& body, const QString& key)
{
    FieldSeries s;
    s.body = body;
    s.key = key;
    for (const StoredReport& r : store.reports()) {
        if (bodyKey(r.region) != body || !r.year) {
            continue;
        }
        const QList<StoredField> fields = store.fields(r.id);
        for (const StoredField& f : fields) {
            if (f.key == key && f.finalValue()) {
                s.values.append({*r.year, *f.finalValue()});
            }
        }
        for (const StoredFlag& flag : store.flags(r.id, true)) {
            if (flag.kind == u"year" && (flag.active || flag.resolution != Resolution::Open) &&
                FlagTargets::fieldsTouched(flag, fields).contains(key) && !s.flaggedYears.contains(*r.year)) {
                s.flaggedYears.append(*r.year);
            }
        }
    }
    std::sort(s.values.begin(), s.values.end());
    std::sort(s.flaggedYears.begin(), s.flaggedYears.end());
    return s;
}

} // namespace jiaohe
