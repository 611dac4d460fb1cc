// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueuePanel.h"

#include "FlagsModel.h"
#include "ReportQueueModel.h"
#include "ReviewSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace jiaohe {

QueuePanel::QueuePanel(ReviewSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("queuePanel"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All reports"), QString());
    for (const ReportStatus status : {ReportStatus::Unreviewed, ReportStatus::InReview, ReportStatus::Reviewed}) {
        m_statusFilter->addItem(ReportQueueModel::statusText(toString(status)), toString(status));
    }
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search reports"));
    m_searchEdit->setPlaceholderText(tr("Search name or region (Ctrl+Shift+F)"));
    m_searchEdit->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Report queue"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Tab leaves the queue for the report (arrow keys move between reports); cells are not edited.
    m_view->setTabKeyNavigation(false);
    m_view->setToolTip(tr("F8 / Shift+F8: next / previous open flag, across the queue"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Reviewed reports"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("flagKindFilterCombo"));
    m_kindFilter->setAccessibleName(tr("Filter by open flag kind"));
    m_kindFilter->addItem(tr("Any flags"), QString());
    for (const auto& [kind, text] : FlagsModel::kinds()) {
        m_kindFilter->addItem(text, kind);
    }
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_searchEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(session, &ReviewSession::databaseChanged, this, &QueuePanel::databaseChanged);
    connect(session, &ReviewSession::currentReportChanged, this, &QueuePanel::showCurrent);
    updateProgress();
}

void QueuePanel::databaseChanged()
{
    if (m_model) {
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    if (!m_session->isOpen()) {
        updateProgress();
        return;
    }
    m_model = new ReportQueueModel(m_session->database(), this);
    m_model->setClaims(&m_session->store()->claims()); // who else is reviewing which report
    m_view->setModel(m_model);
    // The file name takes the room left; the region (a full issuer name can be 20 characters) gets a fixed share
    // the reviewer can drag wider, elided in the middle, so that a queue of thousands never squeezes the names to
    // "0…t"; the short columns fit their contents.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ReportQueueModel::FileNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReportQueueModel::RegionColumn, QHeaderView::Interactive);
    header->resizeSection(ReportQueueModel::RegionColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("某某省某某")));
    for (int c = ReportQueueModel::YearColumn; c < ReportQueueModel::ColumnCount; ++c) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_model, &ReportQueueModel::countsChanged, this, [this] { updateProgress(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The filter changed the rows: keep the open report selected when it is still shown.
        const int row = m_model->rowOf(m_session->currentReport());
        if (row >= 0) {
            m_view->selectRow(row);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_session->setCurrentReport(m_model->reportId(current.row()));
                }
            });
    applyFilter();
    updateProgress();
}

bool QueuePanel::selectReport(qint64 reportId)
{
    if (!m_model) {
        return false;
    }
    const int row = m_model->rowOf(reportId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_session->setCurrentReport(reportId);
    return true;
}

void QueuePanel::showCurrent(qint64 reportId)
{
    // Also a command's undo on another report: the queue shows the report the window shows.
    const int row = m_model && reportId > 0 ? m_model->rowOf(reportId) : -1;
    if (row >= 0 && m_view->currentIndex().row() != row) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void QueuePanel::refresh()
{
    if (m_model) {
        m_model->refresh();
        updateProgress();
    }
}

void QueuePanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void QueuePanel::showOnly(const QString& status, const QString& kind, const QString& search)
{
    {
        const QSignalBlocker a(m_statusFilter);
        const QSignalBlocker b(m_kindFilter);
        const QSignalBlocker c(m_searchEdit);
        m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
        m_searchEdit->setText(search);
    }
    applyFilter();
}

void QueuePanel::applyFilter()
{
    if (m_model) {
        m_model->setFilter(m_statusFilter->currentData().toString(), m_kindFilter->currentData().toString(),
                           m_searchEdit->text().trimmed());
    }
}

void QueuePanel::updateProgress()
{
    const int total = m_model ? m_model->totalCount() : 0;
    const int reviewed = m_model ? m_model->reviewedCount() : 0;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(reviewed);
    m_progress->setFormat(tr("%1 / %2 reviewed").arg(reviewed).arg(total));
    m_progress->setProperty("total", total);
    m_progress->setAccessibleDescription(m_progress->format());
}

} // namespace jiaohe
