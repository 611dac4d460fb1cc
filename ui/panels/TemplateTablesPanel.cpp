// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTablesPanel.h"

#include "ReviewCommands.h"
#include "ReviewSession.h"
#include "TemplateGridModel.h"
#include "TemplateGridView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jiaohe {

TemplateTablesPanel::TemplateTablesPanel(ReviewSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_tabs(new QTabWidget(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("templateTablesPanel"));
    setAccessibleName(tr("Template tables"));
    m_tabs->setObjectName(QStringLiteral("templateTableTabs"));
    m_tabs->setDocumentMode(true);
    m_note->setObjectName(QStringLiteral("templateTablesNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("This report has no cell of the template's tables 2–4."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs);

    const QList<std::pair<QString, QString>> titles = {
        {tr("Table 2 · Proactive"), tr("Table 2: proactive disclosure of government information")},
        {tr("Table 3 · Requests"), tr("Table 3: requests for government information received and handled")},
        {tr("Table 4 · Appeals"), tr("Table 4: administrative reconsideration and lawsuits over disclosure")},
    };
    const QStringList ids = TemplateGrid::tableIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString& id = ids.at(i);
        auto* model = new TemplateGridModel(session, id, this);
        auto* view = new TemplateGridView(model, m_tabs);
        view->setObjectName(id + QStringLiteral("GridView"));
        view->setAccessibleName(titles.value(i).second);
        m_views.insert(id, view);
        const int tab = m_tabs->addTab(view, titles.value(i).first);
        m_tabs->setTabToolTip(tab, titles.value(i).second);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex& current) { cellChanged(view, current); });
        connect(view, &TemplateGridView::confirmRequested, this, [this, view] { confirmCurrent(view); });
        connect(view, &TemplateGridView::preview, this, [this](const QString& text, bool) { Q_EMIT message(text); });
        connect(model, &TemplateGridModel::inputRefused, this, [this](const QString&, const QString& reason) {
            Q_EMIT inputRefused(reason);
            Q_EMIT message(tr("Not taken: %1").arg(reason));
        });
        connect(model, &QAbstractItemModel::modelReset, this, &TemplateTablesPanel::updateNote);
    }
    m_tabs->setCurrentIndex(1); // table 3, the one most figures are in
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (TemplateGridView* v = view(currentTable())) {
            cellChanged(v, v->currentIndex());
        }
    });
    updateNote();
}

TemplateGridModel* TemplateTablesPanel::model(const QString& table) const
{
    TemplateGridView* v = view(table);
    return v ? v->gridModel() : nullptr;
}

QString TemplateTablesPanel::currentTable() const
{
    return TemplateGrid::tableIds().value(m_tabs->currentIndex());
}

QString TemplateTablesPanel::currentKey() const
{
    TemplateGridView* v = view(currentTable());
    return v ? v->gridModel()->keyAt(v->currentIndex()) : QString();
}

bool TemplateTablesPanel::selectField(const QString& key)
{
    const QString table = key.section(u'.', 0, 0);
    TemplateGridView* v = view(table);
    const QModelIndex at = v ? v->gridModel()->indexOfKey(key) : QModelIndex();
    if (!at.isValid()) {
        return false;
    }
    if (currentTable() == table && v->currentIndex() == at) {
        return true;
    }
    // Showing the table says nothing of the cell it had selected: the field asked for is the one selected.
    m_quiet = true;
    m_tabs->setCurrentWidget(v);
    m_quiet = false;
    v->setCurrentIndex(at);
    v->scrollTo(at);
    return true;
}

void TemplateTablesPanel::cellChanged(TemplateGridView* view, const QModelIndex& current)
{
    if (m_quiet || view != this->view(currentTable())) {
        return; // a table not shown keeps its selection quietly
    }
    const QString key = view->gridModel()->keyAt(current);
    const QVariant start = current.data(TemplateGridModel::StartRole);
    Q_EMIT currentFieldChanged(key, start.isValid() ? start.toInt() : -1,
                               current.data(TemplateGridModel::EndRole).toInt());
}

void TemplateTablesPanel::confirmCurrent(TemplateGridView* view)
{
    const QModelIndex current = view->currentIndex();
    const std::optional<StoredField> f = view->gridModel()->fieldAt(current);
    if (!f) {
        Q_EMIT message(tr("Select a cell the report has a figure for first"));
        return;
    }
    // Confirming twice decides nothing new: the cell is left as it is and Return moves on.
    if (f->status != FieldStatus::Confirmed) {
        m_session->push(
            new SetFieldStatusCommand(*m_session, m_session->currentReport(), f->key, FieldStatus::Confirmed));
    }
    if (const QModelIndex next = view->nextValueCell(); next.isValid()) {
        view->setCurrentIndex(next);
        view->scrollTo(next);
    }
}

void TemplateTablesPanel::updateNote()
{
    int cells = 0;
    for (TemplateGridView* v : std::as_const(m_views)) {
        cells += v->gridModel()->fieldCount();
    }
    m_note->setVisible(m_session->currentReport() > 0 && cells == 0);
}

} // namespace jiaohe
