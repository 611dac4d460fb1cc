// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace jiaohe {

class FlagsPanel;
struct StoredFlag;

// Beside the flags list: the selected flag in full — its message in the UI language, the numbers, the suggested
// fix, the decision with its reason, who decided and when, the value taken for an accepted fix. Follows the
// list's selection and its model (a decision or its undo changes the row: the detail shows it at once).
class FlagDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FlagDetailPane(FlagsPanel* flags, QWidget* parent = nullptr);

    // The detail of a flag as HTML, with its suggested fix as the list shows it (FlagsModel::fixText).
    static QString html(const StoredFlag& flag, const QString& fixText);
    static QString decidedAtText(const QString& at); // stored ISO time, shown local "yyyy-MM-dd HH:mm"

private:
    void refresh();

    FlagsPanel* m_flags = nullptr;
};

} // namespace jiaohe
