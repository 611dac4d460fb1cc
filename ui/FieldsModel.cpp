// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldsModel.h"

#include "ReviewCommands.h"
#include "ReviewSession.h"
#include "store/FlagTargets.h"

#include "common/NumberText.h"
#include "extract/FieldCatalogue.h"
#include "extract/TemplateShape.h"
#include "numbers/NumberParser.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

namespace jiaohe {

namespace {

constexpr quintptr GroupRow = 0; // internalId of group rows; field rows hold their group's index + 1

QString valueText(const StoredField& f)
{
    const std::optional<double> value = f.finalValue();
    if (!value) {
        return QStringLiteral("—");
    }
    const bool corrected = std::optional<FieldStatus>(f.status) == FieldStatus::Corrected && f.correctedValue;
    const bool approx = f.approx && !corrected;
    if (f.blank && !corrected) {
        return FieldsModel::tr("(blank) 0");
    }
    return (approx ? QStringLiteral("≈") : QString()) + numberText(*value);
}

} // namespace

FieldInput FieldInput::read(const QString& text, const QString& unit)
{
    FieldInput in;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        in.message = FieldsModel::tr("Type a number as the report writes it (1.2万, １２３, 一千二百).");
        return in;
    }
    const std::optional<Quantity> q = parseQuantity(t);
    if (!q) {
        in.message = FieldsModel::tr("“%1” cannot be read as a number.").arg(t);
        return in;
    }
    const bool percent = q->unit == u"%";
    if (percent && unit != u"%") {
        in.message = FieldsModel::tr("“%1” is a percentage, but this field is a count (%2).").arg(t, unit);
        return in;
    }
    if (!percent && unit == u"%" && !q->unit.isEmpty()) {
        in.message = FieldsModel::tr("“%1” is a count, but this field is a percentage.").arg(t);
        return in;
    }
    if (!std::isfinite(q->value)) {
        in.message = FieldsModel::tr("“%1” is too large.").arg(t);
        return in;
    }
    in.value = q->value;
    in.message = FieldsModel::tr("= %1").arg(numberText(q->value));
    return in;
}

QString FieldsModel::statusText(FieldStatus status)
{
    switch (status) {
    case FieldStatus::Unreviewed:
        return tr("unreviewed");
    case FieldStatus::Confirmed:
        return tr("confirmed");
    case FieldStatus::Corrected:
        return tr("corrected");
    case FieldStatus::AsPrinted:
        return tr("source error");
    case FieldStatus::NotApplicable:
        return tr("not applicable");
    }
    return QString();
}

FieldsModel::FieldsModel(ReviewSession* session, QObject* parent) : QAbstractItemModel(parent), m_session(session)
{
    session->followFields(
        this, [this] { reload(); }, [this](const QString& key) { updateField(key); }, [this] { updateFlagged(); });
    reload();
}

void FieldsModel::reload()
{
    ReviewStore* store = m_session->store();
    m_reportId = store ? m_session->currentReport() : 0;
    const QList<StoredField> fields = m_reportId > 0 ? store->fields(m_reportId) : QList<StoredField>();
    const QList<StoredFlag> flags = m_reportId > 0 ? m_session->currentFlags() : QList<StoredFlag>();
    setFields(fields, FlagTargets::flaggedFields(flags, fields));
}

void FieldsModel::setFields(const QList<StoredField>& fields, const QSet<QString>& flagged)
{
    beginResetModel();
    m_groups.clear();
    m_flagged = flagged;
    m_english = !QLocale().name().startsWith(u"zh");
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    QHash<QString, int> groupIndex;
    for (const FieldGroup& g : catalogue.groups()) {
        groupIndex.insert(g.id, int(m_groups.size()));
        m_groups.append(Group{g.id, m_english ? g.labelEn : g.labelZh, {}});
    }
    Group other{QString(), tr("Other"), {}};
    for (const StoredField& f : fields) {
        const FieldDef* def = catalogue.find(f.key);
        const int g = def ? groupIndex.value(def->group, -1) : -1;
        (g >= 0 ? m_groups[g] : other).fields.append(f);
    }
    if (!other.fields.isEmpty()) {
        m_groups.append(other);
    }
    m_groups.removeIf([](const Group& g) { return g.fields.isEmpty(); });
    endResetModel();
}

QList<StoredField> FieldsModel::fields() const
{
    QList<StoredField> out;
    for (const Group& g : m_groups) {
        out.append(g.fields);
    }
    return out;
}

int FieldsModel::groupOf(const QString& key) const
{
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    const QString id = def ? def->group : QString();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].id == id) {
            return int(g);
        }
    }
    return -1;
}

void FieldsModel::updateField(const QString& key)
{
    const std::optional<StoredField> now = m_session->field(m_reportId, key);
    const QModelIndex at = indexOfKey(key);
    if (at.isValid() && now) { // the usual case: one row changed
        m_groups[at.internalId() - 1].fields[at.row()] = *now;
        Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
        return;
    }
    if (at.isValid()) { // gone (the undo of an assignment): its row, and its group when that is left empty
        const int g = int(at.internalId() - 1);
        if (m_groups[g].fields.size() == 1) {
            beginRemoveRows(QModelIndex(), g, g);
            m_groups.removeAt(g);
            endRemoveRows();
        } else {
            beginRemoveRows(index(g, 0), at.row(), at.row());
            m_groups[g].fields.removeAt(at.row());
            endRemoveRows();
        }
        return;
    }
    if (!now) {
        return;
    }
    const int g = groupOf(key);
    if (g < 0) { // a field of a group not shown yet: the tree again
        reload();
        return;
    }
    const int row = int(m_groups[g].fields.size());
    beginInsertRows(index(g, 0), row, row);
    m_groups[g].fields.append(*now);
    endInsertRows();
}

void FieldsModel::updateFlagged()
{
    ReviewStore* store = m_session->store();
    if (!store || m_reportId <= 0) {
        return;
    }
    const QSet<QString> flagged = FlagTargets::flaggedFields(m_session->currentFlags(), fields());
    const QSet<QString> changed = (flagged - m_flagged) + (m_flagged - flagged);
    m_flagged = flagged;
    for (const QString& key : changed) {
        const QModelIndex at = indexOfKey(key);
        if (at.isValid()) {
            Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
        }
    }
}

QString FieldsModel::label(const QString& key) const
{
    // A cell of the template's tables: its row and its column apart ("不予公开:属于国家秘密 › 商业企业"), so that the
    // eight cells of a row, cut in the middle when narrow, still differ at the end. The table is the group above.
    const TemplateShape& shape = TemplateShape::builtin();
    const qsizetype dot = key.indexOf(u'.');
    const TemplateTable* table = dot > 0 ? shape.table(QStringView(key).left(dot)) : nullptr;
    if (table && !table->columns.isEmpty()) {
        for (const TemplateColumn& column : table->columns) {
            if (!key.endsWith(u'.' + column.key)) {
                continue;
            }
            const QString rowKey = key.mid(dot + 1, key.size() - dot - 2 - column.key.size());
            for (const TemplateRow& row : table->rows) {
                if (row.key == rowKey) {
                    return QStringLiteral("%1 › %2").arg(m_english ? row.labelEn : row.labelZh,
                                                         m_english ? column.labelEn : column.labelZh);
                }
            }
        }
    }
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    return def ? def->label(m_english ? QStringLiteral("en") : QStringLiteral("zh")) : key;
}

QString FieldsModel::fullLabel(const QString& key) const
{
    const int g = groupOf(key);
    const QString group = g >= 0 && g < m_groups.size() ? m_groups.at(g).label : QString();
    return group.isEmpty() ? label(key) : QStringLiteral("%1 › %2").arg(group, label(key));
}

const StoredField* FieldsModel::field(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupRow) {
        return nullptr;
    }
    const qsizetype g = qsizetype(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups[g].fields.size()) {
        return nullptr;
    }
    return &m_groups[g].fields[index.row()];
}

QModelIndex FieldsModel::indexOfKey(const QString& key, int column) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (qsizetype r = 0; r < m_groups[g].fields.size(); ++r) {
            if (m_groups[g].fields[r].key == key) {
                return createIndex(int(r), column, quintptr(g + 1));
            }
        }
    }
    return QModelIndex();
}

QString FieldsModel::keyAt(const QModelIndex& index) const
{
    const StoredField* f = field(index);
    return f ? f->key : QString();
}

std::optional<StoredField> FieldsModel::fieldAt(const QModelIndex& index) const
{
    const StoredField* f = field(index);
    return f ? std::optional<StoredField>(*f) : std::nullopt;
}

QList<QModelIndex> FieldsModel::fieldIndexes() const
{
    QList<QModelIndex> out;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (qsizetype r = 0; r < m_groups[g].fields.size(); ++r) {
            out.append(createIndex(int(r), LabelColumn, quintptr(g + 1)));
        }
    }
    return out;
}

QModelIndex FieldsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, GroupRow) : QModelIndex();
    }
    if (parent.internalId() != GroupRow || parent.row() >= m_groups.size() ||
        row >= m_groups[parent.row()].fields.size()) {
        return QModelIndex();
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FieldsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRow) {
        return QModelIndex();
    }
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int FieldsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() == GroupRow && parent.column() == 0 && parent.row() < m_groups.size()) {
        return int(m_groups[parent.row()].fields.size());
    }
    return 0;
}

int FieldsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FieldsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    if (index.internalId() == GroupRow) {
        if (index.row() >= m_groups.size()) {
            return QVariant();
        }
        if (role == Qt::DisplayRole && index.column() == LabelColumn) {
            return m_groups[index.row()].label;
        }
        if (role == Qt::FontRole && index.column() == LabelColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    }
    const StoredField* f = field(index);
    if (!f) {
        return QVariant();
    }
    const bool flagged = m_flagged.contains(f->key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return label(f->key);
        case ValueColumn:
            return valueText(*f);
        case UnitColumn:
            return f->unit;
        case StatusColumn:
            return statusText(f->status);
        }
        return QVariant();
    case Qt::EditRole:
        if (index.column() == ValueColumn) {
            const std::optional<double> v = f->finalValue();
            return v ? numberText(*v) : QString();
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn) {
            return f->blank ? tr("Left blank in the report's table: read as 0")
                            : tr("As printed: %1").arg(f->evidenceText);
        }
        if (index.column() == LabelColumn) {
            const QString label = QStringLiteral("%1\n%2").arg(fullLabel(f->key), f->key);
            return flagged ? tr("%1\nAn open flag points at this number.").arg(label) : label;
        }
        if (!f->note.isEmpty()) { // the reviewer's note (Review → Note on field…) on the unit and status cells
            return tr("Note: %1").arg(f->note);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && flagged) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && f->blank) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return QVariant();
    case Qt::FontRole:
        if (flagged ||
            (index.column() == StatusColumn && std::optional<FieldStatus>(f->status) == FieldStatus::Unreviewed)) {
            QFont font;
            font.setBold(flagged);
            font.setItalic(!flagged);
            return font;
        }
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return flagged ? tr("flagged") : QVariant();
    case KeyRole:
        return f->key;
    case StartRole:
        return f->evidenceStart;
    case EndRole:
        return f->evidenceEnd;
    case StatusRole:
        return toString(f->status);
    case FlaggedRole:
        return flagged;
    case UnitRole:
        return f->unit;
    }
    return QVariant();
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case LabelColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

Qt::ItemFlags FieldsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == GroupRow) {
        return f;
    }
    if (index.column() == ValueColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f | Qt::ItemNeverHasChildren;
}

bool FieldsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const StoredField* f = field(index);
    if (!f || role != Qt::EditRole || index.column() != ValueColumn) {
        return false;
    }
    const FieldInput in = FieldInput::read(value.toString(), f->unit);
    const QString key = f->key;
    if (!in.value) {
        Q_EMIT inputRefused(key, in.message);
        return false;
    }
    if (f->finalValue() == in.value && f->status == FieldStatus::Corrected) {
        return true; // nothing changes
    }
    // The edit is an undo command like any other decision; typed edits of one field merge into one step.
    auto* command = new CorrectFieldCommand(*m_session, m_reportId, key, *in.value, FieldStatus::Corrected);
    command->setMergeable(true);
    return m_session->push(command);
}

// --- FieldValueDelegate

QWidget* FieldValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("fieldValueEditor"));
    edit->setAccessibleName(FieldsModel::tr("New value"));
    edit->setPlaceholderText(FieldsModel::tr("e.g. 1.2万, １２３, 一千二百"));
    edit->setFrame(false);
    const QString unit = index.data(FieldsModel::UnitRole).toString();
    edit->setProperty("fieldUnit", unit);
    connect(edit, &QLineEdit::textEdited, this, [this, edit, unit](const QString& text) {
        const FieldInput in = FieldInput::read(text, unit);
        edit->setToolTip(in.message);
        QPalette p = edit->palette();
        p.setColor(QPalette::Text, in.value ? QApplication::palette().color(QPalette::Text) : QColor(200, 30, 30));
        edit->setPalette(p);
        Q_EMIT preview(in.message, in.value.has_value());
    });
    return edit;
}

void FieldValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void FieldValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor); edit && edit->isModified()) {
        model->setData(index, edit->text(), Qt::EditRole);
    }
}

bool FieldValueDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* edit = qobject_cast<QLineEdit*>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const FieldInput in = FieldInput::read(edit->text(), edit->property("fieldUnit").toString());
            if (!in.value && edit->isModified()) {
                // Refused: the editor stays open with the reason, nothing is written.
                edit->setToolTip(in.message);
                Q_EMIT preview(in.message, false);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace jiaohe
