#include "TemplateGridView.h"

#include "FieldsModel.h"
#include "TemplateGridModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace jiaohe {

namespace {

// The value editor of the fields list, and a red frame round the cell a failing identity blames (the shade
// alone would not tell it from the other cells of the sum).
class GridCellDelegate : public FieldValueDelegate
{
public:
    using FieldValueDelegate::FieldValueDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        FieldValueDelegate::paint(painter, option, index);
        if (index.data(TemplateGridModel::BlamedRole).toBool()) {
            painter->save();
            painter->setPen(QPen(QColor(200, 30, 30), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
            painter->restore();
        }
    }
};

// The widest word of a text: a heading wraps between words (between any two characters in Chinese), never
// inside one.
int widestWord(const QFontMetrics& fm, const QString& text)
{
    int widest = 0;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("[\\s/-]")), Qt::SkipEmptyParts)) {
        widest = std::max(widest, fm.horizontalAdvance(word));
    }
    return widest;
}

} // namespace

TemplateGridView::TemplateGridView(TemplateGridModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::AnyKeyPressed);
    setToolTip(tr("Return: confirm · F2 or type: edit the value"));
    auto* delegate = new GridCellDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &FieldValueDelegate::preview, this, &TemplateGridView::preview);
    connect(model, &QAbstractItemModel::modelReset, this, &TemplateGridView::layOut);
    layOut();
}

void TemplateGridView::layOut()
{
    clearSpans();
    for (const auto& [at, size] : m_model->spans()) {
        setSpan(at.y(), at.x(), size.height(), size.width());
    }
    const TemplateGrid& grid = m_model->grid();
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(u'中');
    const int pad = em;
    for (int c = 0; c < grid.columnCount(); ++c) {
        // Group headings are narrow (they wrap over the rows they span), a row's own label wide, a value column
        // as wide as four characters of its heading or its widest word.
        const bool label = c < grid.headerColumns();
        int width = label ? (c == grid.headerColumns() - 1 ? 8 * em : 3 * em) : 4 * em;
        for (int r = 0; r < grid.rowCount(); ++r) {
            const GridCell& cell = grid.at(r, c);
            if (!cell.covered && cell.columnSpan == 1) {
                width = std::max(width, widestWord(fm, cell.text) + pad);
            }
        }
        setColumnWidth(c, width);
    }
    resizeRowsToContents();
}

QModelIndex TemplateGridView::nextValueCell() const
{
    const QStringList keys = m_model->grid().keys();
    if (keys.isEmpty()) {
        return QModelIndex();
    }
    const qsizetype at = keys.indexOf(m_model->keyAt(currentIndex()));
    return m_model->indexOfKey(keys.at((at + 1) % keys.size()));
}

void TemplateGridView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        Q_EMIT confirmRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace jiaohe
