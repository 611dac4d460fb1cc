// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewStore.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QStyledItemDelegate>

#include <optional>

namespace jiaohe {

class ReviewSession;

// What the reviewer typed for a field's value: the number it reads as, or why it cannot be taken.
// Accepts the notations of the reports themselves (1.2万, １２３, 一千二百, 65.97%, 无).
struct FieldInput
{
    std::optional<double> value;
    QString message; // "= 12000" when it reads, the reason when it does not

    // `unit` is the field's unit ("%" for a share): a percentage is refused for a count and the other way round.
    static FieldInput read(const QString& text, const QString& unit);
};

// The fields of the session's report as a two-level tree: the catalogue's groups (in catalogue order, empty
// groups left out, unknown keys under "Other"), and in each the report's fields with label, value, unit and
// status. Follows the session: a report switch resets the model, a field change updates that field's row
// (dataChanged; a field assigned for the first time is inserted), a re-check updates the rows whose flagged
// mark changed. The value column is editable: setData() parses the text with FieldInput and, when it reads,
// pushes the correction as an undo command through the session (consecutive edits of a field merge);
// otherwise it refuses and says why through inputRefused(). Fields whose evidence is inside an open flag
// carry FlaggedRole and a warning icon.
class FieldsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        ValueColumn,
        UnitColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // catalogue key (empty on group rows)
        StartRole,                  // evidence span in the original text, UTF-16
        EndRole,
        StatusRole, // unreviewed, confirmed, corrected, as_printed, not_applicable
        FlaggedRole,
        UnitRole = Qt::UserRole + 16, // the field's unit, for the value editor (the template grid's cells too)
    };

    // A status in words, in the interface's language (also the template tables' words).
    static QString statusText(FieldStatus status);

    explicit FieldsModel(ReviewSession* session, QObject* parent = nullptr);

    // The fields shown, in display order, and those an open flag points at.
    QList<StoredField> fields() const;
    QSet<QString> flaggedKeys() const { return m_flagged; }

    QModelIndex indexOfKey(const QString& key, int column = LabelColumn) const;
    QString keyAt(const QModelIndex& index) const;
    std::optional<StoredField> fieldAt(const QModelIndex& index) const;
    // Field rows in display order (depth-first), for "next unreviewed field".
    QList<QModelIndex> fieldIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void inputRefused(const QString& key, const QString& reason);

private:
    struct Group
    {
        QString id; // the catalogue's group id, empty for "Other"
        QString label;
        QList<StoredField> fields;
    };
    const StoredField* field(const QModelIndex& index) const;
    void reload();
    void setFields(const QList<StoredField>& fields, const QSet<QString>& flagged);
    void updateField(const QString& key);
    void updateFlagged();
    int groupOf(const QString& key) const; // the group a field belongs in (appended when new), -1 for "Other"
    QString label(const QString& key) const;
    QString fullLabel(const QString& key) const; // with the table's or the group's name, for the tooltip

    ReviewSession* m_session = nullptr;
    qint64 m_reportId = 0;

    QList<Group> m_groups;
    QSet<QString> m_flagged;
    bool m_english = false;
};

// The editor of the value column: a line edit that shows, while typing, what the text reads as (tooltip and
// preview()) and refuses to commit text that does not read (Return keeps the editor open, the reason shown).
class FieldValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

Q_SIGNALS:
    // The reading of the text being typed ("= 12000", or why it does not read).
    void preview(const QString& message, bool readable) const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace jiaohe
