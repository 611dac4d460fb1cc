// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

// Helpers the test files shared by copying: settings kept out of the user's own, a temporary database
// holding the seed reports, a stored field or flag looked up by key or kind.
namespace jiaohe::test {

// QSettings (and so Config) write to `folder` in INI format under a test organisation: the real settings are
// never touched.
void isolateSettings(const QString& folder, const QString& application);

// The five seed reports (tests/data/seeds), in name order.
QStringList seedFiles();

// A temporary review database holding the given report files (read, extracted, checked and stored as the
// window's import does); ids() in file order.
class TemporaryDatabase
{
public:
    explicit TemporaryDatabase(const QStringList& files = seedFiles());
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    const QList<qint64>& ids() const { return m_ids; }
    // The report of the file whose name starts with `prefix`; 0 when none.
    qint64 idOf(const QString& prefix) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_files;
    QList<qint64> m_ids;
    QString m_error;
};

std::optional<StoredField> fieldOf(ReviewStore& store, qint64 reportId, const QString& key);
// The active flags of a report, of one kind when `kind` is given.
QList<StoredFlag> flagsOf(ReviewStore& store, qint64 reportId, const QString& kind = QString());

} // namespace jiaohe::test
