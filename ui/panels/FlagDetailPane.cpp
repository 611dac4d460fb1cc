// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagDetailPane.h"

#include "FlagsModel.h"
#include "FlagsPanel.h"
#include "common/NumberText.h"
#include "store/Records.h"

#include <QDateTime>
#include <QLocale>

namespace jiaohe {

namespace {

QString row(const QString& label, const QString& value)
{
    return value.isEmpty() ? QString()
                           : QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                                 .arg(label.toHtmlEscaped(),
                                      value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

FlagDetailPane::FlagDetailPane(FlagsPanel* flags, QWidget* parent) : QTextBrowser(parent), m_flags(flags)
{
    setObjectName(QStringLiteral("flagDetail"));
    setAccessibleName(tr("Flag detail"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a flag to see its detail and decision"));
    FlagsModel* model = flags->flagsModel();
    connect(flags, &FlagsPanel::currentFlagChanged, this, &FlagDetailPane::refresh);
    // The row of the selected flag changed (a decision, its undo, a re-check): the list's selection stays, the
    // detail follows the model.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_flags->currentIndex().row();
        if (current >= from.row() && current <= to.row()) {
            refresh();
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &FlagDetailPane::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FlagDetailPane::refresh);
    refresh();
}

QString FlagDetailPane::decidedAtText(const QString& at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : at;
}

QString FlagDetailPane::html(const StoredFlag& flag, const QString& fixText)
{
    const bool english = !QLocale().name().startsWith(u"zh");
    QStringList numbers;
    for (double v : flag.numbers) {
        numbers.append(numberText(v));
    }
    // The decision first (what the reviewer comes here for), then the flag itself: its kind and severity are in
    // the list already.
    QString rows = row(tr("Decision"), FlagsModel::decisionWords(flag.resolution));
    if (flag.resolution != Resolution::Open) {
        rows += row(tr("Reason"), flag.reason) +
                row(tr("Value taken"), flag.acceptedValue ? numberText(*flag.acceptedValue) : QString()) +
                row(tr("Decided by"), flag.decidedBy) + row(tr("Decided at"), decidedAtText(flag.decidedAt));
    }
    if (!flag.active) {
        rows += row(tr("Checks"), tr("No longer raised (the number it was about changed); the decision is kept"));
    }
    rows += row(tr("Message"), english ? flag.messageEn : flag.messageZh) +
            row(tr("Numbers"), numbers.join(QStringLiteral(", "))) + row(tr("Suggested fix"), fixText);
    return QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">%1</table>").arg(rows);
}

void FlagDetailPane::refresh()
{
    const StoredFlag* flag = m_flags->currentFlag();
    if (!flag) {
        clear();
        return;
    }
    setHtml(html(*flag, m_flags->flagsModel()->fixText(*flag)));
}

} // namespace jiaohe
