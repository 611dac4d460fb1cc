// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace jiaohe {

class ReviewSession;

// The reviewer's note on the open report, one line beside the flags and history tabs (the whole note in its
// tooltip); hidden while the report has none. Follows the session: a report switch, a note saved or undone.
class ReportNoteLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReportNoteLabel(ReviewSession* session, QWidget* parent = nullptr);

    QString note() const { return m_note; }

private:
    void refresh();

    ReviewSession* m_session = nullptr;
    QString m_note;
};

} // namespace jiaohe
