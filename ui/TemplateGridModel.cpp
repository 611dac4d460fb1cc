// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateGridModel.h"

#include "FieldsModel.h"
#include "ReviewCommands.h"
#include "ReviewSession.h"

#include "check/Rules.h"
#include "common/NumberText.h"
#include "extract/TemplateShape.h"
#include "store/FlagTargets.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace jiaohe {

namespace {

// The rules whose flags are the template's identities: the identities themselves and the localisation that
// blames one cell for them.
bool isIdentityRule(const QString& id)
{
    static const QSet<QString> ids = [] {
        QSet<QString> out;
        for (const Rule& r : RuleSet::builtin().rules()) {
            if (r.type == u"table_identity" || r.type == u"table_localise") {
                out.insert(r.id);
            }
        }
        return out;
    }();
    return ids.contains(id);
}

// Shades of the identity marks, light enough for dark text on either palette's base.
const QColor shadedColour(255, 236, 179); // amber: a cell of a failing identity
const QColor blamedColour(255, 205, 210); // red: the cell the localisation blames

} // namespace

TemplateGridModel::TemplateGridModel(ReviewSession* session, const QString& table, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_table(table)
{
    session->followFields(
        this, [this] { reload(); }, [this](const QString& key) { updateField(key); }, [this] { updateFlags(); });
    reload();
}

void TemplateGridModel::reload()
{
    beginResetModel();
    ReviewStore* store = m_session->store();
    m_reportId = store ? m_session->currentReport() : 0;
    m_english = !QLocale().name().startsWith(u"zh");
    m_fields.clear();
    QSet<QString> keys;
    const QString prefix = m_table + u'.';
    if (m_reportId > 0) {
        for (const StoredField& f : store->fields(m_reportId)) {
            if (f.key.startsWith(u't')) {
                keys.insert(f.key);
            }
            if (f.key.startsWith(prefix)) {
                m_fields.insert(f.key, f);
            }
        }
    }
    const TemplateShape& shape = TemplateShape::builtin();
    m_grid = TemplateGrid::build(shape, m_table, TemplateGrid::versionOf(shape, keys), m_english);
    m_marks = readMarks();
    endResetModel();
}

QHash<QString, TemplateGridModel::Marks> TemplateGridModel::readMarks() const
{
    QHash<QString, Marks> marks;
    if (m_reportId <= 0 || m_fields.isEmpty()) {
        return marks;
    }
    const QList<StoredField> fields = m_fields.values();
    for (const StoredFlag& flag : m_session->currentFlags()) {
        if (!flag.active || flag.resolution != Resolution::Open || !isIdentityRule(flag.rule)) {
            continue;
        }
        const QString message = m_english ? flag.messageEn : flag.messageZh;
        for (const QString& key : FlagTargets::fieldsTouched(flag, fields)) {
            marks[key].messages.append(message);
        }
        if (flag.suggestion) {
            const QString blamed = FlagTargets::fieldForSuggestion(*flag.suggestion, fields);
            if (!blamed.isEmpty()) {
                Marks& m = marks[blamed];
                m.blamed = true;
                if (!m.messages.contains(message)) {
                    m.messages.append(message);
                }
            }
        }
    }
    return marks;
}

void TemplateGridModel::updateField(const QString& key)
{
    const QPoint at = m_grid.positionOf(key);
    if (at.x() < 0) {
        return;
    }
    if (const std::optional<StoredField> now = m_session->field(m_reportId, key)) {
        m_fields.insert(key, *now);
    } else {
        m_fields.remove(key);
    }
    const QModelIndex cell = index(at.y(), at.x());
    Q_EMIT dataChanged(cell, cell);
}

void TemplateGridModel::updateFlags()
{
    const QHash<QString, Marks> now = readMarks();
    QSet<QString> changed;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const Marks before = m_marks.value(it.key());
        if (before.blamed != it->blamed || before.messages != it->messages) {
            changed.insert(it.key());
        }
    }
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it) {
        if (!now.contains(it.key())) {
            changed.insert(it.key());
        }
    }
    m_marks = now;
    for (const QString& key : changed) {
        const QModelIndex cell = indexOfKey(key);
        if (cell.isValid()) {
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

QModelIndex TemplateGridModel::indexOfKey(const QString& key) const
{
    const QPoint at = m_grid.positionOf(key);
    return at.x() < 0 ? QModelIndex() : index(at.y(), at.x());
}

QString TemplateGridModel::keyAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return QString();
    }
    const GridCell& cell = m_grid.at(index.row(), index.column());
    return cell.kind == GridCell::Kind::Value && !cell.covered ? cell.key : QString();
}

std::optional<StoredField> TemplateGridModel::fieldAt(const QModelIndex& index) const
{
    const auto it = m_fields.constFind(keyAt(index));
    return it == m_fields.cend() ? std::nullopt : std::optional<StoredField>(*it);
}

QList<QPair<QPoint, QSize>> TemplateGridModel::spans() const
{
    QList<QPair<QPoint, QSize>> out;
    for (int r = 0; r < m_grid.rowCount(); ++r) {
        for (int c = 0; c < m_grid.columnCount(); ++c) {
            const GridCell& cell = m_grid.at(r, c);
            if (!cell.covered && (cell.rowSpan > 1 || cell.columnSpan > 1)) {
                out.append({QPoint(c, r), QSize(cell.columnSpan, cell.rowSpan)});
            }
        }
    }
    return out;
}

int TemplateGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int TemplateGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

QVariant TemplateGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    const GridCell& cell = m_grid.at(index.row(), index.column());
    if (role == KindRole) {
        return int(cell.kind);
    }
    if (cell.covered) {
        return QVariant();
    }
    return cell.kind == GridCell::Kind::Value ? valueData(cell, role) : headingData(cell, role);
}

QVariant TemplateGridModel::headingData(const GridCell& cell, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text.isEmpty() ? QVariant() : cell.text;
    case Qt::TextAlignmentRole:
        // A group beside many rows is read at its top, where its rows begin (its middle may be out of view).
        if (cell.kind == GridCell::Kind::ColumnHeading) { // likewise a group over many columns, at its left
            return cell.columnSpan > 1 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
        }
        return cell.rowSpan > 1 ? QVariant(Qt::AlignLeft | Qt::AlignTop) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return cell.kind == GridCell::Kind::Empty ? QVariant() : QApplication::palette().brush(QPalette::Window);
    case Qt::ForegroundRole: // headings are not selectable, but read as text, not as disabled
        return QApplication::palette().brush(QPalette::Active, QPalette::WindowText);
    }
    return QVariant();
}

QVariant TemplateGridModel::valueData(const GridCell& cell, int role) const
{
    const auto it = m_fields.constFind(cell.key);
    const StoredField* f = it == m_fields.cend() ? nullptr : &*it;
    const Marks marks = m_marks.value(cell.key);
    const bool flagged = !marks.messages.isEmpty();
    const std::optional<FieldStatus> status = f ? std::optional<FieldStatus>(f->status) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole: {
        // A cell the report left blank (or did not print) is shown blank, as on paper; a corrected value shows.
        const std::optional<double> value = f ? f->finalValue() : std::nullopt;
        const bool corrected = status == FieldStatus::Corrected && f->correctedValue;
        if (!value || (f->blank && !corrected)) {
            return QString();
        }
        return (f->approx && !corrected ? QStringLiteral("≈") : QString()) + numberText(*value);
    }
    case Qt::EditRole: {
        const std::optional<double> value = f ? f->finalValue() : std::nullopt;
        return value ? numberText(*value) : QString();
    }
    case Qt::ToolTipRole:
        return tooltip(cell.key, f);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (marks.blamed) {
            return QColor(blamedColour);
        }
        return flagged ? QVariant(QColor(shadedColour)) : QVariant();
    case Qt::ForegroundRole:
        if (flagged) {
            return QColor(Qt::black); // on the light shades whatever the palette
        }
        if (status == FieldStatus::NotApplicable || (f && f->blank)) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (status == FieldStatus::Corrected || status == FieldStatus::AsPrinted) {
            return QApplication::palette().brush(QPalette::Link);
        }
        return QVariant();
    case Qt::FontRole:
        if (marks.blamed || flagged || status == FieldStatus::Unreviewed) {
            // As in the fields list: bold when flagged, italic while unreviewed.
            QFont font;
            font.setBold(flagged);
            font.setItalic(!flagged);
            return font;
        }
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return marks.blamed ? tr("blamed by a failing identity") : flagged ? tr("in a failing identity") : QVariant();
    case KeyRole:
        return cell.key;
    case StartRole:
        return f ? QVariant(qlonglong(f->evidenceStart)) : QVariant(-1);
    case EndRole:
        return f ? QVariant(qlonglong(f->evidenceEnd)) : QVariant(-1);
    case StatusRole:
        return f ? toString(f->status) : QString();
    case FlaggedRole:
        return flagged;
    case BlamedRole:
        return marks.blamed;
    case UnitRole:
        return f ? f->unit : QString();
    }
    return QVariant();
}

QString TemplateGridModel::tooltip(const QString& key, const StoredField* f) const
{
    const TemplateCell* cell = TemplateShape::builtin().cell(key);
    QStringList lines{cell ? (m_english ? cell->labelEn : cell->labelZh) : key};
    if (!f) {
        lines.append(tr("Not read from this report"));
    } else {
        lines.append(f->blank ? FieldsModel::tr("Left blank in the report's table: read as 0")
                              : FieldsModel::tr("As printed: %1").arg(f->evidenceText));
        lines.append(tr("Status: %1").arg(FieldsModel::statusText(f->status)));
    }
    const Marks marks = m_marks.value(key);
    if (marks.blamed) {
        lines.append(tr("The check of the table's sums points at this cell:"));
    } else if (!marks.messages.isEmpty()) {
        lines.append(tr("A sum of the table that does not add up includes this cell:"));
    }
    lines += marks.messages;
    return lines.join(u'\n');
}

Qt::ItemFlags TemplateGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const GridCell& cell = m_grid.at(index.row(), index.column());
    if (cell.kind != GridCell::Kind::Value || cell.covered) {
        return Qt::NoItemFlags; // headings are read, not visited: the arrow keys go from cell to cell
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_fields.contains(cell.key)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool TemplateGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const std::optional<StoredField> f = fieldAt(index);
    if (!f || role != Qt::EditRole) {
        return false;
    }
    const FieldInput in = FieldInput::read(value.toString(), f->unit);
    if (!in.value) {
        Q_EMIT inputRefused(f->key, in.message);
        return false;
    }
    if (f->finalValue() == in.value && f->status == FieldStatus::Corrected) {
        return true; // nothing changes
    }
    // The same undo command as the fields list's edit: typed edits of one field merge into one step.
    auto* command = new CorrectFieldCommand(*m_session, m_reportId, f->key, *in.value, FieldStatus::Corrected);
    command->setMergeable(true);
    return m_session->push(command);
}

} // namespace jiaohe
