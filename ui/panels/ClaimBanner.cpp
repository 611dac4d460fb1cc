// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimBanner.h"

#include "ClaimKeeper.h"
#include "ReviewSession.h"
#include "dialogs/TakeOverDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiaohe {

ClaimBanner::ClaimBanner(ReviewSession* session, ClaimKeeper* keeper, QWidget* parent)
    : QFrame(parent), m_session(session), m_keeper(keeper)
{
    setObjectName(QStringLiteral("claimBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The colour of a notice, not of an error: nothing went wrong, someone else is at work on the report.
    setStyleSheet(QStringLiteral("#claimBanner { background: #fff4ce; color: #3d3000; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("claimText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeOver = new QPushButton(tr("&Take over…"), this);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->setToolTip(tr("Claim this report for your review; you are asked why, and the reason is kept in its "
                              "history"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_takeOver);
    connect(m_takeOver, &QPushButton::clicked, this, &ClaimBanner::takeOver);
    connect(keeper, &ClaimKeeper::changed, this, &ClaimBanner::showState);
    connect(session, &ReviewSession::readOnlyChanged, this, &ClaimBanner::showState);
    showState();
}

QWidget* ClaimBanner::above(QWidget* content, ReviewSession* session, ClaimKeeper* keeper)
{
    auto* box = new QWidget(content->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new ClaimBanner(session, keeper, box));
    layout->addWidget(content, 1);
    return box;
}

QString ClaimBanner::text() const
{
    return m_text->text();
}

void ClaimBanner::showState()
{
    const QString reason = m_session->readOnlyReason();
    setVisible(!reason.isEmpty());
    m_text->setText(m_keeper->error().isEmpty() ? reason : QStringLiteral("%1\n%2").arg(reason, m_keeper->error()));
    m_takeOver->setVisible(m_keeper->heldByOther().has_value());
}

void ClaimBanner::takeOver()
{
    const std::optional<Claim>& held = m_keeper->heldByOther();
    if (!held) {
        return;
    }
    const QString reason = TakeOverDialog::ask(window(), held->holder);
    if (reason.isEmpty()) {
        return; // cancelled
    }
    m_keeper->takeOver(reason); // refused: the banner says why (showState)
}

} // namespace jiaohe
