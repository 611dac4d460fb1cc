// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "check/Checker.h"
#include "pipeline/Analysis.h"
#include "extract/Extractor.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace jiaohe::test {

void isolateSettings(const QString& folder, const QString& application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("jiaohe-test"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("test.jiaohe.invalid"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

QStringList seedFiles()
{
    const QDir seeds(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    QStringList files;
    for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    return files;
}

TemporaryDatabase::TemporaryDatabase(const QStringList& files) : m_files(files)
{
    m_path = m_dir.filePath(QStringLiteral("review.sqlite"));
    Database db;
    if (!m_dir.isValid() || !db.open(m_path)) {
        m_error = db.error();
        return;
    }
    ReviewStore store(db);
    const Extractor extractor;
    const Checker checker;
    for (const QString& file : files) {
        const Analysis a = Analysis::ofFile(file, extractor, checker);
        const ReviewStore::ImportOutcome o = a.ok() ? store.importAnalysis(a) : ReviewStore::ImportOutcome{};
        if (!a.ok() || o.result == ReviewStore::Imported::Failed) {
            m_error = QStringLiteral("%1: %2").arg(file, a.ok() ? o.error : a.error);
            return;
        }
        m_ids.append(o.reportId);
    }
}

qint64 TemporaryDatabase::idOf(const QString& prefix) const
{
    for (qsizetype i = 0; i < m_files.size() && i < m_ids.size(); ++i) {
        if (QFileInfo(m_files.at(i)).fileName().startsWith(prefix)) {
            return m_ids.at(i);
        }
    }
    return 0;
}

std::optional<StoredField> fieldOf(ReviewStore& store, qint64 reportId, const QString& key)
{
    for (const StoredField& f : store.fields(reportId)) {
        if (f.key == key) {
            return f;
        }
    }
    return std::nullopt;
}

QList<StoredFlag> flagsOf(ReviewStore& store, qint64 reportId, const QString& kind)
{
    QList<StoredFlag> out;
    for (const StoredFlag& f : store.flags(reportId)) {
        if (kind.isEmpty() || f.kind == kind) {
            out.append(f);
        }
    }
    return out;
}

} // namespace jiaohe::test
