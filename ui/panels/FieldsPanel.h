// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace jiaohe {

class FieldsModel;
class ReviewSession;

// The fields of the open report, grouped by the catalogue's groups, with the value editable in place (F2, or
// typing a digit on a field; Return in the editor commits, the model pushes the correction as an undo command).
class FieldsPanel : public QTreeView
{
    Q_OBJECT

public:
    explicit FieldsPanel(ReviewSession* session, QWidget* parent = nullptr);

    FieldsModel* fieldsModel() const { return m_model; }
    // The field (catalogue key) selected; empty when none.
    QString currentKey() const;
    bool selectField(const QString& key);
    // F6 / Shift+F6: the next / previous field still unreviewed (wrapping round); false when none is left.
    bool selectNextUnreviewed(int step);
    // The field whose evidence holds a position of the report's text (the narrowest), empty when none.
    QString fieldAt(qsizetype position) const;
    // Opens the value editor of the selected field (false when no field is selected).
    bool editCurrentValue();

Q_SIGNALS:
    // The selected field changed (empty key: none, or a group row).
    void currentFieldChanged(const QString& key, int evidenceStart, int evidenceEnd);
    // A line for the status bar: what the value being typed reads as, why it was refused.
    void message(const QString& text);
    void inputRefused(const QString& reason);

private:
    void fitColumns();

    FieldsModel* m_model = nullptr;
};

} // namespace jiaohe
