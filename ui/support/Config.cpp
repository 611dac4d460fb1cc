// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <memory>

namespace jiaohe {

namespace {

struct Entry
{
    Config::Key key;
    QString name; // as in the settings file: kept from the names the window used before
    QVariant defaultValue;
};

// Every setting, its name and its default: the one place to look.
const Entry entries[] = {
    {Config::Language, QStringLiteral("ui/language"), QString()},
    {Config::Reviewer, QStringLiteral("review/reviewer"), QString()},
    {Config::RecentDatabases, QStringLiteral("recentDatabases"), QStringList()},
    {Config::WindowGeometry, QStringLiteral("reviewWindow/geometry"), QByteArray()},
    {Config::WindowState, QStringLiteral("reviewWindow/state"), QByteArray()},
    {Config::MainSplitter, QStringLiteral("reviewWindow/mainSplitter"), QByteArray()},
    {Config::WorkSplitter, QStringLiteral("reviewWindow/workSplitter"), QByteArray()},
    {Config::ReportSplitter, QStringLiteral("reviewWindow/reportSplitter"), QByteArray()},
    {Config::ClaimExpiryMinutes, QStringLiteral("review/claimExpiryMinutes"), 30},
};
static_assert(std::size(entries) == Config::KeyCount, "every key has its entry");

std::unique_ptr<Config> current;

} // namespace

Config::Config(const QString& file) : m_file(file) {}

Config* Config::instance()
{
    if (!current) {
        current.reset(new Config);
        current->adoptEarlierSettings();
    }
    return current.get();
}

void Config::adoptEarlierSettings()
{
    // Versions before the organisation name was set kept their settings under "Unknown Organization": the
    // first start of this version takes them over (the reviewer's name, the language, recent databases).
    QSettings now;
    if (!m_file.isEmpty() || !now.allKeys().isEmpty()) {
        return;
    }
    const QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                            QCoreApplication::applicationName());
    for (const QString& key : earlier.allKeys()) {
        now.setValue(key, earlier.value(key));
    }
}

void Config::createTemporary(const QString& folder)
{
    const QString file = QDir(folder).filePath(QStringLiteral("jiaohe-test.ini"));
    QFile::remove(file);
    current.reset(new Config(file));
}

void Config::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jiaohe"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("jiaohe.local"));
    QCoreApplication::setApplicationName(QStringLiteral("jiaohe"));
}

QVariant Config::get(Key key) const
{
    const Entry& e = entries[key];
    const std::unique_ptr<QSettings> s(m_file.isEmpty() ? new QSettings : new QSettings(m_file, QSettings::IniFormat));
    return s->value(e.name, e.defaultValue);
}

void Config::set(Key key, const QVariant& value)
{
    if (get(key) == value) {
        return;
    }
    const std::unique_ptr<QSettings> s(m_file.isEmpty() ? new QSettings : new QSettings(m_file, QSettings::IniFormat));
    s->setValue(entries[key].name, value);
    Q_EMIT changed(key);
}

void Config::reset(Key key)
{
    const std::unique_ptr<QSettings> s(m_file.isEmpty() ? new QSettings : new QSettings(m_file, QSettings::IniFormat));
    s->remove(entries[key].name);
    Q_EMIT changed(key);
}

} // namespace jiaohe
