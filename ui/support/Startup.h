// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// What the window's executable does before the window: the translations and its command line.
namespace jiaohe {

// Installs Qt's own translations (buttons, file dialogs, context menus: Debian's qt6-translations-l10n) and
// Jiaohe's for `locale` into `app`. Returns the translation catalogues that were found and loaded, by name
// ("qtbase", "jiaohe"); an English locale needs none of Qt's.
QStringList installTranslations(QCoreApplication& app, const QLocale& locale);

// `jiaohe [--db FILE] [REPORT...]`, with --db anywhere among the reports (`jiaohe a.pdf --db x.sqlite`).
struct WindowArguments
{
    QString database;    // empty: the default database
    QStringList reports; // files and folders to import
    QString error;       // set when the line cannot be understood (--db without a file)
};
WindowArguments parseWindowArguments(const QStringList& arguments);

} // namespace jiaohe
