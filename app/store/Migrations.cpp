// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace jiaohe {

namespace {

// 0 -> 1: the review record.
QStringList toVersion1()
{
    return {
        QStringLiteral("CREATE TABLE reports ("
                       " id {id},"
                       " file_path TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL UNIQUE,"
                       " encoding TEXT,"
                       " format TEXT,"
                       " original_text TEXT NOT NULL,"
                       " year INTEGER,"
                       " region TEXT,"
                       " status TEXT NOT NULL DEFAULT 'unreviewed'"
                       "   CHECK (status IN ('unreviewed', 'in_review', 'reviewed')),"
                       " imported_at TEXT NOT NULL,"
                       " reviewed_at TEXT,"
                       " reviewed_by TEXT,"
                       " previous_id INTEGER REFERENCES reports(id),"
                       " superseded INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX reports_path ON reports(file_path)"),
        QStringLiteral("CREATE TABLE fields ("
                       " id {id},"
                       " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " value {real},"
                       " unit TEXT,"
                       " approx INTEGER NOT NULL DEFAULT 0,"
                       " evidence_start INTEGER,"
                       " evidence_end INTEGER,"
                       " evidence_text TEXT,"
                       " corrected_value {real},"
                       " status TEXT NOT NULL DEFAULT 'unreviewed'"
                       "   CHECK (status IN ('unreviewed', 'confirmed', 'corrected', 'as_printed', 'not_applicable')),"
                       " note TEXT,"
                       " reviewed_at TEXT,"
                       " reviewed_by TEXT,"
                       " UNIQUE (report_id, key))"),
        QStringLiteral("CREATE TABLE flags ("
                       " id {id},"
                       " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                       " identity TEXT NOT NULL,"
                       " rule TEXT,"
                       " kind TEXT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " message_zh TEXT,"
                       " message_en TEXT,"
                       " numbers TEXT,"
                       " spans TEXT,"
                       " suggestion TEXT,"
                       " resolution TEXT NOT NULL DEFAULT 'open'"
                       "   CHECK (resolution IN ('open', 'fixed', 'source_error', 'dismissed')),"
                       " resolution_reason TEXT,"
                       " UNIQUE (report_id, identity))"),
        QStringLiteral("CREATE TABLE audit ("
                       " id {id},"
                       " at TEXT NOT NULL,"
                       " who TEXT NOT NULL,"
                       " report_id INTEGER,"
                       " field_key TEXT,"
                       " flag_id INTEGER,"
                       " action TEXT NOT NULL,"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " reason TEXT)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
    };
}

// The audit log is append-only: the database refuses to change or remove an entry, whoever asks.
QStringList appendOnlyAudit(SqlDialect::Backend backend)
{
    if (backend == SqlDialect::Backend::PostgreSQL) {
        return {
            QStringLiteral("CREATE FUNCTION jiaohe_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"),
            QStringLiteral("CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit"
                           " FOR EACH ROW EXECUTE FUNCTION jiaohe_audit_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit"
                           " FOR EACH ROW EXECUTE FUNCTION jiaohe_audit_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_append_only_truncate BEFORE TRUNCATE ON audit"
                           " FOR EACH STATEMENT EXECUTE FUNCTION jiaohe_audit_append_only()"),
        };
    }
    return {
        QStringLiteral("CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
}

// 1 -> 2: flags a re-run no longer raises stay with their decision but are inactive; indexes
// for the queue and the exports.
QStringList toVersion2()
{
    return {
        QStringLiteral("ALTER TABLE flags ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX fields_key ON fields(key)"),
        QStringLiteral("CREATE INDEX reports_status ON reports(status)"),
        QStringLiteral("CREATE INDEX flags_report_open ON flags(report_id, resolution, active)"),
    };
}

// 2 -> 3: REPLACE (and INSERT OR REPLACE) over an audit entry deletes it without firing the delete
// trigger (recursive triggers are off): refuse any insert that reuses an entry's id.
QStringList toVersion3(SqlDialect::Backend backend)
{
    if (backend == SqlDialect::Backend::PostgreSQL) {
        return {}; // PostgreSQL has no REPLACE; its update and delete triggers see every change
    }
    return {
        QStringLiteral("CREATE TRIGGER audit_append_only_replace BEFORE INSERT ON audit"
                       " WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
}

// 3 -> 4: one body's reports across years (the body's key, indexed with the year; filled in from the
// region after this step), flags that point at another report (last year's), blank table cells.
QStringList toVersion4()
{
    return {
        QStringLiteral("ALTER TABLE reports ADD COLUMN body_key TEXT"),
        QStringLiteral("CREATE INDEX reports_body_year ON reports(body_key, year)"),
        QStringLiteral("ALTER TABLE flags ADD COLUMN related_report_id INTEGER REFERENCES reports(id)"),
        // a template table cell printed blank (—, /, 无 or nothing): its value is 0, the blank remembered
        QStringLiteral("ALTER TABLE fields ADD COLUMN blank INTEGER NOT NULL DEFAULT 0"),
    };
}

// 4 -> 5: the two rules every query shares, written once. A field's final value: nothing when it does
// not apply, the reviewer's value when corrected (or assigned from the text), else the value as
// extracted (StoredField::finalValue says the same in C++). An open flag: undecided and still raised.
QStringList toVersion5()
{
    return {
        QStringLiteral("CREATE VIEW field_values AS SELECT *, CASE WHEN status = 'not_applicable' THEN NULL "
                       "WHEN status = 'corrected' AND corrected_value IS NOT NULL THEN corrected_value "
                       "ELSE coalesce(value, corrected_value) END AS final_value FROM fields"),
        QStringLiteral("CREATE VIEW open_flags AS SELECT * FROM flags WHERE resolution = 'open' AND active = 1"),
        // Which version of the code computed each kind of derived data (body keys): a newer one recomputes.
        QStringLiteral("CREATE TABLE derived (name TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
        // A missing section's flag was identified by a hash of its English message (editing the message
        // reopened a dismissed flag); now by the section's key. The built-in sections' old and new identities,
        // computed once and written here as they were.
        QStringLiteral("UPDATE flags SET identity = '847d9ab94dea4db9' WHERE rule = 'required-sections' AND "
                       "identity = '5d97544a710ec2d7'"), // requests
        QStringLiteral("UPDATE flags SET identity = 'fac90d5deba2729c' WHERE rule = 'required-sections' AND "
                       "identity = '8b7eea91025c6643'"), // fees
        QStringLiteral("UPDATE flags SET identity = 'fbff7df156333699' WHERE rule = 'required-sections' AND "
                       "identity = '26d7aad23c992cff'"), // appeals
        QStringLiteral("UPDATE flags SET identity = 'a9e97b33727be805' WHERE rule = 'required-sections' AND "
                       "identity = '8f17a63be7933bdd'"), // problems
    };
}

// 5 -> 6: a flag's decision is a record of its own (who decided it, when, and the value taken when a suggested
// fix was accepted); a report has a note. Decisions taken before this version get their reviewer and time from
// their latest entry in the audit log (the accepted value of an old acceptance is not known).
QStringList toVersion6()
{
    return {
        QStringLiteral("ALTER TABLE flags ADD COLUMN decided_by TEXT"),
        QStringLiteral("ALTER TABLE flags ADD COLUMN decided_at TEXT"),
        QStringLiteral("ALTER TABLE flags ADD COLUMN accepted_value {real}"),
        QStringLiteral("ALTER TABLE reports ADD COLUMN note TEXT"),
        QStringLiteral("UPDATE flags SET "
                       "decided_by = (SELECT a.who FROM audit a WHERE a.flag_id = flags.id AND "
                       "a.action = 'flag_resolve' ORDER BY a.id DESC LIMIT 1), "
                       "decided_at = (SELECT a.at FROM audit a WHERE a.flag_id = flags.id AND "
                       "a.action = 'flag_resolve' ORDER BY a.id DESC LIMIT 1) "
                       "WHERE resolution != 'open'"),
        QStringLiteral("CREATE INDEX flags_identity ON flags(identity)"),
    };
}

// 6 -> 7: a team on a server. Every field, flag and report row carries a version, raised by each decision, so
// that a decision taken on a row someone else changed since it was read is refused rather than written over it;
// the audit names the database user (PostgreSQL's session_user, filled in by the server, not by the client); a
// report being reviewed is claimed by its reviewer. The views are made again: PostgreSQL fixes a view's columns
// when it is created, and the new version columns belong in them.
QStringList toVersion7()
{
    return {
        QStringLiteral("ALTER TABLE reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE fields ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE flags ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN db_user TEXT{session_user}"),
        QStringLiteral("CREATE TABLE claims ("
                       " report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                       " claimed_by TEXT NOT NULL,"
                       " db_user TEXT{session_user},"
                       " since TEXT NOT NULL)"),
        QStringLiteral("DROP VIEW field_values"),
        QStringLiteral("CREATE VIEW field_values AS SELECT *, CASE WHEN status = 'not_applicable' THEN NULL "
                       "WHEN status = 'corrected' AND corrected_value IS NOT NULL THEN corrected_value "
                       "ELSE coalesce(value, corrected_value) END AS final_value FROM fields"),
        QStringLiteral("DROP VIEW open_flags"),
        QStringLiteral("CREATE VIEW open_flags AS SELECT * FROM flags WHERE resolution = 'open' AND active = 1"),
    };
}

// 7 -> 8: a PDF report's pages and character boxes (BoxCodec, compressed), written with the report, so that the
// window boxes the evidence on the pages without reading the file again, and still can when the file has moved.
// Reports imported before this version have none (the window reads their file, as it did). On a server whose roles
// were granted before (`jiaohe server init`), the roles get the new table too: whoever imports stores its rows.
QStringList toVersion8(SqlDialect::Backend backend)
{
    QStringList steps = {
        QStringLiteral("CREATE TABLE report_boxes ("
                       " report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
                       " format INTEGER NOT NULL,"
                       " pages {blob},"
                       " boxes {blob})"),
    };
    if (backend == SqlDialect::Backend::PostgreSQL) {
        steps.append(QStringLiteral("DO $$ BEGIN "
                                    "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_reader') THEN "
                                    "GRANT SELECT ON report_boxes TO jiaohe_reader; END IF; "
                                    "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_reviewer') THEN "
                                    "GRANT SELECT, INSERT, UPDATE ON report_boxes TO jiaohe_reviewer; END IF; "
                                    "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_lead') THEN "
                                    "GRANT SELECT, INSERT, UPDATE ON report_boxes TO jiaohe_lead; END IF; END $$"));
    }
    return steps;
}

} // namespace

QList<QStringList> migrations(SqlDialect::Backend backend)
{
    QList<QStringList> steps = {toVersion1() + appendOnlyAudit(backend), toVersion2(), toVersion3(backend),
                                toVersion4(), toVersion5(), toVersion6(), toVersion7(),
                                toVersion8(backend)};
    const SqlDialect dialect(backend);
    for (QStringList& step : steps) {
        for (QString& sql : step) {
            sql = dialect.schema(sql);
        }
    }
    return steps;
}

const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = migrations(SqlDialect::Backend::SQLite);
    return steps;
}

} // namespace jiaohe
