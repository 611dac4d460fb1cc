// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionBook.h"

#include "Database.h"
#include "ReviewStore.h"

#include <QSqlQuery>
#include <QStringView>
#include <QVariant>

#include <algorithm>

namespace jiaohe {

namespace {

using Action = Decision::Action;

// Positions as `check --json` gives them (Unicode code points) and as the database keeps them (UTF-16).
qint64 codePoints(const QString& text, qint64 utf16)
{
    return QStringView(text).left(std::min<qint64>(utf16, text.size())).toUcs4().size();
}

qint64 utf16Index(const QString& text, qint64 codePoints)
{
    qint64 i = 0;
    for (qint64 n = 0; n < codePoints && i < text.size(); ++n) {
        i += QChar::isHighSurrogate(text.at(i).unicode()) && i + 1 < text.size() ? 2 : 1;
    }
    return i;
}

Decision about(const StoredReport& r)
{
    Decision d;
    d.report = r.contentHash;
    d.file = r.fileName;
    return d;
}

// A field's decision as a line: its status (the reviewer's value with it), its note; nothing when the field is
// unreviewed and has no note.
std::optional<Decision> fieldDecision(const StoredReport& r, const StoredField& f, const QString& text)
{
    Decision d = about(r);
    d.field = f.key;
    d.note = f.note;
    d.reviewer = f.reviewedBy;
    d.at = f.reviewedAt;
    switch (f.status) {
    case FieldStatus::Confirmed:
        d.action = Action::Confirm;
        break;
    case FieldStatus::Corrected:
        d.action = Action::Correct;
        d.value = f.correctedValue ? f.correctedValue : std::optional<double>(f.value);
        if (!f.extracted) { // assigned from the text: where, so that apply can assign it in a fresh import
            d.evidence = std::pair(codePoints(text, f.evidenceStart), codePoints(text, f.evidenceEnd));
            d.unit = f.unit;
        }
        break;
    case FieldStatus::AsPrinted:
        d.action = Action::SourceError;
        d.value = f.correctedValue;
        break;
    case FieldStatus::NotApplicable:
        d.action = Action::NotApplicable;
        break;
    case FieldStatus::Unreviewed:
        if (f.note.isEmpty()) {
            return std::nullopt;
        }
        d.action = Action::Note;
        break;
    }
    return d;
}

std::optional<Decision> flagDecision(const StoredReport& r, const StoredFlag& f)
{
    Decision d = about(r);
    d.flag = f.identity;
    d.reviewer = f.decidedBy;
    d.at = f.decidedAt;
    d.reason = f.reason;
    switch (f.resolution) {
    case Resolution::Open:
        return std::nullopt;
    case Resolution::Fixed:
        d.action = Action::Accept;
        d.value = f.acceptedValue;
        break;
    case Resolution::SourceError:
        d.action = Action::SourceError;
        break;
    case Resolution::Dismissed:
        d.action = Action::Dismiss;
        break;
    }
    return d;
}

} // namespace

QList<Decision> DecisionBook::collect()
{
    QList<Decision> out;
    for (const StoredReport& r : m_store.reports()) {
        const QList<StoredField> fields = m_store.fields(r.id);
        const bool assigned =
            std::any_of(fields.cbegin(), fields.cend(), [](const StoredField& f) { return !f.extracted; });
        const QString text = assigned ? m_store.originalText(r.id) : QString();
        for (const StoredField& f : fields) {
            if (const std::optional<Decision> d = fieldDecision(r, f, text)) {
                out.append(*d);
            }
        }
        for (const StoredFlag& f : m_store.flags(r.id, true)) {
            if (const std::optional<Decision> d = flagDecision(r, f)) {
                out.append(*d);
            }
        }
        if (!r.note.isEmpty()) {
            Decision d = about(r);
            d.action = Action::Note;
            d.note = r.note;
            out.append(d);
        }
        if (r.status == ReportStatus::Reviewed) {
            Decision d = about(r);
            d.action = Action::Reviewed;
            d.reviewer = r.reviewedBy;
            d.at = r.reviewedAt;
            out.append(d);
        }
    }
    return out;
}

qint64 DecisionBook::lastAuditId()
{
    QSqlQuery q(m_store.database().connection());
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit")) && q.next() ? q.value(0).toLongLong() : -1;
}

DecisionBook::Outcome DecisionBook::apply(const Decision& d)
{
    m_error.clear();
    const std::optional<qint64> reportId = m_store.reportWithHash(d.report.toLatin1());
    if (!reportId) {
        m_error = d.file.isEmpty() ? tr("no report in the database has the SHA-256 %1").arg(d.report)
                                   : tr("no report in the database has the SHA-256 %1 (%2)").arg(d.report, d.file);
        return Outcome::Failed;
    }
    // The decision keeps its reviewer and time (taken elsewhere); without them, this reviewer, now.
    m_store.setOnBehalf(d.reviewer, d.at);
    const Outcome outcome = run(d, *reportId);
    m_store.setOnBehalf(QString(), QString());
    return outcome;
}

DecisionBook::Outcome DecisionBook::run(const Decision& d, qint64 reportId)
{
    const qint64 before = lastAuditId();
    bool ok = false;
    if (!d.field.isEmpty()) {
        ok = runOnField(d, reportId);
    } else if (!d.flag.isEmpty()) {
        ok = runOnFlag(d, reportId);
    } else if (d.action == Action::Note) {
        ok = m_store.setReportNote(reportId, d.note);
    } else {
        ok = m_store.setReportStatus(reportId, ReportStatus::Reviewed);
    }
    if (!ok) {
        if (m_error.isEmpty()) {
            m_error = m_store.error();
        }
        return Outcome::Failed;
    }
    return lastAuditId() == before ? Outcome::Unchanged : Outcome::Applied;
}

bool DecisionBook::runOnField(const Decision& d, qint64 reportId)
{
    std::optional<StoredField> known;
    for (const StoredField& f : m_store.fields(reportId)) {
        if (f.key == d.field) {
            known = f;
        }
    }
    if (d.action == Action::Correct && d.evidence) {
        return assign(d, reportId, known);
    }
    if (!known) {
        m_error = tr("the report has no field “%1”").arg(d.field);
        return false;
    }
    switch (d.action) {
    case Action::Confirm:
        return m_store.setFieldStatus(reportId, d.field, FieldStatus::Confirmed, d.note);
    case Action::Correct:
        return m_store.correctField(reportId, d.field, *d.value, FieldStatus::Corrected, d.note);
    case Action::SourceError:
        return d.value ? m_store.correctField(reportId, d.field, *d.value, FieldStatus::AsPrinted, d.note)
                       : m_store.setFieldStatus(reportId, d.field, FieldStatus::AsPrinted, d.note);
    case Action::NotApplicable:
        return m_store.setFieldStatus(reportId, d.field, FieldStatus::NotApplicable, d.note);
    case Action::Note:
        return m_store.setFieldNote(reportId, d.field, d.note);
    default:
        m_error = tr("“%1” does not apply to a field").arg(Decision::actionCode(d.action));
        return false;
    }
}

bool DecisionBook::assign(const Decision& d, qint64 reportId, const std::optional<StoredField>& field)
{
    const QString text = m_store.originalText(reportId);
    const qint64 start = utf16Index(text, d.evidence->first);
    const qint64 end = utf16Index(text, d.evidence->second);
    if (field && field->status == FieldStatus::Corrected && field->correctedValue == d.value &&
        field->evidenceStart == start && field->evidenceEnd == end) {
        return true; // assigned there before
    }
    return m_store.assignField(reportId, d.field, *d.value, d.unit, start, end);
}

bool DecisionBook::runOnFlag(const Decision& d, qint64 reportId)
{
    const std::optional<StoredFlag> flag = m_store.flagWithIdentity(reportId, d.flag);
    if (!flag) {
        m_error = tr("the report has no flag “%1” (the id `jiaohe check --json` prints)").arg(d.flag);
        return false;
    }
    switch (d.action) {
    case Action::Accept:
        if (d.value && flag->suggestion && flag->suggestion->value != *d.value) {
            m_error = tr("the flag's suggested fix is %1, not %2")
                          .arg(flag->suggestion->value, 0, 'g', 15)
                          .arg(*d.value, 0, 'g', 15);
            return false;
        }
        return m_store.acceptSuggestion(flag->id);
    case Action::SourceError:
        return m_store.resolveFlag(flag->id, Resolution::SourceError, d.reason);
    case Action::Dismiss:
        return m_store.resolveFlag(flag->id, Resolution::Dismissed, d.reason);
    default:
        m_error = tr("“%1” does not apply to a flag").arg(Decision::actionCode(d.action));
        return false;
    }
}

} // namespace jiaohe
