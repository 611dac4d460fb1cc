// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace jiaohe {

// File → Open server…: a team's PostgreSQL server by its libpq address (postgresql://reviewer@db.example/jiaohe),
// typed whole or composed from host, port, database and user. There is no password field: a password belongs in
// ~/.pgpass (or a service file, or peer/GSS authentication), which the dialog says. Return or OK opens; nothing
// when cancelled. The address is checked as Database will read it (ServerAddress) before the dialog closes.
class OpenServerDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::OpenServerDialog)
public:
    // `current`: the address shown at first (the last server opened, without its password).
    static std::optional<QString> ask(QWidget* parent, const QString& current);
    // Test seam: the next ask() is not shown and returns this (nothing: cancelled); lastCurrent() is the address it
    // was offered.
    static void setNextAnswer(std::optional<QString> answer);
    static QString lastCurrent();

    // The URI of these parts (empty parts left out); a host starting with '/' is a socket folder (?host=…).
    static QString compose(const QString& host, const QString& port, const QString& database, const QString& user);
};

} // namespace jiaohe
