#include "ReportFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace jiaohe {

QStringList collectReportFiles(const QStringList& paths)
{
    static const QStringList suffixes = {QStringLiteral("txt"),  QStringLiteral("text"),  QStringLiteral("htm"),
                                         QStringLiteral("html"), QStringLiteral("xhtml"), QStringLiteral("shtml"),
                                         QStringLiteral("pdf")};
    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            files.append(p);
            continue;
        }
        QStringList found;
        QDirIterator it(p, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (suffixes.contains(QFileInfo(f).suffix().toLower())) {
                found.append(f);
            }
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace jiaohe
