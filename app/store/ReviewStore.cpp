#include "ReviewStore.h"

#include "check/Checker.h"
#include "check/TableChecks.h"
#include "document/BodyName.h"
#include "pipeline/Analysis.h"
#include "common/NumberText.h"
#include "document/Document.h"
#include "extract/Extractor.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace jiaohe {

namespace {

QString formatText(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Pdf:
        return QStringLiteral("pdf");
    case SourceFormat::PlainText:
        break;
    }
    return QStringLiteral("text");
}

SourceFormat formatOf(const QString& s)
{
    if (s == u"html") {
        return SourceFormat::Html;
    }
    if (s == u"pdf") {
        return SourceFormat::Pdf;
    }
    return SourceFormat::PlainText;
}

QString suggestionText(const std::optional<Suggestion>& s)
{
    if (!s) {
        return QString();
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("value"), jsonNumber(s->value)},
                                                       {QStringLiteral("start"), qint64(s->start)},
                                                       {QStringLiteral("end"), qint64(s->end)}})
                                 .toJson(QJsonDocument::Compact));
}

const QSet<QString>& fieldStatuses()
{
    static const QSet<QString> s = {QStringLiteral("unreviewed"), QStringLiteral("confirmed"),
                                    QStringLiteral("corrected"), QStringLiteral("as_printed"),
                                    QStringLiteral("not_applicable")};
    return s;
}

// The ten columns a flag row is written with: report_id, identity, rule, kind, severity, message_zh,
// message_en, numbers, spans, suggestion.
// The eleven columns a flag row is written with (see bindFlag's list above, then related_report_id).
void bindFlag(QSqlQuery& q, qint64 reportId, const QString& identity, const Flag& flag)
{
    q.addBindValue(reportId);
    q.addBindValue(identity);
    q.addBindValue(flag.rule);
    q.addBindValue(flag.kind);
    q.addBindValue(severityName(flag.severity));
    q.addBindValue(flag.messageZh);
    q.addBindValue(flag.messageEn);
    q.addBindValue(toJsonText(flag.values));
    q.addBindValue(toJsonText(flag.spans));
    const QString suggestion = suggestionText(flag.suggestion);
    q.addBindValue(suggestion.isEmpty() ? QVariant() : QVariant(suggestion));
    q.addBindValue(flag.relatedReport > 0 ? QVariant(flag.relatedReport) : QVariant());
}

} // namespace

QString storedIdentity(const Flag& flag)
{
    return flag.identity(); // span-less flags (missing sections) are told apart by their message there
}

// Written by hand rather than through QJsonDocument: the import stores two of these per flag, and the
// text is the same compact JSON ("[1103,35,1081]", "[[200,205],[210,213]]").
QString toJsonText(const QList<double>& numbers)
{
    QString out(1, u'[');
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += numberText(numbers.at(i));
    }
    out += u']';
    return out;
}

QString toJsonText(const QList<std::pair<qsizetype, qsizetype>>& spans)
{
    QString out(1, u'[');
    for (qsizetype i = 0; i < spans.size(); ++i) {
        out += QStringLiteral("%1[%2,%3]")
                   .arg(i > 0 ? QStringLiteral(",") : QString())
                   .arg(spans.at(i).first)
                   .arg(spans.at(i).second);
    }
    out += u']';
    return out;
}

std::optional<double> StoredField::finalValue() const
{
    if (status == u"not_applicable") {
        return std::nullopt;
    }
    if (status == u"corrected" && correctedValue) {
        return correctedValue;
    }
    if (!extracted) { // assigned from the text: only the reviewer's value exists
        return correctedValue;
    }
    return value;
}

ReviewStore::ReviewStore(Database& db) : m_db(db)
{
    m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_systemUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("reviewer")));
}

QString ReviewStore::now() const
{
    if (!m_batchNow.isEmpty()) {
        return m_batchNow; // one import batch is one moment
    }
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

QSqlQuery& ReviewStore::statement(const QString& sql)
{
    if (m_batchNow.isEmpty()) {
        // Outside an import batch nothing is kept: the connection may close or reopen between actions.
        m_scratch = QSqlQuery(m_db.connection());
        m_scratch.prepare(sql);
        return m_scratch;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db.connection()));
        it->prepare(sql);
    }
    return *it;
}

QString ReviewStore::reviewer() const
{
    if (!m_batchReviewer.isEmpty()) {
        return m_batchReviewer;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'reviewer'"));
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty()) {
        return q.value(0).toString();
    }
    return m_systemUser;
}

bool ReviewStore::setReviewer(const QString& name)
{
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES ('reviewer', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(name.trimmed());
        return q.exec() || m_db.fail(QStringLiteral("save the reviewer's name"), q.lastError().databaseText());
    });
}

bool ReviewStore::injected(const QString& action)
{
    if (m_fault && !m_fault(action)) {
        m_db.fail(action, QStringLiteral("injected failure"));
        return true;
    }
    return false;
}

bool ReviewStore::audit(qint64 reportId, const QString& fieldKey, qint64 flagId, const QString& action,
                        const QString& oldValue, const QString& newValue, const QString& reason)
{
    QSqlQuery& q =
        statement(QStringLiteral("INSERT INTO audit(at, who, report_id, field_key, flag_id, action, old_value, "
                                 "new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(now());
    q.addBindValue(reviewer());
    q.addBindValue(reportId ? QVariant(reportId) : QVariant());
    q.addBindValue(fieldKey.isEmpty() ? QVariant() : QVariant(fieldKey));
    q.addBindValue(flagId ? QVariant(flagId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue));
    q.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue));
    q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    return q.exec() || m_db.fail(QStringLiteral("write the audit log"), q.lastError().databaseText());
}

std::optional<qint64> ReviewStore::reportWithHash(const QByteArray& contentHash)
{
    QSqlQuery& q = statement(QStringLiteral("SELECT id FROM reports WHERE content_hash = ?"));
    q.addBindValue(QString::fromLatin1(contentHash));
    std::optional<qint64> id;
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong();
    }
    q.finish(); // an open statement would keep the transaction from committing
    return id;
}

bool ReviewStore::insertReport(const Analysis& a, ImportOutcome& out)
{
    const Document& d = a.document;
    QSqlDatabase& db = m_db.connection();
    if (auto existing = reportWithHash(d.contentHash)) {
        out.result = Imported::AlreadyPresent;
        out.reportId = *existing;
        return true;
    }
    // The same file however it was named (./a.txt, a.txt, /dir/a.txt): versions are found by path.
    const QString filePath = a.filePath.isEmpty() ? QString() : QFileInfo(a.filePath).absoluteFilePath();
    // An earlier version: the same file path, other bytes.
    qint64 previous = 0;
    QString previousStatus;
    {
        QSqlQuery& q = statement(QStringLiteral("SELECT id, status FROM reports WHERE file_path = ? AND superseded = 0 "
                                                "ORDER BY id DESC LIMIT 1"));
        q.addBindValue(filePath);
        if (!q.exec()) {
            return m_db.fail(QStringLiteral("look up earlier versions"), q.lastError().databaseText());
        }
        if (q.next()) {
            previous = q.value(0).toLongLong();
            previousStatus = q.value(1).toString();
        }
        q.finish();
    }
    const QString at = now();
    QSqlQuery& r = statement(
        QStringLiteral("INSERT INTO reports(file_path, file_name, content_hash, encoding, format, original_text, "
                       "year, region, status, imported_at, previous_id, body_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    r.addBindValue(filePath);
    r.addBindValue(QFileInfo(filePath).fileName());
    r.addBindValue(QString::fromLatin1(d.contentHash));
    r.addBindValue(d.encoding);
    r.addBindValue(formatText(d.format));
    r.addBindValue(d.original);
    r.addBindValue(a.extraction.year ? QVariant(*a.extraction.year) : QVariant());
    r.addBindValue(a.extraction.region.isEmpty() ? QVariant() : QVariant(a.extraction.region));
    const bool carried = previous && (previousStatus == u"reviewed" || previousStatus == u"in_review");
    r.addBindValue(carried ? QStringLiteral("in_review") : QStringLiteral("unreviewed"));
    r.addBindValue(at);
    r.addBindValue(previous ? QVariant(previous) : QVariant());
    const QString key = a.extraction.region.isEmpty() ? QString() : bodyKey(a.extraction.region);
    r.addBindValue(key.isEmpty() ? QVariant() : QVariant(key));
    if (!r.exec()) {
        return m_db.fail(QStringLiteral("store the report"), r.lastError().databaseText());
    }
    const qint64 id = r.lastInsertId().toLongLong();

    QSqlQuery& f = statement(
        QStringLiteral("INSERT INTO fields(report_id, key, value, unit, approx, evidence_start, evidence_end, "
                       "evidence_text, blank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ExtractedField& field : a.extraction.fields) {
        f.addBindValue(id);
        f.addBindValue(field.key);
        f.addBindValue(field.value);
        f.addBindValue(field.unit);
        f.addBindValue(field.approx ? 1 : 0);
        f.addBindValue(qint64(field.start));
        f.addBindValue(qint64(field.end));
        f.addBindValue(a.originalText(field.start, field.end));
        f.addBindValue(field.blank ? 1 : 0);
        if (!f.exec()) {
            return m_db.fail(QStringLiteral("store the fields"), f.lastError().databaseText());
        }
    }
    QSqlQuery& g = statement(
        QStringLiteral("INSERT INTO flags(report_id, identity, rule, kind, severity, message_zh, message_en, "
                       "numbers, spans, suggestion, related_report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> identities;
    QList<Flag> flags = a.flags;
    std::optional<QList<Flag>> acrossYears =
        yearFlags(id, a.extraction, a.extraction.year ? *a.extraction.year : 0, a.extraction.region);
    if (!acrossYears) {
        return false;
    }
    flags.append(*acrossYears);
    for (const Flag& flag : std::as_const(flags)) {
        const QString identity = storedIdentity(flag);
        if (identities.contains(identity)) {
            continue; // the same rule on the same cells once
        }
        identities.insert(identity);
        bindFlag(g, id, identity, flag);
        if (!g.exec()) {
            return m_db.fail(QStringLiteral("store the flags"), g.lastError().databaseText());
        }
    }
    if (previous) {
        // The old version's review carries over where the new text says the same: a field with the same
        // extracted value keeps its decision, a flag of the same rule on the same numbers keeps its resolution.
        QSqlQuery c(db);
        c.prepare(QStringLiteral(
            "UPDATE fields AS n SET status = o.status, corrected_value = o.corrected_value, note = o.note, "
            "reviewed_at = o.reviewed_at, reviewed_by = o.reviewed_by "
            "FROM fields AS o WHERE n.report_id = ? AND o.report_id = ? AND o.key = n.key AND o.value IS n.value"));
        c.addBindValue(id);
        c.addBindValue(previous);
        if (!c.exec()) {
            return m_db.fail(QStringLiteral("carry the review over"), c.lastError().databaseText());
        }
        // Corrections carried over change what the checks find (a corrected unit slip is no longer one):
        // re-run them, so the flags are those of the corrected report, as they were in the old version,
        // before the flag decisions are matched.
        QSqlQuery corrected(db);
        corrected.prepare(QStringLiteral("SELECT count(*) FROM fields WHERE report_id = ? AND status = 'corrected' "
                                         "AND corrected_value IS NOT NULL"));
        corrected.addBindValue(id);
        if (!corrected.exec() || !corrected.next()) {
            return m_db.fail(QStringLiteral("carry the review over"), corrected.lastError().databaseText());
        }
        const bool rerun = corrected.value(0).toInt() > 0;
        corrected.finish();
        if (rerun && !rerunChecks(id, false)) {
            return false;
        }
        QSqlQuery k(db);
        k.prepare(
            QStringLiteral("UPDATE flags AS n SET resolution = o.resolution, resolution_reason = o.resolution_reason "
                           "FROM flags AS o WHERE n.report_id = ? AND o.report_id = ? AND o.rule IS n.rule AND "
                           "o.numbers IS n.numbers"));
        k.addBindValue(id);
        k.addBindValue(previous);
        if (!k.exec()) {
            return m_db.fail(QStringLiteral("carry the review over"), k.lastError().databaseText());
        }
        QSqlQuery s(db);
        s.prepare(QStringLiteral("UPDATE reports SET superseded = 1 WHERE id = ?"));
        s.addBindValue(previous);
        if (!s.exec()) {
            return m_db.fail(QStringLiteral("mark the old version"), s.lastError().databaseText());
        }
    }
    // Next year's report of the same body, imported before this one, is checked against it now.
    if (a.extraction.year && !a.extraction.region.isEmpty()) {
        const std::optional<qint64> next = sameBodyReport(id, a.extraction.region, *a.extraction.year + 1);
        if (!next || (*next > 0 && !rerunChecks(*next, false))) {
            return false;
        }
    }
    if (!audit(id, QString(), 0, previous ? QStringLiteral("new_version") : QStringLiteral("import"),
               previous ? QString::number(previous) : QString(), QString::fromLatin1(d.contentHash))) {
        return false;
    }
    out.result = previous ? Imported::NewVersion : Imported::Added;
    out.reportId = id;
    return true;
}

ReviewStore::ImportOutcome ReviewStore::importAnalysis(const Analysis& analysis)
{
    const QList<ImportOutcome> outcomes = importBatch({&analysis});
    return outcomes.first();
}

QList<ReviewStore::ImportOutcome> ReviewStore::importBatch(const QList<const Analysis*>& analyses)
{
    QList<ImportOutcome> outcomes(analyses.size());
    m_error.clear();
    // One batch: one reviewer, one moment, the same prepared statements for every report.
    m_batchReviewer = reviewer();
    m_batchNow = now();
    const bool ok = m_db.transaction([&] {
        for (qsizetype i = 0; i < analyses.size(); ++i) {
            const Analysis* a = analyses.at(i);
            if (!a->ok()) {
                outcomes[i].result = Imported::Failed;
                outcomes[i].error = a->error;
                continue;
            }
            if (!insertReport(*a, outcomes[i])) {
                return false;
            }
        }
        return !injected(QStringLiteral("import"));
    });
    m_batchReviewer.clear();
    m_batchNow.clear();
    m_statements.clear();
    if (!ok) {
        for (ImportOutcome& o : outcomes) {
            if (o.result != Imported::Failed || o.error.isEmpty()) {
                o.result = Imported::Failed;
                o.reportId = 0;
                o.error = m_db.error();
            }
        }
    }
    return outcomes;
}

std::optional<qint64> ReviewStore::sameBodyReport(qint64 reportId, const QString& region, int year)
{
    if (region.isEmpty() || year <= 0) {
        return std::optional<qint64>(0);
    }
    const BodyName body = BodyName::of(region);
    const QString& key = body.key;
    if (key.isEmpty()) {
        return std::optional<qint64>(0);
    }
    // At most a few rows: two reports of the body for one year already make the answer "unknown" (a batch of
    // copies of one report must not make every import read all the others).
    QSqlQuery& q = statement(QStringLiteral("SELECT id, region FROM reports WHERE body_key = ? AND year = ? AND "
                                            "superseded = 0 AND id != ? LIMIT 16"));
    q.addBindValue(key);
    q.addBindValue(year);
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_db.fail(QStringLiteral("look up the same body's reports"), q.lastError().databaseText());
        return std::nullopt;
    }
    qint64 found = 0;
    int matches = 0;
    while (matches < 2 && q.next()) {
        const QString other = q.value(1).toString();
        if (other == region || body.sameAs(BodyName::of(other))) { // the same text needs no normalising
            found = q.value(0).toLongLong();
            ++matches;
        }
    }
    q.finish();
    return std::optional<qint64>(matches == 1 ? found : 0); // two candidates: which one is unknown
}

std::optional<QList<Flag>> ReviewStore::yearFlags(qint64 reportId, const Extraction& ex, int year,
                                                  const QString& region)
{
    const std::optional<qint64> previous = sameBodyReport(reportId, region, year - 1);
    if (!previous) {
        return std::nullopt;
    }
    if (*previous == 0) {
        return QList<Flag>();
    }
    // Last year's figures as reviewed: the corrected values where there are corrections.
    Extraction last;
    QSqlQuery& q = statement(QStringLiteral(
        "SELECT key, CASE WHEN status = 'corrected' AND corrected_value IS NOT NULL THEN corrected_value ELSE "
        "coalesce(value, corrected_value) END, evidence_start, evidence_end FROM fields WHERE report_id = ? AND "
        "status != 'not_applicable'"));
    q.addBindValue(*previous);
    if (!q.exec()) {
        m_db.fail(QStringLiteral("read last year's fields"), q.lastError().databaseText());
        return std::nullopt;
    }
    while (q.next()) {
        ExtractedField f;
        f.key = q.value(0).toString();
        f.value = q.value(1).toDouble();
        f.start = q.value(2).toLongLong();
        f.end = q.value(3).toLongLong();
        last.fields.append(f);
    }
    q.finish();
    last.year = year - 1;
    QList<Flag> flags = checkAcrossYears(ex, last);
    for (Flag& f : flags) {
        f.relatedReport = *previous;
    }
    return flags;
}

bool ReviewStore::rerunChecks(qint64 reportId, bool followNextYear)
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT original_text, format, year, region FROM reports WHERE id = ?"));
    r.addBindValue(reportId);
    if (!r.exec() || !r.next()) {
        return m_db.fail(QStringLiteral("read the report"), r.lastError().databaseText());
    }
    const Document doc = Document::fromText(r.value(0).toString(), formatOf(r.value(1).toString()));
    const Extractor extractor;
    Extraction ex = extractor.extract(doc);
    // The reviewer's corrections replace the printed numbers before the rules run again.
    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT key, corrected_value, evidence_start, evidence_end FROM fields WHERE "
                             "report_id = ? AND status = 'corrected' AND corrected_value IS NOT NULL"));
    f.addBindValue(reportId);
    if (!f.exec()) {
        return m_db.fail(QStringLiteral("read the corrections"), f.lastError().databaseText());
    }
    while (f.next()) {
        const QString key = f.value(0).toString();
        const double value = f.value(1).toDouble();
        const qsizetype start = f.value(2).toLongLong();
        const qsizetype end = f.value(3).toLongLong();
        bool found = false;
        for (ExtractedField& field : ex.fields) {
            if (field.key != key) {
                continue;
            }
            found = true;
            field.value = value;
            field.approx = false;
            // The number itself only when the evidence is still (over) the extracted one: a value assigned
            // from another place of the text leaves the statement the extractor (wrongly) mapped alone.
            if (field.statement >= 0 && start < field.end && end > field.start) {
                Quantity& q = ex.statements[field.statement].quantity;
                q.value = value;
                q.magnitude = 1;
                q.approx = false;
            } else {
                field.statement = -1;
                field.start = start;
                field.end = end;
            }
        }
        if (!found) { // a field the reviewer assigned from the text
            ExtractedField added;
            added.key = key;
            added.value = value;
            added.start = start;
            added.end = end;
            ex.fields.append(added);
        }
    }
    QList<Flag> now = Checker().check(doc, ex);
    const std::optional<QList<Flag>> acrossYears = yearFlags(reportId, ex, r.value(2).toInt(), r.value(3).toString());
    if (!acrossYears) {
        return false;
    }
    now.append(*acrossYears);
    QSet<QString> raised;
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO flags(report_id, identity, rule, kind, severity, message_zh, message_en, numbers, spans, "
        "suggestion, related_report_id, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
        "ON CONFLICT(report_id, identity) DO UPDATE SET "
        "severity = excluded.severity, message_zh = excluded.message_zh, message_en = excluded.message_en, "
        "numbers = excluded.numbers, suggestion = excluded.suggestion, "
        "related_report_id = excluded.related_report_id, active = 1"));
    for (const Flag& flag : now) {
        const QString identity = storedIdentity(flag);
        if (raised.contains(identity)) {
            continue;
        }
        raised.insert(identity);
        bindFlag(up, reportId, identity, flag);
        if (!up.exec()) {
            return m_db.fail(QStringLiteral("update the flags"), up.lastError().databaseText());
        }
    }
    // Flags the checks no longer raise keep their decision but leave the list.
    QSqlQuery all(db);
    all.prepare(QStringLiteral("SELECT id, identity FROM flags WHERE report_id = ? AND active = 1"));
    all.addBindValue(reportId);
    if (!all.exec()) {
        return m_db.fail(QStringLiteral("read the flags"), all.lastError().databaseText());
    }
    QList<qint64> gone;
    while (all.next()) {
        if (!raised.contains(all.value(1).toString())) {
            gone.append(all.value(0).toLongLong());
        }
    }
    QSqlQuery off(db);
    off.prepare(QStringLiteral("UPDATE flags SET active = 0 WHERE id = ?"));
    for (qint64 id : std::as_const(gone)) {
        off.addBindValue(id);
        if (!off.exec()) {
            return m_db.fail(QStringLiteral("update the flags"), off.lastError().databaseText());
        }
    }
    if (followNextYear) {
        // Next year's report of the same body is checked against this one's figures as now reviewed.
        const std::optional<qint64> next = sameBodyReport(reportId, r.value(3).toString(), r.value(2).toInt() + 1);
        return next && (*next == 0 || rerunChecks(*next, false));
    }
    return true;
}

bool ReviewStore::setFieldStatus(qint64 reportId, const QString& key, const QString& status, const QString& note)
{
    m_error.clear();
    if (!fieldStatuses().contains(status) || status == u"corrected") {
        m_error = QStringLiteral("“%1” is not a field status that needs no value (confirmed, as_printed, "
                                 "not_applicable, unreviewed)")
                      .arg(status);
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT status FROM fields WHERE report_id = ? AND key = ?"));
        q.addBindValue(reportId);
        q.addBindValue(key);
        if (!q.exec() || !q.next()) {
            m_error = QStringLiteral("report %1 has no field %2").arg(reportId).arg(key);
            return false;
        }
        const QString old = q.value(0).toString();
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE fields SET status = ?, corrected_value = CASE WHEN value IS NULL THEN "
                                 "corrected_value END, note = ?, reviewed_at = ?, "
                                 "reviewed_by = ? WHERE report_id = ? AND key = ?"));
        u.addBindValue(status);
        u.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
        u.addBindValue(now());
        u.addBindValue(reviewer());
        u.addBindValue(reportId);
        u.addBindValue(key);
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("save the field's status"), u.lastError().databaseText());
        }
        return audit(reportId, key, 0, QStringLiteral("field_status"), old, status, note) && rerunChecks(reportId) &&
               !injected(QStringLiteral("field_status"));
    });
}

bool ReviewStore::correctField(qint64 reportId, const QString& key, double value, const QString& status,
                               const QString& note)
{
    m_error.clear();
    if (status != u"corrected" && status != u"as_printed") {
        m_error = QStringLiteral("a corrected value is recorded as “corrected” or “as_printed”, not “%1”").arg(status);
        return false;
    }
    if (!std::isfinite(value)) {
        m_error = QStringLiteral("the value is not a number");
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT value, corrected_value, status FROM fields WHERE report_id = ? AND key = ?"));
        q.addBindValue(reportId);
        q.addBindValue(key);
        if (!q.exec() || !q.next()) {
            m_error = QStringLiteral("report %1 has no field %2").arg(reportId).arg(key);
            return false;
        }
        const QString old = q.value(1).isNull() ? numberText(q.value(0).toDouble()) : numberText(q.value(1).toDouble());
        QSqlQuery u(m_db.connection());
        // "as printed": the report itself is wrong; the printed value stays, the likely intended one is kept.
        u.prepare(QStringLiteral("UPDATE fields SET status = ?, corrected_value = ?, note = ?, reviewed_at = ?, "
                                 "reviewed_by = ? WHERE report_id = ? AND key = ?"));
        u.addBindValue(status);
        u.addBindValue(value);
        u.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
        u.addBindValue(now());
        u.addBindValue(reviewer());
        u.addBindValue(reportId);
        u.addBindValue(key);
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("save the correction"), u.lastError().databaseText());
        }
        return audit(reportId, key, 0,
                     status == u"corrected" ? QStringLiteral("field_correct") : QStringLiteral("field_as_printed"), old,
                     numberText(value), note) &&
               rerunChecks(reportId) && !injected(QStringLiteral("field_correct"));
    });
}

bool ReviewStore::assignField(qint64 reportId, const QString& key, double value, const QString& unit,
                              qsizetype start, qsizetype end)
{
    m_error.clear();
    if (!std::isfinite(value)) {
        m_error = QStringLiteral("the value is not a number");
        return false;
    }
    if (key.trimmed().isEmpty()) {
        m_error = QStringLiteral("no field is named");
        return false;
    }
    return m_db.transaction([&] {
        const QString text = originalText(reportId);
        if (start < 0 || end <= start || end > text.size()) {
            m_error = QStringLiteral("the evidence %1–%2 is not inside report %3's text (%4 characters)")
                          .arg(start)
                          .arg(end)
                          .arg(reportId)
                          .arg(text.size());
            return false;
        }
        const QString evidence = text.mid(start, end - start);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT value, corrected_value, status, evidence_text FROM fields "
                                 "WHERE report_id = ? AND key = ?"));
        q.addBindValue(reportId);
        q.addBindValue(key);
        if (!q.exec()) {
            return m_db.fail(QStringLiteral("read the field"), q.lastError().databaseText());
        }
        QString old;
        const bool exists = q.next();
        if (exists) {
            const QVariant v = q.value(1).isNull() ? q.value(0) : q.value(1);
            old = v.isNull() ? QString() : QStringLiteral("%1 「%2」").arg(numberText(v.toDouble()), q.value(3).toString());
        }
        QSqlQuery u(m_db.connection());
        if (exists) {
            u.prepare(QStringLiteral("UPDATE fields SET corrected_value = ?, unit = ?, evidence_start = ?, "
                                     "evidence_end = ?, evidence_text = ?, status = 'corrected', note = NULL, "
                                     "reviewed_at = ?, reviewed_by = ? WHERE report_id = ? AND key = ?"));
        } else {
            u.prepare(QStringLiteral("INSERT INTO fields(corrected_value, unit, evidence_start, evidence_end, "
                                     "evidence_text, status, reviewed_at, reviewed_by, report_id, key) "
                                     "VALUES (?, ?, ?, ?, ?, 'corrected', ?, ?, ?, ?)"));
        }
        u.addBindValue(value);
        u.addBindValue(unit);
        u.addBindValue(start);
        u.addBindValue(end);
        u.addBindValue(evidence);
        u.addBindValue(now());
        u.addBindValue(reviewer());
        u.addBindValue(reportId);
        u.addBindValue(key);
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("save the assigned value"), u.lastError().databaseText());
        }
        return audit(reportId, key, 0, QStringLiteral("field_assign"), old,
                     QStringLiteral("%1 「%2」").arg(numberText(value), evidence),
                     QStringLiteral("evidence %1–%2").arg(start).arg(end)) &&
               rerunChecks(reportId) && !injected(QStringLiteral("field_assign"));
    });
}

bool ReviewStore::restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot)
{
    m_error.clear();
    return m_db.transaction([&] {
        QSqlQuery u(m_db.connection());
        if (!snapshot) {
            u.prepare(QStringLiteral("DELETE FROM fields WHERE report_id = ? AND key = ?"));
            u.addBindValue(reportId);
            u.addBindValue(key);
        } else {
            const StoredField& f = *snapshot;
            u.prepare(QStringLiteral("UPDATE fields SET value = ?, unit = ?, approx = ?, evidence_start = ?, "
                                     "evidence_end = ?, evidence_text = ?, corrected_value = ?, status = ?, note = ?, "
                                     "reviewed_at = ?, reviewed_by = ? WHERE report_id = ? AND key = ?"));
            u.addBindValue(f.extracted ? QVariant(f.value) : QVariant());
            u.addBindValue(f.unit);
            u.addBindValue(f.approx ? 1 : 0);
            u.addBindValue(f.evidenceStart);
            u.addBindValue(f.evidenceEnd);
            u.addBindValue(f.evidenceText);
            u.addBindValue(f.correctedValue ? QVariant(*f.correctedValue) : QVariant());
            u.addBindValue(f.status);
            u.addBindValue(f.note.isEmpty() ? QVariant() : QVariant(f.note));
            u.addBindValue(f.reviewedAt.isEmpty() ? QVariant() : QVariant(f.reviewedAt));
            u.addBindValue(f.reviewedBy.isEmpty() ? QVariant() : QVariant(f.reviewedBy));
            u.addBindValue(reportId);
            u.addBindValue(key);
        }
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("restore the field"), u.lastError().databaseText());
        }
        if (snapshot && u.numRowsAffected() != 1) {
            m_error = QStringLiteral("report %1 has no field %2").arg(reportId).arg(key);
            return false;
        }
        const QString restored = snapshot ? QStringLiteral("%1 「%2」").arg(
                                                snapshot->finalValue() ? numberText(*snapshot->finalValue()) : QString(),
                                                snapshot->evidenceText)
                                          : QString();
        return audit(reportId, key, 0, QStringLiteral("field_restore"), QString(), restored, QString()) &&
               rerunChecks(reportId) && !injected(QStringLiteral("field_restore"));
    });
}

bool ReviewStore::resolveFlag(qint64 flagId, const QString& resolution, const QString& reason)
{
    m_error.clear();
    static const QSet<QString> resolutions = {QStringLiteral("open"), QStringLiteral("fixed"),
                                              QStringLiteral("source_error"), QStringLiteral("dismissed")};
    if (!resolutions.contains(resolution)) {
        m_error =
            QStringLiteral("“%1” is not a flag resolution (open, fixed, source_error, dismissed)").arg(resolution);
        return false;
    }
    if (resolution == u"dismissed" && reason.trimmed().isEmpty()) {
        m_error = QStringLiteral("dismissing a flag needs a reason");
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT report_id, resolution FROM flags WHERE id = ?"));
        q.addBindValue(flagId);
        if (!q.exec() || !q.next()) {
            m_error = QStringLiteral("there is no flag %1").arg(flagId);
            return false;
        }
        const qint64 reportId = q.value(0).toLongLong();
        const QString old = q.value(1).toString();
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE flags SET resolution = ?, resolution_reason = ? WHERE id = ?"));
        u.addBindValue(resolution);
        u.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        u.addBindValue(flagId);
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("save the flag's resolution"), u.lastError().databaseText());
        }
        return audit(reportId, QString(), flagId, QStringLiteral("flag_resolve"), old, resolution, reason) &&
               !injected(QStringLiteral("flag_resolve"));
    });
}

bool ReviewStore::setReportStatus(qint64 reportId, const QString& status)
{
    m_error.clear();
    if (status != u"unreviewed" && status != u"in_review" && status != u"reviewed") {
        m_error = QStringLiteral("“%1” is not a report status (unreviewed, in_review, reviewed)").arg(status);
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT status FROM reports WHERE id = ?"));
        q.addBindValue(reportId);
        if (!q.exec() || !q.next()) {
            m_error = QStringLiteral("there is no report %1").arg(reportId);
            return false;
        }
        const QString old = q.value(0).toString();
        QSqlQuery u(m_db.connection());
        const bool reviewed = status == u"reviewed";
        u.prepare(QStringLiteral("UPDATE reports SET status = ?, reviewed_at = ?, reviewed_by = ? WHERE id = ?"));
        u.addBindValue(status);
        u.addBindValue(reviewed ? QVariant(now()) : QVariant());
        u.addBindValue(reviewed ? QVariant(reviewer()) : QVariant());
        u.addBindValue(reportId);
        if (!u.exec()) {
            return m_db.fail(QStringLiteral("save the report's status"), u.lastError().databaseText());
        }
        return audit(reportId, QString(), 0, QStringLiteral("report_status"), old, status) &&
               !injected(QStringLiteral("report_status"));
    });
}

namespace {

StoredReport reportFrom(const QSqlQuery& q)
{
    StoredReport r;
    r.id = q.value(0).toLongLong();
    r.filePath = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.contentHash = q.value(3).toString();
    r.encoding = q.value(4).toString();
    r.format = q.value(5).toString();
    if (!q.value(6).isNull()) {
        r.year = q.value(6).toInt();
    }
    r.region = q.value(7).toString();
    r.status = q.value(8).toString();
    r.importedAt = q.value(9).toString();
    r.reviewedAt = q.value(10).toString();
    r.reviewedBy = q.value(11).toString();
    r.previousId = q.value(12).toLongLong();
    r.openFlags = q.value(13).toInt();
    return r;
}

const QString reportColumns = QStringLiteral(
    "r.id, r.file_path, r.file_name, r.content_hash, r.encoding, r.format, r.year, r.region, r.status, r.imported_at, "
    "r.reviewed_at, r.reviewed_by, r.previous_id, "
    "(SELECT count(*) FROM flags f WHERE f.report_id = r.id AND f.resolution = 'open' AND f.active = 1)");

} // namespace

QList<StoredReport> ReviewStore::reports(bool includeSuperseded)
{
    QList<StoredReport> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r %2 ORDER BY r.id")
                    .arg(reportColumns, includeSuperseded ? QString() : QStringLiteral("WHERE r.superseded = 0")))) {
        m_db.fail(QStringLiteral("list the reports"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        out.append(reportFrom(q));
    }
    return out;
}

std::optional<StoredReport> ReviewStore::report(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM reports r WHERE r.id = ?").arg(reportColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return reportFrom(q);
    }
    return std::nullopt;
}

QString ReviewStore::originalText(qint64 reportId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT original_text FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<StoredField> ReviewStore::fields(qint64 reportId)
{
    QList<StoredField> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, key, value, unit, approx, evidence_start, evidence_end, evidence_text, "
                             "corrected_value, status, note, reviewed_at, reviewed_by, blank FROM fields WHERE report_id = ? "
                             "ORDER BY id"));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_db.fail(QStringLiteral("read the fields"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        StoredField f;
        f.id = q.value(0).toLongLong();
        f.key = q.value(1).toString();
        f.extracted = !q.value(2).isNull();
        f.value = q.value(2).toDouble();
        f.unit = q.value(3).toString();
        f.approx = q.value(4).toBool();
        f.evidenceStart = q.value(5).toLongLong();
        f.evidenceEnd = q.value(6).toLongLong();
        f.evidenceText = q.value(7).toString();
        if (!q.value(8).isNull()) {
            f.correctedValue = q.value(8).toDouble();
        }
        f.status = q.value(9).toString();
        f.note = q.value(10).toString();
        f.reviewedAt = q.value(11).toString();
        f.reviewedBy = q.value(12).toString();
        f.blank = q.value(13).toBool();
        out.append(f);
    }
    return out;
}

QList<StoredFlag> ReviewStore::flags(qint64 reportId, bool includeInactive)
{
    QList<StoredFlag> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, identity, rule, kind, severity, message_zh, message_en, numbers, spans, "
                             "suggestion, resolution, resolution_reason, active, related_report_id FROM flags WHERE report_id = ? %1 "
                             "ORDER BY id")
                  .arg(includeInactive ? QString() : QStringLiteral("AND active = 1")));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_db.fail(QStringLiteral("read the flags"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        StoredFlag f;
        f.id = q.value(0).toLongLong();
        f.identity = q.value(1).toString();
        f.rule = q.value(2).toString();
        f.kind = q.value(3).toString();
        f.severity = q.value(4).toString();
        f.messageZh = q.value(5).toString();
        f.messageEn = q.value(6).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
            f.numbers.append(v.toDouble());
        }
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array()) {
            f.spans.append({v.toArray().at(0).toInteger(), v.toArray().at(1).toInteger()});
        }
        if (!q.value(9).isNull()) {
            const QJsonObject s = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
            f.suggestion =
                Suggestion{s.value(u"value").toDouble(), s.value(u"start").toInteger(), s.value(u"end").toInteger()};
        }
        f.resolution = q.value(10).toString();
        f.reason = q.value(11).toString();
        f.active = q.value(12).toBool();
        f.relatedReport = q.value(13).toLongLong();
        out.append(f);
    }
    return out;
}

StoreStats ReviewStore::stats()
{
    StoreStats s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral(
            "SELECT status, count(*) FROM reports WHERE superseded = 0 GROUP BY status ORDER BY status"))) {
        while (q.next()) {
            s.reportsByStatus.append({q.value(0).toString(), q.value(1).toInt()});
            s.reports += q.value(1).toInt();
        }
    }
    if (q.exec(QStringLiteral("SELECT f.kind, count(*) FROM flags f JOIN reports r ON r.id = f.report_id "
                              "WHERE r.superseded = 0 AND f.resolution = 'open' AND f.active = 1 "
                              "GROUP BY f.kind ORDER BY count(*) DESC, f.kind"))) {
        while (q.next()) {
            s.openFlagsByKind.append({q.value(0).toString(), q.value(1).toInt()});
        }
    }
    if (q.exec(QStringLiteral(
            "SELECT count(*) FROM fields f JOIN reports r ON r.id = f.report_id WHERE r.superseded = 0")) &&
        q.next()) {
        s.fields = q.value(0).toInt();
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next()) {
        s.auditEntries = q.value(0).toInt();
    }
    return s;
}

} // namespace jiaohe
