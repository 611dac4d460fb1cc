// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' reports: the seed reports with a quarter of their digits varied at random (fixed
// seed), so no two reports are the same text yet every one reads like a real report.

#include <QDir>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace jiaohe::bench {

// The .txt reports of `folder`, as text.
inline QList<QString> readTemplates(const QString& folder)
{
    QList<QString> templates;
    for (const QString& f : QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(QDir(folder).filePath(f));
        if (file.open(QIODevice::ReadOnly)) {
            templates.append(QString::fromUtf8(file.readAll()));
        }
    }
    return templates;
}

// Writes `count` reports r00000.txt… into `folder`; returns the bytes written.
inline qint64 writeVariedReports(const QString& folder, const QList<QString>& templates, int count)
{
    QRandomGenerator rng(42);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QString text = templates.at(i % templates.size());
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text.at(k).isDigit() && rng.bounded(4) == 0) {
                text[k] = QChar(u'0' + rng.bounded(10));
            }
        }
        QFile f(QDir(folder).filePath(QStringLiteral("r%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly)) {
            continue;
        }
        const QByteArray utf8 = text.toUtf8();
        bytes += utf8.size();
        f.write(utf8);
    }
    return bytes;
}

} // namespace jiaohe::bench
