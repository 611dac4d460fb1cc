// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace jiaohe {

class TemplateGridModel;

// One template table drawn as printed (TemplateGridModel): the headings spanning their cells, labels wrapped in
// full, the value cells editable in place (F2 or typing; Return in the editor commits). Return on a cell asks to
// confirm it (confirmRequested); the arrow keys go from value cell to value cell. The cell a failing identity
// blames is framed in red.
class TemplateGridView : public QTableView
{
    Q_OBJECT

public:
    explicit TemplateGridView(TemplateGridModel* model, QWidget* parent = nullptr);

    TemplateGridModel* gridModel() const { return m_model; }
    // The first value cell after the current one, row by row (wrapping round); invalid when there is none.
    QModelIndex nextValueCell() const;

Q_SIGNALS:
    void confirmRequested();
    void preview(const QString& message, bool readable);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void layOut();
    void fitRows();

    TemplateGridModel* m_model = nullptr;
};

} // namespace jiaohe
