// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsModel.h"
#include "TemplateGrid.h"
#include "store/ReviewStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>

namespace jiaohe {

class ReviewSession;

// One of the template's tables (表二, 表三, 表四) of the session's report as the printed template draws it
// (TemplateGrid): headings, and in the value cells the fields' reviewed values, styled by status. Follows the
// session: a report switch lays the table out again (reset: the template version may differ), a field change
// updates its cell, a re-check or a flag decision the cells whose marks changed (dataChanged). A value cell is
// editable like the fields list's value: setData() pushes the correction as an undo command through the session.
// Cells an open flag of the template's identities points at are shaded (FlaggedRole); the cell the flag blames
// — the one its suggested fix is for — is marked (BlamedRole), its tooltip the flag's message.
class TemplateGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // a value cell's field key (empty on headings)
        StartRole,                  // the field's evidence, UTF-16 offsets in the report's text; -1 when none
        EndRole,
        StatusRole,                       // the field's status code; empty when the report has no such field
        FlaggedRole,                      // inside an open identity flag
        BlamedRole,                       // the cell an open identity flag blames
        KindRole,                         // GridCell::Kind as an int
        UnitRole = FieldsModel::UnitRole, // the field's unit, for the value editor
    };

    TemplateGridModel(ReviewSession* session, const QString& table, QObject* parent = nullptr);

    const TemplateGrid& grid() const { return m_grid; }
    QModelIndex indexOfKey(const QString& key) const;
    QString keyAt(const QModelIndex& index) const;
    std::optional<StoredField> fieldAt(const QModelIndex& index) const;
    // How many of the table's cells the report has: 0 when it printed no such table.
    int fieldCount() const { return int(m_fields.size()); }
    // Spans of headings covering several cells, for the view (top-left cell and size).
    QList<QPair<QPoint, QSize>> spans() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void inputRefused(const QString& key, const QString& reason);

private:
    struct Marks
    {
        bool blamed = false;
        QStringList messages; // of the open identity flags over the cell, in the UI's language
    };
    void reload();
    void updateField(const QString& key);
    void updateFlags();
    QHash<QString, Marks> readMarks() const;
    QVariant headingData(const GridCell& cell, int role) const;
    QVariant valueData(const GridCell& cell, int role) const;
    QString tooltip(const QString& key, const StoredField* field) const;

    ReviewSession* m_session = nullptr;
    QString m_table;
    qint64 m_reportId = 0;
    bool m_english = false;
    TemplateGrid m_grid;
    QHash<QString, StoredField> m_fields; // the table's cells the report has, by key
    QHash<QString, Marks> m_marks;
};

} // namespace jiaohe
