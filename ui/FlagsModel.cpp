// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagsModel.h"

#include "ReviewSession.h"
#include "common/NumberText.h"
#include "store/Status.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace jiaohe {

namespace {

bool english()
{
    return !QLocale().name().startsWith(u"zh");
}

// Listed: raised by the checks, or decided (the decision is a record the reviewer wants to see).
bool isListed(const StoredFlag& f)
{
    return f.active || f.resolution != Resolution::Open;
}

bool sameFlag(const StoredFlag& a, const StoredFlag& b)
{
    return a.id == b.id && a.kind == b.kind && a.severity == b.severity && a.messageZh == b.messageZh &&
           a.messageEn == b.messageEn && a.numbers == b.numbers && a.spans == b.spans && a.resolution == b.resolution &&
           a.reason == b.reason && a.decidedBy == b.decidedBy && a.decidedAt == b.decidedAt &&
           a.acceptedValue == b.acceptedValue && a.active == b.active && a.relatedReport == b.relatedReport &&
           a.suggestion.has_value() == b.suggestion.has_value() &&
           (!a.suggestion || (a.suggestion->value == b.suggestion->value &&
                              a.suggestion->start == b.suggestion->start && a.suggestion->end == b.suggestion->end));
}

} // namespace

FlagsModel::FlagsModel(ReviewSession* session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &ReviewSession::currentReportChanged, this, &FlagsModel::reload);
    connect(session, &ReviewSession::databaseChanged, this, &FlagsModel::reload);
    connect(session, &ReviewSession::flagChanged, this, [this](qint64 reportId, qint64 flagId) {
        if (reportId == m_reportId) {
            updateFlag(flagId);
        }
    });
    connect(session, &ReviewSession::flagsChanged, this, [this](qint64 reportId) {
        if (reportId == m_reportId) {
            updateFlags();
        }
    });
    reload();
}

QList<std::pair<QString, QString>> FlagsModel::kinds()
{
    return {{QStringLiteral("sum"), tr("Sum")},
            {QStringLiteral("percent"), tr("Share")},
            {QStringLiteral("percent_sum"), tr("Shares total")},
            {QStringLiteral("unit"), tr("Unit slip")},
            {QStringLiteral("restatement"), tr("Restated")},
            {QStringLiteral("numbering"), tr("Numbering")},
            {QStringLiteral("missing_section"), tr("Missing section")},
            {QStringLiteral("year"), tr("Across years")},
            {QStringLiteral("table_unreadable"), tr("Table unreadable")},
            {QStringLiteral("too_many_flags"), tr("Too many findings")}};
}

QString FlagsModel::kindText(const QString& kind)
{
    for (const auto& [code, text] : kinds()) {
        if (code == kind) {
            return text;
        }
    }
    return kind;
}

QString FlagsModel::severityText(const QString& severity)
{
    const QString s = severity.toLower();
    if (s == u"error") {
        return tr("Error");
    }
    if (s == u"warning") {
        return tr("Warning");
    }
    if (s == u"info") {
        return tr("Info");
    }
    return severity;
}

QString FlagsModel::resolutionText(const QString& resolution)
{
    const std::optional<Resolution> r = resolutionFromString(resolution);
    if (!r) {
        return resolution;
    }
    switch (*r) {
    case Resolution::Open:
        return tr("open");
    case Resolution::Fixed:
        return tr("fixed");
    case Resolution::SourceError:
        return tr("source error");
    case Resolution::Dismissed:
        return tr("dismissed");
    }
    return resolution;
}

QString FlagsModel::decisionWords(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Open:
        return tr("Open");
    case Resolution::Fixed:
        return tr("Fix accepted");
    case Resolution::SourceError:
        return tr("Source error");
    case Resolution::Dismissed:
        return tr("Dismissed");
    }
    return QString();
}

QString FlagsModel::decisionText(const StoredFlag& flag)
{
    const QString words = decisionWords(flag.resolution);
    if (flag.resolution == Resolution::Open) {
        return words; // a reopened flag keeps no reason worth showing
    }
    if (!flag.reason.isEmpty()) {
        return tr("%1: %2").arg(words, flag.reason);
    }
    if (flag.acceptedValue) {
        return tr("%1: %2").arg(words, numberText(*flag.acceptedValue));
    }
    return words;
}

void FlagsModel::reload()
{
    beginResetModel();
    m_reportId = m_session->store() ? m_session->currentReport() : 0;
    m_flags = listed();
    endResetModel();
}

void FlagsModel::updateFlag(qint64 flagId)
{
    const int row = rowOf(flagId);
    const std::optional<StoredFlag> f = m_session->flag(m_reportId, flagId);
    if (row < 0 || !f || !isListed(*f)) {
        updateFlags(); // it came or went: the list as a whole
        return;
    }
    m_flags[row] = *f;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FlagsModel::updateFlags()
{
    const QList<StoredFlag> now = listed();
    QList<qint64> ids;
    for (const StoredFlag& f : now) {
        ids.append(f.id);
    }
    // Rows gone first (from the end), then the rows of `now` in its order: the same flag updated in place,
    // a new one inserted. Flags that stayed keep their order, so this walk lines the two lists up.
    for (int row = int(m_flags.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_flags[row].id)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_flags.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < now.size(); ++row) {
        if (row < m_flags.size() && m_flags[row].id == now[row].id) {
            if (!sameFlag(m_flags[row], now[row])) {
                m_flags[row] = now[row];
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int at = rowOf(now[row].id);
        if (at >= 0) { // the order changed: rare enough to show the list again
            beginResetModel();
            m_flags = now;
            endResetModel();
            return;
        }
        beginInsertRows(QModelIndex(), row, row);
        m_flags.insert(row, now[row]);
        endInsertRows();
    }
}

QList<StoredFlag> FlagsModel::listed() const
{
    QList<StoredFlag> shown;
    if (m_reportId > 0 && m_session->store()) {
        for (const StoredFlag& f : m_session->store()->flags(m_reportId, true)) {
            if (isListed(f)) {
                shown.append(f);
            }
        }
    }
    return shown;
}

int FlagsModel::rowOf(qint64 flagId) const
{
    for (int row = 0; row < m_flags.size(); ++row) {
        if (m_flags[row].id == flagId) {
            return row;
        }
    }
    return -1;
}

qint64 FlagsModel::flagId(int row) const
{
    return row >= 0 && row < m_flags.size() ? m_flags[row].id : 0;
}

const StoredFlag* FlagsModel::flagAt(int row) const
{
    return row >= 0 && row < m_flags.size() ? &m_flags[row] : nullptr;
}

int FlagsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlagsModel::fixText(const StoredFlag& f) const
{
    if (!f.suggestion) {
        return QString();
    }
    const QString& text = m_session->currentText();
    const qsizetype start = std::clamp<qsizetype>(f.suggestion->start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(f.suggestion->end, start, text.size());
    const QString printed = text.mid(start, end - start);
    return printed.isEmpty() ? numberText(f.suggestion->value)
                             : QStringLiteral("%1 → %2").arg(printed, numberText(f.suggestion->value));
}

QVariant FlagsModel::data(const QModelIndex& index, int role) const
{
    const StoredFlag* f = index.isValid() ? flagAt(index.row()) : nullptr;
    if (!f) {
        return QVariant();
    }
    const QString message = english() ? f->messageEn : f->messageZh;
    const qsizetype length = m_session->currentText().size();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f->severity);
        case KindColumn:
            return kindText(f->kind);
        case MessageColumn:
            return message;
        case ResolutionColumn:
            return resolutionText(toString(f->resolution));
        case DecisionColumn:
            return decisionText(*f);
        case FixColumn:
            return fixText(*f);
        case NumbersColumn: {
            QStringList numbers;
            for (double v : f->numbers) {
                numbers.append(numberText(v));
            }
            return numbers.join(QStringLiteral(", "));
        }
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == FixColumn && f->suggestion) {
            return tr("Ctrl+Shift+A accepts the suggested fix");
        }
        if (index.column() == KindColumn) {
            return f->kind;
        }
        if (index.column() == DecisionColumn) {
            return decisionText(*f);
        }
        if (index.column() == MessageColumn && !f->active) {
            return tr("%1\nNo longer raised by the checks; the decision is kept.").arg(message);
        }
        if (index.column() == MessageColumn) {
            return f->relatedReport > 0 ? tr("%1\nCtrl+Shift+R: open last year's report").arg(message) : message;
        }
        return QVariant();
    case Qt::ForegroundRole:
        return f->active ? QVariant() : QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case FlagIdRole:
        return f->id;
    case StartRole:
        return f->spans.isEmpty() ? QVariant() : QVariant(std::clamp<qsizetype>(f->spans.first().first, 0, length));
    case EndRole:
        return f->spans.isEmpty() ? QVariant() : QVariant(std::clamp<qsizetype>(f->spans.first().second, 0, length));
    case ResolutionRole:
        return toString(f->resolution);
    case RelatedRole:
        return f->relatedReport;
    case KindRole:
        return f->kind;
    }
    return QVariant();
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    case ResolutionColumn:
        return tr("Resolution");
    case DecisionColumn:
        return tr("Decision");
    case FixColumn:
        return tr("Suggested fix");
    case NumbersColumn:
        return tr("Numbers");
    }
    return QVariant();
}

} // namespace jiaohe
