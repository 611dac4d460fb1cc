// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace jiaohe {

class ReviewSession;

// The flags of the report the session shows, one row each: severity, kind, message, resolution, the decision
// in words with its reason, the suggested fix and the numbers involved. Listed are the flags the checks raise
// and the decided ones they no longer raise (an accepted fix corrects the very number its flag was about): a
// decision stays in view, greyed. Follows the session: a report switch resets the
// model once, a resolution changes its one row (dataChanged), a re-run of the checks updates, inserts and removes rows.
class FlagsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        KindColumn,
        MessageColumn,
        ResolutionColumn, // the resolution as one word (the view shows the decision column instead)
        FixColumn,
        NumbersColumn,
        DecisionColumn, // "Dismissed: reason", "Fix accepted: 199693", "Open" (shown after the message)
        ColumnCount
    };
    enum Role
    {
        FlagIdRole = Qt::UserRole + 1, // qint64
        StartRole,                     // the first span in the original text (UTF-16), when the flag has one
        EndRole,
        ResolutionRole, // the stored code: open, fixed, source_error, dismissed
        RelatedRole,    // qint64: the report a check across years compared with
        KindRole,
    };

    explicit FlagsModel(ReviewSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<StoredFlag>& flags() const { return m_flags; }
    int rowOf(qint64 flagId) const;
    qint64 flagId(int row) const;
    const StoredFlag* flagAt(int row) const;

    // The flag kinds with their names as shown (also for the queue's kind filter).
    static QList<std::pair<QString, QString>> kinds();
    static QString kindText(const QString& kind);
    static QString severityText(const QString& severity);
    static QString resolutionText(const QString& resolution);
    // The decision on a flag as the flags list and its detail show it: the resolution in words, then the reason
    // (or, for an accepted fix, the value taken).
    static QString decisionWords(Resolution resolution);
    static QString decisionText(const StoredFlag& flag);
    // The suggested fix as the reviewer reads it: the printed text, then the value it should have.
    QString fixText(const StoredFlag& flag) const;

private:
    void reload();                  // a report switch: one reset
    void updateFlag(qint64 flagId); // one row
    void updateFlags();             // after a re-check: rows updated, inserted, removed
    QList<StoredFlag> listed() const;

    ReviewSession* m_session = nullptr;
    qint64 m_reportId = 0;
    QList<StoredFlag> m_flags;
};

} // namespace jiaohe
