// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "FlagsModel.h"
#include "ReportQueueModel.h"
#include "ReviewSession.h"
#include "common/NumberText.h"
#include "extract/FieldCatalogue.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace jiaohe {

namespace {

bool english()
{
    return !QLocale().name().startsWith(u"zh");
}

// The number at the start of an audit value: "199693", or "1081 「1081件」" (a value with its evidence).
std::optional<double> leadingNumber(const QString& value)
{
    const qsizetype quote = value.indexOf(QStringLiteral(" 「"));
    bool ok = false;
    const double v = (quote >= 0 ? value.left(quote) : value).trimmed().toDouble(&ok); // C locale, as written
    return ok ? std::optional<double>(v) : std::nullopt;
}

bool isFieldValueAction(const QString& action)
{
    return action == u"field_correct" || action == u"field_as_printed" || action == u"field_assign" ||
           action == u"field_restore";
}

} // namespace

HistoryModel::HistoryModel(ReviewSession* session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &ReviewSession::currentReportChanged, this, &HistoryModel::reload);
    connect(session, &ReviewSession::databaseChanged, this, &HistoryModel::reload);
    // Every decision writes its audit entry in the same transaction, so a change signal means new rows.
    const auto follow = [this](qint64 reportId) {
        if (reportId == m_reportId) {
            update();
        }
    };
    connect(session, &ReviewSession::fieldChanged, this, follow);
    connect(session, &ReviewSession::flagChanged, this, follow);
    connect(session, &ReviewSession::reportStatusChanged, this, follow);
    connect(session, &ReviewSession::readOnlyChanged, this, &HistoryModel::reload); // a claim taken over
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    ReviewStore* store = m_session->store();
    m_reportId = store ? m_session->currentReport() : 0;
    m_entries.clear();
    m_flags.clear();
    if (m_reportId > 0) {
        const QList<AuditEntry> entries = store->auditEntries(m_reportId);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            m_entries.append(*it);
        }
        for (const StoredFlag& f : store->flags(m_reportId, true)) {
            m_flags.insert(f.id, f);
        }
    }
    endResetModel();
}

void HistoryModel::update()
{
    ReviewStore* store = m_session->store();
    if (!store || m_reportId <= 0) {
        return;
    }
    const qint64 newest = m_entries.isEmpty() ? 0 : m_entries.first().id;
    QList<AuditEntry> added; // newest first, as shown
    const QList<AuditEntry> entries = store->auditEntries(m_reportId);
    for (auto it = entries.crbegin(); it != entries.crend() && it->id > newest; ++it) {
        added.append(*it);
    }
    if (added.isEmpty()) {
        return;
    }
    for (const AuditEntry& e : std::as_const(added)) {
        if (e.flagId > 0 && !m_flags.contains(e.flagId)) { // a flag raised since: the report's flags again
            for (const StoredFlag& f : store->flags(m_reportId, true)) {
                m_flags.insert(f.id, f);
            }
            break;
        }
    }
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    m_entries = added + m_entries;
    endInsertRows();
}

const AuditEntry* HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

std::optional<FieldRevert> HistoryModel::revertTarget(int row) const
{
    const AuditEntry* e = entryAt(row);
    if (!e || e->fieldKey.isEmpty()) {
        return std::nullopt;
    }
    FieldRevert r{e->reportId, e->fieldKey, std::nullopt, QString(), QString()};
    if (e->action == u"field_status") {
        if (e->oldValue.isEmpty()) {
            return std::nullopt;
        }
        r.status = e->oldValue;
        r.shown = fieldStatusText(e->oldValue);
        return r;
    }
    if (!isFieldValueAction(e->action)) {
        return std::nullopt;
    }
    r.value = leadingNumber(e->oldValue);
    if (!r.value) { // nothing recorded before (a field assigned for the first time, an undo): the value it set
        r.value = leadingNumber(e->newValue);
    }
    if (!r.value) {
        return std::nullopt;
    }
    r.shown = numberText(*r.value);
    return r;
}

QString HistoryModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("new_version"), QT_TR_NOOP("New version imported")},
        {QStringLiteral("field_status"), QT_TR_NOOP("Status")},
        {QStringLiteral("field_correct"), QT_TR_NOOP("Corrected")},
        {QStringLiteral("field_as_printed"), QT_TR_NOOP("Source error (printed value kept)")},
        {QStringLiteral("field_assign"), QT_TR_NOOP("Assigned from the text")},
        {QStringLiteral("field_restore"), QT_TR_NOOP("Put back (undo)")},
        {QStringLiteral("field_note"), QT_TR_NOOP("Note")},
        {QStringLiteral("flag_resolve"), QT_TR_NOOP("Flag decision")},
        {QStringLiteral("report_status"), QT_TR_NOOP("Report status")},
        {QStringLiteral("report_note"), QT_TR_NOOP("Report note")},
        {QStringLiteral("claim_takeover"), QT_TR_NOOP("Review taken over")},
    };
    const auto it = words.constFind(action);
    if (it != words.constEnd()) {
        return tr(it.value());
    }
    QString shown = action; // an action of a later version: its code in words, at least
    return shown.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString HistoryModel::fieldStatusText(const QString& status)
{
    // By code rather than by enum, so that the history also reads entries written by other versions.
    static const QHash<QString, const char*> words{
        {QStringLiteral("unreviewed"), QT_TR_NOOP("unreviewed")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("confirmed")},
        {QStringLiteral("corrected"), QT_TR_NOOP("corrected")},
        {QStringLiteral("as_printed"), QT_TR_NOOP("source error")},
        {QStringLiteral("source_error"), QT_TR_NOOP("source error")},
        {QStringLiteral("not_applicable"), QT_TR_NOOP("not applicable")},
    };
    const auto it = words.constFind(status);
    return it != words.constEnd() ? tr(it.value()) : status;
}

QString HistoryModel::fieldLabel(const QString& key)
{
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    if (!def) {
        return key;
    }
    const QString label = def->label(english() ? QStringLiteral("en") : QStringLiteral("zh"));
    return label.isEmpty() ? key : label;
}

QString HistoryModel::subjectText(const AuditEntry& e) const
{
    if (!e.fieldKey.isEmpty()) {
        return fieldLabel(e.fieldKey);
    }
    if (e.flagId > 0) {
        const auto it = m_flags.constFind(e.flagId);
        if (it == m_flags.constEnd()) {
            return tr("Flag %1").arg(e.flagId);
        }
        return tr("%1: %2").arg(FlagsModel::kindText(it->kind), english() ? it->messageEn : it->messageZh);
    }
    return tr("Report");
}

QString HistoryModel::valueText(const AuditEntry& e, const QString& value) const
{
    if (value.isEmpty()) {
        return QString();
    }
    if (e.action == u"field_status") {
        return fieldStatusText(value);
    }
    if (e.action == u"flag_resolve") {
        return FlagsModel::resolutionText(value);
    }
    if (e.action == u"report_status") {
        return ReportQueueModel::statusText(value);
    }
    return value;
}

QString HistoryModel::changeText(const AuditEntry& e) const
{
    if (e.action == u"import") {
        return QString(); // the new value is the file's hash: nothing a reviewer reads
    }
    if (e.action == u"new_version") {
        return tr("replaces report %1").arg(e.oldValue);
    }
    const QString from = valueText(e, e.oldValue);
    const QString to = valueText(e, e.newValue);
    if (from.isEmpty()) {
        return to.isEmpty() ? QString() : QStringLiteral("→ %1").arg(to);
    }
    return QStringLiteral("%1 → %2").arg(from, to);
}

QString HistoryModel::reasonText(const AuditEntry& e) const
{
    // Assigning from the text records where the evidence is ("evidence 120–124"); the change shows its text.
    static const QRegularExpression position(QStringLiteral("^evidence \\d+–\\d+$"));
    if (e.action == u"field_assign" && position.match(e.reason).hasMatch()) {
        return QString();
    }
    return e.reason;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime at = QDateTime::fromString(e->at, Qt::ISODateWithMs);
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : e->at;
        }
        case WhoColumn:
            return e->who;
        case ActionColumn:
            return actionText(e->action);
        case SubjectColumn:
            return subjectText(*e);
        case ChangeColumn:
            return changeText(*e);
        case ReasonColumn:
            return reasonText(*e);
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return e->at;
        case SubjectColumn:
            return e->fieldKey.isEmpty() ? subjectText(*e) : tr("%1\n%2").arg(subjectText(*e), e->fieldKey);
        case ChangeColumn:
            return changeText(*e);
        case ReasonColumn:
            return e->reason;
        }
        return QVariant();
    case AuditIdRole:
        return e->id;
    case ActionRole:
        return e->action;
    case FieldKeyRole:
        return e->fieldKey;
    case FlagIdRole:
        return e->flagId;
    }
    return QVariant();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Field or flag");
    case ChangeColumn:
        return tr("From → to");
    case ReasonColumn:
        return tr("Reason or note");
    }
    return QVariant();
}

} // namespace jiaohe
