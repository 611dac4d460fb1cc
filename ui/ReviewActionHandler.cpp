// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActionHandler.h"

#include "FieldsModel.h"
#include "FlagsModel.h"
#include "HistoryModel.h"
#include "PdfPageView.h"
#include "ReportProgress.h"
#include "ReportQueueModel.h"
#include "ReviewCommands.h"
#include "ReviewSession.h"
#include "dialogs/CorrectionDialog.h"
#include "dialogs/DismissReasonDialog.h"
#include "dialogs/FieldPickerDialog.h"
#include "dialogs/NoteDialog.h"
#include "extract/FieldCatalogue.h"
#include "numbers/SelectedNumber.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/QueuePanel.h"
#include "panels/ReportPanel.h"
#include "store/FlagTargets.h"
#include "support/MessageBox.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace jiaohe {

ReviewActionHandler::ReviewActionHandler(ReviewSession* session, const Panels& panels, QWidget* window)
    : QObject(window), m_session(session), m_panels(panels), m_window(window)
{
    connect(session, &ReviewSession::currentReportChanged, this, &ReviewActionHandler::updateEnabled);
    connect(session, &ReviewSession::databaseChanged, this, &ReviewActionHandler::updateEnabled);
    connect(session, &ReviewSession::readOnlyChanged, this, &ReviewActionHandler::updateEnabled);
    connect(session, &ReviewSession::actionDone, this, [this](bool ok, const QString& error) {
        m_error = ok ? QString() : error;
        Q_EMIT errorChanged(m_error);
    });
    connect(panels.report, &ReportPanel::assignRequested, this,
            [this](qsizetype start, qsizetype end) { assignFromText(start, end); });
}

QAction* ReviewActionHandler::add(QMenu* menu, const char* name, const QString& text, const QList<QKeySequence>& keys)
{
    QAction* a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    a->setShortcuts(keys);
    a->setShortcutVisibleInContextMenu(true);
    const QString shown = a->shortcut().toString(QKeySequence::NativeText);
    const QString plain = a->text().remove(QLatin1Char('&'));
    a->setToolTip(shown.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shown));
    m_reportActions.append(a);
    return a;
}

QAction* ReviewActionHandler::action(const char* objectName) const
{
    for (QAction* a : m_reportActions) {
        if (a->objectName() == QLatin1String(objectName)) {
            return a;
        }
    }
    return nullptr;
}

void ReviewActionHandler::addReviewActions(QMenu* review)
{
    auto on = [this](QAction* a, auto slot) { connect(a, &QAction::triggered, this, slot); };
    QAction* confirm = add(review, "confirmFieldAction", tr("&Confirm field"),
                           {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    on(confirm, [this] { confirmAndNext(); });
    // Return confirms the selected field (and moves on to the next unreviewed one) while the focus is in the
    // fields list or on the report (text or pages); in the queue, the find bar, an editor or a dialog it keeps
    // its usual meaning.
    confirm->setShortcutContext(Qt::WidgetShortcut);
    for (QWidget* w : {static_cast<QWidget*>(m_panels.fields), static_cast<QWidget*>(m_panels.report->textView()),
                       static_cast<QWidget*>(m_panels.report->pageView())}) {
        w->addAction(confirm);
    }
    on(add(review, "editValueAction", tr("&Edit value in place"), {QKeySequence(Qt::Key_F2)}), [this] {
        if (!m_panels.fields->editCurrentValue()) {
            Q_EMIT message(tr("Select a field first"));
        }
    });
    on(add(review, "correctFieldAction", tr("C&orrect field…"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)}),
       [this] { correctFromDialog(); });
    on(add(review, "assignFromTextAction", tr("&Assign selected number to field"),
           {QKeySequence(Qt::CTRL | Qt::Key_T)}),
       [this] { assignFromSelection(false); });
    on(add(review, "assignToFieldAction", tr("Assign selected number to &another field…"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}),
       [this] { assignFromSelection(true); });
    on(add(review, "nextUnreviewedFieldAction", tr("Next &unreviewed field"), {QKeySequence(Qt::Key_F6)}),
       [this] { selectNextUnreviewed(1); });
    on(add(review, "previousUnreviewedFieldAction", tr("Previous unreviewed field"),
           {QKeySequence(Qt::SHIFT | Qt::Key_F6)}),
       [this] { selectNextUnreviewed(-1); });
    on(add(review, "asPrintedAction", tr("Field is a &source error (keep the printed value)"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
       [this] { setCurrentFieldStatus(FieldStatus::AsPrinted); });
    on(add(review, "notApplicableAction", tr("Field &not applicable"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}),
       [this] { setCurrentFieldStatus(FieldStatus::NotApplicable); });
    on(add(review, "unreviewedFieldAction", tr("Mark field &unreviewed"), {}),
       [this] { setCurrentFieldStatus(FieldStatus::Unreviewed); });
    review->addSeparator();
    on(add(review, "acceptSuggestionAction", tr("&Accept suggested fix"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}),
       [this] { acceptSuggestion(); });
    on(add(review, "sourceErrorAction", tr("Flag is a &source error"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}),
       [this] { resolveCurrentFlag(Resolution::SourceError); });
    on(add(review, "dismissFlagAction", tr("&Dismiss flag…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}),
       [this] { dismissFromDialog(); });
    on(add(review, "reopenFlagAction", tr("R&eopen flag"), {}), [this] { resolveCurrentFlag(Resolution::Open); });
    review->addSeparator();
    on(add(review, "reviewedNextAction", tr("Report &reviewed, open next"),
           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}),
       [this] { markReviewedAndNext(); });
    review->addSeparator();
    on(add(review, "fieldNoteAction", tr("Note on &field…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}),
       [this] { editFieldNote(); });
    on(add(review, "reportNoteAction", tr("Note on repor&t…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}),
       [this] { editReportNote(); });
    updateEnabled();
}

void ReviewActionHandler::addGoActions(QMenu* go)
{
    connect(add(go, "nextFlagAction", tr("&Next open flag"), {QKeySequence(Qt::Key_F8)}), &QAction::triggered, this,
            [this] { selectNextFlagged(); });
    connect(add(go, "previousFlagAction", tr("&Previous open flag"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)}),
            &QAction::triggered, this, [this] { selectPreviousFlagged(); });
    connect(add(go, "relatedReportAction", tr("&Related report of the flag"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}),
            &QAction::triggered, this, [this] { openRelatedReport(); });
    updateEnabled();
}

void ReviewActionHandler::updateEnabled()
{
    // A report shown read-only (someone else's claim) keeps the actions that only move the selection.
    static const QStringList moving{QStringLiteral("nextUnreviewedFieldAction"),
                                    QStringLiteral("previousUnreviewedFieldAction"), QStringLiteral("nextFlagAction"),
                                    QStringLiteral("previousFlagAction"), QStringLiteral("relatedReportAction")};
    const bool open = m_session->isOpen();
    const bool writable = m_session->readOnlyReason().isEmpty();
    for (QAction* a : std::as_const(m_reportActions)) {
        a->setEnabled(open && (writable || moving.contains(a->objectName())));
    }
}

bool ReviewActionHandler::fail(const QString& error)
{
    m_error = error;
    Q_EMIT errorChanged(m_error);
    Q_EMIT message(error);
    return false;
}

bool ReviewActionHandler::needReport()
{
    return m_session->isOpen() && m_session->currentReport() > 0 ? true : fail(tr("Open a report first"));
}

bool ReviewActionHandler::push(ReviewCommand* command)
{
    return m_session->push(command);
}

bool ReviewActionHandler::setCurrentFieldStatus(FieldStatus status)
{
    if (!needReport()) {
        return false;
    }
    const QString key = m_panels.fields->currentKey();
    if (key.isEmpty()) {
        return fail(tr("Select a field first"));
    }
    return push(new SetFieldStatusCommand(*m_session, m_session->currentReport(), key, status));
}

bool ReviewActionHandler::correctCurrentField(double value, FieldStatus status)
{
    if (!needReport()) {
        return false;
    }
    const QString key = m_panels.fields->currentKey();
    if (key.isEmpty()) {
        return fail(tr("Select a field first"));
    }
    return push(new CorrectFieldCommand(*m_session, m_session->currentReport(), key, value, status));
}

bool ReviewActionHandler::editFieldValue(const QString& key, const QString& text)
{
    FieldsModel* model = m_panels.fields->fieldsModel();
    const QModelIndex index = model->indexOfKey(key, FieldsModel::ValueColumn);
    if (!index.isValid()) {
        m_error = tr("Report has no field %1").arg(key);
        return false;
    }
    m_error.clear();
    // The model pushes the correction itself; a refusal (inputRefused) or the store's says why.
    QString refused;
    const QMetaObject::Connection watch =
        connect(model, &FieldsModel::inputRefused, this,
                [&refused](const QString&, const QString& reason) { refused = reason; });
    const bool ok = model->setData(index, text, Qt::EditRole);
    disconnect(watch);
    if (!refused.isEmpty()) {
        m_error = refused;
    }
    return ok && m_error.isEmpty();
}

void ReviewActionHandler::confirmAndNext()
{
    if (setCurrentFieldStatus(FieldStatus::Confirmed)) {
        m_panels.fields->selectNextUnreviewed(1);
    }
}

void ReviewActionHandler::correctFromDialog()
{
    if (!needReport()) {
        return;
    }
    const QModelIndex index = m_panels.fields->currentIndex();
    if (m_panels.fields->currentKey().isEmpty()) {
        Q_EMIT message(tr("Select a field first"));
        return;
    }
    if (const std::optional<CorrectionDialog::Correction> c =
            CorrectionDialog::ask(m_window, index.siblingAtColumn(FieldsModel::LabelColumn).data().toString(),
                                  index.siblingAtColumn(FieldsModel::ValueColumn).data().toString())) {
        correctCurrentField(c->value, c->status);
    }
}

bool ReviewActionHandler::assignFromText(qsizetype start, qsizetype end, const QString& toKey)
{
    if (!needReport()) {
        return false;
    }
    const QString key = toKey.isEmpty() ? m_panels.fields->currentKey() : toKey;
    if (key.isEmpty()) {
        return fail(tr("Select the field first, then the number in the text"));
    }
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    const SelectedNumber n = SelectedNumber::find(m_session->currentText(), start, end,
                                                  def ? std::optional<QString>(def->unit) : std::nullopt);
    switch (n.problem) {
    case SelectedNumber::Problem::NoNumber:
        return fail(tr("There is no number there to assign"));
    case SelectedNumber::Problem::SeveralNumbers:
        return fail(tr("The selection holds more than one number; select just one"));
    case SelectedNumber::Problem::PercentForCount:
        return fail(tr("%1 is a percentage; the field counts %2").arg(n.quantity.text, def->unit));
    case SelectedNumber::Problem::CountForPercent:
        return fail(tr("%1 is not a percentage; the field is one").arg(n.quantity.text));
    case SelectedNumber::Problem::None:
        break;
    }
    // A measure word of its own that is not the field's (件 for a field that counts 条): asked, not refused —
    // reports do mix them, but a count of the wrong thing is a wrong number.
    if (n.unitDiffers &&
        !MessageBox::question(
            m_window, tr("Assign a number"),
            tr("%1 counts %2; the field counts %3. Assign it anyway?").arg(n.quantity.text, n.unit, def->unit))) {
        return fail(tr("Not assigned: %1 counts %2, not %3").arg(n.quantity.text, n.unit, def->unit));
    }
    if (!push(new AssignFieldCommand(*m_session, m_session->currentReport(), key, n.quantity.value, n.unit,
                                     n.quantity.start, n.quantity.end))) {
        return false;
    }
    m_panels.fields->selectField(key);
    return true;
}

void ReviewActionHandler::assignFromSelection(bool chooseField)
{
    const QTextCursor cursor = m_panels.report->textView()->textCursor();
    QString key;
    if (chooseField || m_panels.fields->currentKey().isEmpty()) {
        // Any field of the catalogue, also one the extractor did not fill.
        key = FieldPickerDialog::ask(m_window, FieldPickerDialog::catalogueChoices());
        if (key.isEmpty()) {
            return;
        }
    }
    assignFromText(cursor.selectionStart(), cursor.selectionEnd(), key);
}

bool ReviewActionHandler::acceptSuggestion()
{
    if (!needReport()) {
        return false;
    }
    const StoredFlag* flag = m_panels.flags->currentFlag();
    if (!flag || !flag->suggestion) {
        return fail(flag ? tr("This flag has no suggested fix") : tr("Select a flag first"));
    }
    const Suggestion s = *flag->suggestion;
    const QString key = FlagTargets::fieldForSuggestion(s, m_panels.fields->fieldsModel()->fields());
    if (key.isEmpty()) {
        return fail(tr("No field holds the number this fix is for"));
    }
    // One store action corrects the field and records the decision on the flag (undo restores both).
    if (!push(new AcceptSuggestionCommand(*m_session, m_session->currentReport(), flag->id, key, s.value))) {
        return false;
    }
    m_panels.fields->selectField(key);
    return true;
}

bool ReviewActionHandler::resolveCurrentFlag(Resolution resolution, const QString& reason)
{
    if (!needReport()) {
        return false;
    }
    const qint64 flagId = m_panels.flags->currentFlagId();
    if (flagId <= 0) {
        return fail(tr("Select a flag first"));
    }
    return push(new ResolveFlagCommand(*m_session, m_session->currentReport(), flagId, resolution, reason));
}

bool ReviewActionHandler::dismissCurrentFlag(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(tr("Dismissing a flag needs a reason"));
    }
    return resolveCurrentFlag(Resolution::Dismissed, reason.trimmed());
}

void ReviewActionHandler::dismissFromDialog()
{
    if (!needReport()) {
        return;
    }
    const QModelIndex item = m_panels.flags->currentIndex();
    if (!item.isValid() || m_panels.flags->currentFlagId() <= 0) {
        Q_EMIT message(tr("Select a flag first"));
        return;
    }
    const QString reason =
        DismissReasonDialog::ask(m_window, item.siblingAtColumn(FlagsModel::MessageColumn).data().toString());
    if (!reason.trimmed().isEmpty()) {
        dismissCurrentFlag(reason);
    }
}

bool ReviewActionHandler::markReviewedAndNext()
{
    ReportQueueModel* queue = m_panels.queue->model();
    if (!needReport() || !queue) {
        return false;
    }
    const qint64 done = m_session->currentReport();
    // With flags undecided or fields unreviewed, the reviewer is asked, told what is open; Cancel changes nothing.
    if (const ReportProgress open = ReportProgress::of(*m_session); !open.done()) {
        if (!MessageBox::question(m_window, tr("Mark report reviewed"),
                                  tr("%1 — mark the report reviewed anyway?").arg(open.text()))) {
            return fail(tr("Not marked reviewed: %1").arg(open.text()));
        }
    }
    const int row = std::max(queue->rowOf(done), 0);
    if (!push(new SetReportStatusCommand(*m_session, done, ReportStatus::Reviewed))) {
        return false;
    }
    // The next unreviewed report after this one in the queue's order (the filter may have hidden this one).
    const int rows = queue->rowCount();
    const int from = queue->rowOf(done) >= 0 ? row + 1 : row;
    for (int n = 0; n < rows; ++n) {
        const int r = (from + n) % rows;
        const qint64 id = queue->reportId(r);
        if (id != done && reportStatusFromString(queue->index(r, 0).data(ReportQueueModel::StatusRole).toString()) ==
                              ReportStatus::Unreviewed) {
            m_panels.queue->selectReport(id);
            Q_EMIT message(tr("Saved"));
            return true;
        }
    }
    Q_EMIT message(tr("Saved. No unreviewed report left"));
    return true;
}

bool ReviewActionHandler::selectNextUnreviewed(int step)
{
    // The focus goes with the selection, so that Return or F2 act on the field F6 selected.
    if (!m_panels.fields->selectNextUnreviewed(step)) {
        return false;
    }
    Q_EMIT fieldsFocusWanted();
    return true;
}

bool ReviewActionHandler::selectNextFlagged()
{
    return focusFlags(selectFlagged(1));
}

bool ReviewActionHandler::selectPreviousFlagged()
{
    return focusFlags(selectFlagged(-1));
}

bool ReviewActionHandler::focusFlags(bool selected)
{
    // As F6 for the fields: the focus goes to the flag F8 selected, where the flag's keys act on it.
    if (selected) {
        m_panels.flags->setFocus(Qt::ShortcutFocusReason);
    }
    return selected;
}

bool ReviewActionHandler::selectFlagged(int step)
{
    // First the open flags of the report shown, in list order, then the next report with open flags.
    FlagsPanel* flags = m_panels.flags;
    const QList<qint64> here = flags->openFlagIds();
    const qsizetype at = here.indexOf(flags->currentFlagId());
    const qsizetype want = at < 0 ? (step > 0 ? 0 : here.size() - 1) : at + step;
    if (want >= 0 && want < here.size() && here[want] != flags->currentFlagId()) {
        return flags->selectFlag(here[want]);
    }
    ReportQueueModel* queue = m_panels.queue->model();
    if (!queue || queue->rowCount() == 0) {
        return false;
    }
    const int rows = queue->rowCount();
    const int current = queue->rowOf(m_session->currentReport());
    int row = current < 0 ? (step > 0 ? -1 : rows) : current;
    for (int n = 0; n < rows; ++n) {
        row = (row + step + rows) % rows;
        if (queue->index(row, 0).data(ReportQueueModel::OpenFlagsRole).toInt() > 0) {
            if (row == current && here.size() <= 1) {
                break;
            }
            if (!m_panels.queue->selectReport(queue->reportId(row))) {
                return false;
            }
            const QList<qint64> there = flags->openFlagIds();
            if (!there.isEmpty()) {
                flags->selectFlag(step > 0 ? there.first() : there.last());
            }
            return true;
        }
    }
    Q_EMIT message(tr("No other open flag"));
    return false;
}

bool ReviewActionHandler::openRelatedReport()
{
    const StoredFlag* flag = m_panels.flags->currentFlag();
    const qint64 related = flag ? flag->relatedReport : 0;
    if (related <= 0) {
        return fail(tr("The selected flag does not point at another report"));
    }
    if (!m_panels.queue->selectReport(related)) {
        m_session->setCurrentReport(related); // not shown by the queue's filter: open it all the same
    }
    return m_session->currentReport() == related;
}

bool ReviewActionHandler::revertField(const FieldRevert& target)
{
    if (!m_session->isOpen() || target.reportId <= 0) {
        return fail(tr("Open a report first"));
    }
    const std::optional<StoredField> now = m_session->storedField(target.reportId, target.key);
    const QString label = HistoryModel::fieldLabel(target.key);
    if (!now) {
        return fail(tr("The report no longer has the field %1").arg(label));
    }
    const QString text = tr("Revert %1 to %2").arg(label, target.shown);
    ReviewCommand* command = nullptr;
    if (target.value) {
        if (now->finalValue() == target.value && (now->status == FieldStatus::Corrected || !now->correctedValue)) {
            return fail(tr("%1 is %2 already").arg(label, target.shown));
        }
        // The printed value itself: the correction is taken away and the field is to be reviewed again; any
        // other value is a correction, as if typed.
        if (now->extracted && now->value == *target.value) {
            command = new RevertToPrintedCommand(*m_session, target.reportId, target.key);
        } else {
            command = new CorrectFieldCommand(*m_session, target.reportId, target.key, *target.value);
        }
    } else {
        const std::optional<FieldStatus> status = fieldStatusFromString(target.status);
        if (!status) {
            return fail(tr("%1 cannot be put back to “%2”").arg(label, target.shown));
        }
        if (*status == now->status) {
            return fail(tr("%1 is %2 already").arg(label, target.shown));
        }
        // "corrected" needs its value: the correction the field still keeps beside its status.
        if (*status == FieldStatus::Corrected && !now->correctedValue) {
            return fail(tr("%1 keeps no corrected value to put back").arg(label));
        }
        command = *status == FieldStatus::Corrected
                      ? static_cast<ReviewCommand*>(
                            new CorrectFieldCommand(*m_session, target.reportId, target.key, *now->correctedValue))
                      : new SetFieldStatusCommand(*m_session, target.reportId, target.key, *status);
    }
    command->setText(text);
    if (!push(command)) {
        return fail(m_session->error());
    }
    m_panels.fields->selectField(target.key);
    Q_EMIT message(tr("Saved: %1").arg(text));
    return true;
}

bool ReviewActionHandler::setCurrentFieldNote(const QString& note)
{
    if (!needReport()) {
        return false;
    }
    const QString key = m_panels.fields->currentKey();
    if (key.isEmpty()) {
        return fail(tr("Select a field first"));
    }
    return push(new SetFieldNoteCommand(*m_session, m_session->currentReport(), key, note));
}

bool ReviewActionHandler::setReportNote(const QString& note)
{
    return needReport() && push(new SetReportNoteCommand(*m_session, m_session->currentReport(), note));
}

bool ReviewActionHandler::editFieldNote()
{
    if (!needReport()) {
        return false;
    }
    const QString key = m_panels.fields->currentKey();
    const std::optional<StoredField> field =
        key.isEmpty() ? std::nullopt : m_session->field(m_session->currentReport(), key);
    if (!field) {
        return fail(tr("Select a field first"));
    }
    const QString label = m_panels.fields->currentIndex().siblingAtColumn(FieldsModel::LabelColumn).data().toString();
    const std::optional<QString> note = NoteDialog::ask(m_window, tr("Note on field"), label, field->note);
    return note && (*note == field->note || setCurrentFieldNote(*note));
}

bool ReviewActionHandler::editReportNote()
{
    if (!needReport()) {
        return false;
    }
    const std::optional<StoredReport> report = m_session->currentReportRow(); // a copy: the dialog runs events
    if (!report) {
        return fail(tr("Open a report first"));
    }
    const QString current = report->note;
    const std::optional<QString> note = NoteDialog::ask(m_window, tr("Note on report"), report->fileName, current);
    return note && (*note == current || setReportNote(*note));
}

} // namespace jiaohe
