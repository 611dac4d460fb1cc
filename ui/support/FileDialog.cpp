// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace jiaohe {

namespace {

std::optional<QStringList> nextNames;
QString suggestedPath;

std::optional<QStringList> takeNext(const QString& suggested)
{
    std::optional<QStringList> names = std::move(nextNames);
    nextNames.reset();
    if (names) {
        suggestedPath = suggested;
    }
    return names;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (const std::optional<QStringList> names = takeNext(dir)) {
        return names->value(0);
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                         const QString& filter)
{
    if (const std::optional<QStringList> names = takeNext(dir)) {
        return *names;
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                    const QString& filter)
{
    if (const std::optional<QStringList> names = takeNext(suggested)) {
        return names->value(0);
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption)
{
    if (const std::optional<QStringList> names = takeNext(QString())) {
        return names->value(0);
    }
    return QFileDialog::getExistingDirectory(parent, caption);
}

void FileDialog::setNextFileName(const QString& name)
{
    nextNames = name.isEmpty() ? QStringList() : QStringList{name};
}

void FileDialog::setNextFileNames(const QStringList& names)
{
    nextNames = names;
}

QString FileDialog::lastSuggested()
{
    return suggestedPath;
}

} // namespace jiaohe
