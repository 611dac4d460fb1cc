#pragma once

#include "Database.h"
#include "check/Flag.h"
#include "extract/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace jiaohe {

class Analysis;

struct StoredReport
{
    qint64 id = 0;
    QString filePath;
    QString fileName;
    QString contentHash;
    QString encoding;
    QString format;
    std::optional<int> year;
    QString region;
    QString status; // unreviewed, in_review, reviewed
    QString importedAt;
    QString reviewedAt;
    QString reviewedBy;
    qint64 previousId = 0;
    int openFlags = 0;
};

struct StoredField
{
    qint64 id = 0;
    QString key;
    double value = 0;      // as extracted
    bool extracted = true; // false for a field the reviewer assigned from the text (value is then 0)
    bool blank = false;    // a template table cell printed blank: read as 0
    QString unit;
    bool approx = false;
    qsizetype evidenceStart = 0; // UTF-16 offsets in the report's original text
    qsizetype evidenceEnd = 0;
    QString evidenceText;
    std::optional<double> correctedValue;
    QString status; // unreviewed, confirmed, corrected, as_printed, not_applicable
    QString note;
    QString reviewedAt;
    QString reviewedBy;

    // What the report should say: the corrected value when corrected, otherwise the value as extracted;
    // nothing when the field does not apply.
    std::optional<double> finalValue() const;
};

struct StoredFlag
{
    qint64 id = 0;
    QString identity;
    QString rule;
    QString kind;
    QString severity;
    QString messageZh;
    QString messageEn;
    QList<double> numbers;
    QList<std::pair<qsizetype, qsizetype>> spans;
    std::optional<Suggestion> suggestion;
    QString resolution; // open, fixed, source_error, dismissed
    QString reason;
    bool active = true; // false when a re-run of the checks no longer raises it
    qint64 relatedReport = 0; // a check across years: last year's report
};

struct StoreStats
{
    QList<std::pair<QString, int>> reportsByStatus;
    QList<std::pair<QString, int>> openFlagsByKind;
    int reports = 0;
    int fields = 0;
    int auditEntries = 0;
};

// The reviewer's record: every report, field, correction and flag decision in the SQLite file. Every
// action is one transaction committed at once, with an append-only audit entry saying who changed
// what, when, from what to what.
class ReviewStore
{
public:
    explicit ReviewStore(Database& db);

    // Who appears in the audit log: the setting "reviewer" in the database, else the system user.
    QString reviewer() const;
    bool setReviewer(const QString& name);
    // Seams for tests: the clock and the system user name.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setSystemUser(const QString& user) { m_systemUser = user; }

    enum class Imported
    {
        Added,
        AlreadyPresent, // the same bytes were imported before
        NewVersion,     // the same file path with other bytes: a new version carrying the old review over
        Failed,
    };
    struct ImportOutcome
    {
        Imported result = Imported::Failed;
        qint64 reportId = 0;
        QString error;
    };
    // Stores a report whole or not at all (one transaction). The Analysis must have been read from a file.
    ImportOutcome importAnalysis(const Analysis& analysis);
    // Several reports in one transaction (faster); each still whole. On a database error none of the
    // batch is stored and every outcome says so.
    QList<ImportOutcome> importBatch(const QList<const Analysis*>& analyses);
    std::optional<qint64> reportWithHash(const QByteArray& contentHash);

    // Reviewer actions: each one transaction with its audit entry, and the checks re-run in the same
    // transaction so the flags follow the corrections.
    bool setFieldStatus(qint64 reportId, const QString& key, const QString& status, const QString& note = QString());
    bool correctField(qint64 reportId, const QString& key, double value,
                      const QString& status = QStringLiteral("corrected"), const QString& note = QString());
    // Assign from text: the number the reviewer picked at [start, end) of the report's original text becomes
    // the field's value and evidence, status "corrected" (a field the extractor missed gets its row here).
    bool assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                     qsizetype end);
    // Puts a field back exactly as a snapshot read with fields() was (value, evidence, status, note), or
    // removes it when there was none: the undo of an assignment.
    bool restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot);
    bool resolveFlag(qint64 flagId, const QString& resolution, const QString& reason = QString());
    bool setReportStatus(qint64 reportId, const QString& status);

    // The one other current report of the same body (BodyName.h) for a year: its id, 0 when there is none or
    // more than one; nothing on a database error.
    std::optional<qint64> sameBodyReport(qint64 reportId, const QString& region, int year);
    QList<StoredReport> reports(bool includeSuperseded = false);
    std::optional<StoredReport> report(qint64 id);
    QString originalText(qint64 reportId);
    QList<StoredField> fields(qint64 reportId);
    QList<StoredFlag> flags(qint64 reportId, bool includeInactive = false);
    StoreStats stats();

    QString error() const { return m_error.isEmpty() ? m_db.error() : m_error; }
    Database& database() const { return m_db; }

    // Test hook: called inside every action's transaction before it commits; returning false makes the
    // action fail as a database error would (to prove it leaves no trace).
    void setFaultInjector(std::function<bool(const QString& action)> injector) { m_fault = std::move(injector); }

private:
    bool insertReport(const Analysis& a, ImportOutcome& out);
    // The checks again with the reviewer's corrections, and (followNextYear) next year's report of the same
    // body, whose checks across years read this one's figures.
    bool rerunChecks(qint64 reportId, bool followNextYear = true);
    // The checks across years against last year's report of the same body, its figures as reviewed;
    // nothing on a database error.
    std::optional<QList<Flag>> yearFlags(qint64 reportId, const Extraction& ex, int year, const QString& region);
    bool audit(qint64 reportId, const QString& fieldKey, qint64 flagId, const QString& action, const QString& oldValue,
               const QString& newValue, const QString& reason = QString());
    QString now() const;
    bool injected(const QString& action);
    // A prepared statement: kept for the whole import batch (prepared once, not per report); outside a
    // batch a fresh one, valid until the next call.
    QSqlQuery& statement(const QString& sql);

    Database& m_db;
    std::function<QDateTime()> m_clock;
    std::function<bool(const QString&)> m_fault;
    QString m_systemUser;
    QString m_error;
    QString m_batchReviewer; // set during an import batch
    QString m_batchNow;
    QHash<QString, QSqlQuery> m_statements; // prepared statements of the current import batch
    QSqlQuery m_scratch;
};

// The identity a flag is stored under (one row per report and identity, kept across re-runs): the
// flag's identity() (rule + spans), with the message added for a flag that has no span (a missing
// section), whose rule alone would merge every missing section into one.
QString storedIdentity(const Flag& flag);

QString toJsonText(const QList<double>& numbers);
QString toJsonText(const QList<std::pair<qsizetype, qsizetype>>& spans);

} // namespace jiaohe
