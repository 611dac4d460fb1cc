// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QChart;
class QChartView;
class QComboBox;

namespace jiaohe {

class ReviewSession;

// The overview (File → Overview…): reports by status, open flags by kind, the bodies with the most open errors,
// and one body's field across the years with the years a cross-year check flagged in red — drawn with Qt Charts
// from OverviewReader (app/findings). Clicking a bar or a point asks the queue to show those reports only
// (filterRequested: a status, a kind or a body's name; empty parts clear). Non-modal; refresh() reads again.
class OverviewDialog : public QDialog
{
    Q_OBJECT

public:
    OverviewDialog(ReviewSession* session, QWidget* parent = nullptr);

    void refresh();
    QChartView* statusView() const { return m_status; }
    QChartView* kindView() const { return m_kinds; }
    QChartView* bodiesView() const { return m_bodies; }
    QChartView* seriesView() const { return m_series; }
    QComboBox* bodyCombo() const { return m_bodyCombo; }
    QComboBox* fieldCombo() const { return m_fieldCombo; }

Q_SIGNALS:
    void filterRequested(const QString& status, const QString& kind, const QString& search);

private:
    void fillFields();
    void drawSeries();

    ReviewSession* m_session;
    QChartView* m_status = nullptr;
    QChartView* m_kinds = nullptr;
    QChartView* m_bodies = nullptr;
    QChartView* m_series = nullptr;
    QComboBox* m_bodyCombo = nullptr;
    QComboBox* m_fieldCombo = nullptr;
};

} // namespace jiaohe
