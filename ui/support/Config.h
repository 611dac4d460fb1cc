// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

namespace jiaohe {

// The user's settings, typed (KeePassXC's Config): one enum of keys, their names and defaults in one table
// (Config.cpp), changed(key) when a value changes. Everything the window remembers goes through here; the
// reviewer's name lives here only and is handed to the open database's audit trail by the session.
class Config : public QObject
{
    Q_OBJECT

public:
    enum Key
    {
        Language,        // "" follows the system, "zh_CN", "en"
        Reviewer,        // the name the audit trail gives the reviewer
        RecentDatabases, // QStringList, newest first
        WindowGeometry,
        WindowState,
        MainSplitter,
        WorkSplitter,
        ReportSplitter,
        ClaimExpiryMinutes, // a claim not refreshed for this long is stale (counts as free)
        KeyCount
    };
    Q_ENUM(Key)

    static Config* instance();
    // For tests: settings kept in an INI file in `folder` from now on, starting empty.
    static void createTemporary(const QString& folder);
    // The organisation and application the settings are filed under (not "Unknown Organization").
    static void setApplicationIdentity();

    QVariant get(Key key) const; // the default when the key was never set
    void set(Key key, const QVariant& value);
    void reset(Key key);

Q_SIGNALS:
    void changed(jiaohe::Config::Key key);

private:
    void adoptEarlierSettings();
    explicit Config(const QString& file = QString());

    QString m_file; // empty: QSettings' default place
};

} // namespace jiaohe
