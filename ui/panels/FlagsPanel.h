// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTreeView>

namespace jiaohe {

class FlagsModel;
class ReviewSession;
struct StoredFlag;

// The flags of the open report (FlagsModel): severity, kind, message, resolution, suggested fix, numbers.
class FlagsPanel : public QTreeView
{
    Q_OBJECT

public:
    explicit FlagsPanel(ReviewSession* session, QWidget* parent = nullptr);

    FlagsModel* flagsModel() const { return m_model; }
    // The flag selected (its stored id, 0 when none) and the flag itself (null when none).
    qint64 currentFlagId() const;
    const StoredFlag* currentFlag() const;
    bool selectFlag(qint64 flagId);
    // The open flags listed, in list order.
    QList<qint64> openFlagIds() const;

Q_SIGNALS:
    // The selected flag changed (null: none); its first span, -1 when it has none.
    void currentFlagChanged(const jiaohe::StoredFlag* flag, int start, int end);

private:
    FlagsModel* m_model = nullptr;
};

} // namespace jiaohe
