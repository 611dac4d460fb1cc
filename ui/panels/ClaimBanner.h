// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace jiaohe {

class ClaimKeeper;
class ReviewSession;

// Above the report when it is read-only: who is reviewing it and since when ("zhang has been reviewing this report
// since 10:32…"), with "Take over…", which asks why (TakeOverDialog) and takes the claim (audited). Hidden while
// the report is the reviewer's own.
class ClaimBanner : public QFrame
{
    Q_OBJECT

public:
    ClaimBanner(ReviewSession* session, ClaimKeeper* keeper, QWidget* parent = nullptr);

    // `content` with the banner above it, in one widget (for the window's layout).
    static QWidget* above(QWidget* content, ReviewSession* session, ClaimKeeper* keeper);

    QPushButton* takeOverButton() const { return m_takeOver; }
    QString text() const;

private:
    void showState();
    void takeOver();

    ReviewSession* m_session = nullptr;
    ClaimKeeper* m_keeper = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_takeOver = nullptr;
};

} // namespace jiaohe
