// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"
#include "store/ReviewStore.h"
#include "store/Status.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace jiaohe {

class LiveUpdates;
class ReviewCommand;

// The open review: the database and its store, the report being reviewed and the undo stack of the
// reviewer's decisions (like Tiled's document). Every decision goes through the session, which writes it to
// the store and says what changed with a typed signal; the models and panels follow those signals row by row
// instead of reloading the report. The undo commands know only the session.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    // How long a reviewer's action waits for another program's lock on the database file before it is refused
    // with a message (the window must not freeze for the import's full wait; a batch import's commits are far
    // shorter than this, so the window's own import does not make the reviewer's actions fail).
    static constexpr int WindowWaitMs = 1000;

    explicit ReviewSession(QObject* parent = nullptr);
    ~ReviewSession() override;

    // Opens (creating when missing) a review database, closing the one open before; false (the reason in
    // error()) when it cannot be opened — nothing is open then.
    // What a view of the open report's fields follows (the fields list, the template tables): `reload` when
    // the report or the database changes, `field` for one field of the report shown, `flags` when its flags
    // changed (a re-check or a decision). Connected with `receiver`'s lifetime.
    void followFields(QObject* receiver, const std::function<void()>& reload,
                      const std::function<void(const QString& key)>& field, const std::function<void()>& flags);

    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_db->path(); }
    // For the window's title: the file's name, or on a server which server and user it works as (user@host/db).
    QString title() const;
    Database& database() { return *m_db; }
    ReviewStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString error() const { return m_error; }

    // The report being reviewed (0 when none) and its text as written, read once per switch.
    qint64 currentReport() const { return m_currentReport; }
    const QString& currentText() const { return m_currentText; }
    // The report's row and its active flags, read once per switch (and again after a change): the models and
    // panels that all need them on a switch share one query.
    const std::optional<StoredReport>& currentReportRow();
    const QList<StoredFlag>& currentFlags();
    // Switches the report (currentReportChanged when it is another one; also when `reload`).
    void setCurrentReport(qint64 reportId, bool reload = false);

    // The name the audit trail gives the reviewer (Config's reviewer name, handed over when a database opens).
    // False (the reason in error()) when the open database cannot take it.
    bool setReviewer(const QString& name);
    QString reviewer() const { return m_reviewer; }

    std::optional<StoredField> field(qint64 reportId, const QString& key) const;
    // The field or flag as stored, for a command's own use (its undo snapshot, the value it swaps): unlike field()
    // and flag(), which are what the window shows, this does not count as the reviewer having seen the row.
    std::optional<StoredField> storedField(qint64 reportId, const QString& key) const;
    std::optional<StoredFlag> storedFlag(qint64 reportId, qint64 flagId) const;
    std::optional<StoredFlag> flag(qint64 reportId, qint64 flagId) const; // also an inactive one
    std::optional<ReportStatus> reportStatus(qint64 reportId) const;

    // The reviewer's decisions, as the undo commands call them: written to the store at once (the checks
    // re-run there), then the matching change signal. False (the reason in error()) when the store refused.
    bool setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note = QString());
    bool correctField(qint64 reportId, const QString& key, double value, FieldStatus status,
                      const QString& note = QString());
    bool assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                     qsizetype end);
    bool restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot);
    bool resolveFlag(qint64 reportId, qint64 flagId, Resolution resolution, const QString& reason = QString());
    // A flag's decision put back exactly as remembered (the undo of a resolution).
    bool restoreFlag(qint64 reportId, qint64 flagId, const StoredFlag& snapshot);
    // A flag's suggested fix: the field corrected and the flag decided together (ReviewStore::acceptSuggestion);
    // the undo puts both back (restoreAccepted).
    bool acceptSuggestion(qint64 reportId, qint64 flagId, QString* fieldKey = nullptr);
    bool restoreAccepted(qint64 reportId, const QString& key, const std::optional<StoredField>& field, qint64 flagId,
                         const StoredFlag& flag);
    bool setReportStatus(qint64 reportId, ReportStatus status);
    // The reviewer's notes (an empty text removes one): fieldChanged, reportNoteChanged.
    bool setFieldNote(qint64 reportId, const QString& key, const QString& note);
    bool setReportNote(qint64 reportId, const QString& note);
    std::optional<QString> reportNote(qint64 reportId) const; // nothing when there is no such report

    // Why the report shown may not be changed (someone else's claim, a reader's role: ClaimKeeper says), empty when
    // it may. While set, every decision is refused with it and nothing is written.
    QString readOnlyReason() const { return m_readOnly; }
    void setReadOnlyReason(const QString& reason);

    // Changes another client committed (LiveUpdates): changedElsewhere for the queue; when the open report is among
    // `reportIds` (or they are empty: which is not known) its row, changed fields and flags are read again through
    // the usual signals, so the models update row by row and the selection stays.
    void reloadChangedElsewhere(const QList<qint64>& reportIds);
    LiveUpdates* liveUpdates() const { return m_live; }

    // Pushes a decision onto the undo stack; false when its action failed (the command made itself obsolete
    // and the stack dropped it), the reason in error().
    bool push(ReviewCommand* command);
    // Called by the commands after every redo/undo: actionDone() tells the window to say "Saved" or why not.
    void reportOutcome(bool ok, const QString& error);

Q_SIGNALS:
    void databaseChanged(); // opened or closed: everything shown is stale
    void currentReportChanged(qint64 reportId);
    void fieldChanged(qint64 reportId, const QString& key);
    void flagChanged(qint64 reportId, qint64 flagId);
    // The checks re-ran (after a field changed): flags may have come, gone or changed.
    void flagsChanged(qint64 reportId);
    void reportStatusChanged(qint64 reportId);
    void actionDone(bool ok, const QString& error);
    void reportNoteChanged(qint64 reportId);
    void readOnlyChanged();
    // The database is about to close (the store still open): the report's claim is given up.
    void closing();
    // Another client changed these reports (empty: some reports, which is not known).
    void changedElsewhere(const QList<qint64>& reportIds);

private:
    // The store, for a decision (refused, the reason in m_error, while the report shown is read-only).
    bool needStore();
    bool fieldDone(bool ok, qint64 reportId, const QString& key);

    std::unique_ptr<Database> m_db = std::make_unique<Database>(); // never null
    std::unique_ptr<ReviewStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    LiveUpdates* m_live = nullptr;
    qint64 m_currentReport = 0;
    QString m_currentText;
    std::optional<std::optional<StoredReport>> m_reportRow; // outer empty: not read yet
    std::optional<QList<StoredFlag>> m_flags;
    QString m_reviewer;
    QString m_error;
    QString m_readOnly;
};

} // namespace jiaohe
