// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace jiaohe {

class ReviewSession;
class TemplateGridModel;
class TemplateGridView;

// The template's tables 2, 3 and 4 of the open report as the printed template draws them, one tab each
// (TemplateGridView over a TemplateGridModel): the reviewed values in their cells, editable in place, the
// failing identities shaded. Beside the fields list; the window keeps the two selections in step.
class TemplateTablesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateTablesPanel(ReviewSession* session, QWidget* parent = nullptr);

    TemplateGridView* view(const QString& table) const { return m_views.value(table); }
    TemplateGridModel* model(const QString& table) const;
    // The table shown ("t3") and the field of its selected cell (empty when none).
    QString currentTable() const;
    QString currentKey() const;
    // Shows the table holding the field and selects its cell; false when no table has it. Selecting the cell
    // already selected says nothing.
    bool selectField(const QString& key);

Q_SIGNALS:
    // The selected cell changed (as FieldsPanel::currentFieldChanged: empty key for none, evidence -1 when
    // the report has no such field).
    void currentFieldChanged(const QString& key, int evidenceStart, int evidenceEnd);
    void message(const QString& text);
    void inputRefused(const QString& reason);

private:
    void confirmCurrent(TemplateGridView* view);
    void cellChanged(TemplateGridView* view, const QModelIndex& current);
    void updateNote();

    ReviewSession* m_session = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_note = nullptr;
    QHash<QString, TemplateGridView*> m_views;
    bool m_quiet = false; // switching tables for selectField()
};

} // namespace jiaohe
