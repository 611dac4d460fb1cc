// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFiles.h"

#include "common/FileNames.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

#include <dirent.h>
#include <sys/stat.h>

namespace jiaohe {

namespace {

const QStringList& reportSuffixes()
{
    // The forms DocumentLoader reads (README "Forms read"); .doc and the other forms LibreOffice converts are
    // listed too, so that without LibreOffice each says how to convert it rather than being passed over.
    static const QStringList suffixes = QStringLiteral("txt text md markdown htm html xhtml shtml mht mhtml pdf "
                                                       "docx docm dotx doc dot wps wpt rtf odt")
                                            .split(u' ');
    return suffixes;
}

bool isReportName(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 && reportSuffixes().contains(name.mid(dot + 1).toLower());
}

// The walk goes by bytes (readdir, stat) rather than QDirIterator, which decodes names that are not UTF-8 to
// U+FFFD and filters out what it cannot read: here every entry with a report's name is returned, whatever it
// is, so that the loader reads it or says why it cannot. Linked folders are followed, each folder once (by
// device and inode), so a link back up the tree ends the walk there instead of looping.
class FolderWalk
{
public:
    void walk(const QString& folder)
    {
        const QByteArray native = encodeFileName(folder);
        struct stat st = {};
        if (::stat(native.constData(), &st) != 0 || m_seen.contains({st.st_dev, st.st_ino}))
            return;
        m_seen.insert({st.st_dev, st.st_ino});
        DIR* dir = ::opendir(native.constData());
        if (!dir) {
            // An unreadable folder is listed itself: the loader says it cannot be read instead of nothing.
            m_files.append(folder);
            return;
        }
        QStringList folders;
        while (const dirent* entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            // Hidden entries (a name beginning with a dot: ".", "..", macOS's "._report.txt" copies in zip
            // archives, .git) are not reports, as before.
            if (name.startsWith('.'))
                continue;
            const QString path = folder + u'/' + decodeFileName(name);
            struct stat target = {};
            const bool exists = ::stat(encodeFileName(path).constData(), &target) == 0;
            if (exists && S_ISDIR(target.st_mode))
                folders.append(path);
            else if (isReportName(decodeFileName(name)))
                m_files.append(path); // regular or not, dangling or not: the loader says which
        }
        ::closedir(dir);
        // In name order, so that which name of a folder linked twice is walked does not depend on readdir.
        std::sort(folders.begin(), folders.end());
        for (const QString& sub : std::as_const(folders))
            walk(sub);
    }

    QStringList files() const { return m_files; }

private:
    QSet<std::pair<dev_t, ino_t>> m_seen;
    QStringList m_files;
};

} // namespace

QString reportSuffixesText()
{
    return u'.' + reportSuffixes().join(QStringLiteral(", ."));
}

QStringList collectReportFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths) {
        if (!fileStatus(p).isDir) {
            files.append(p);
            continue;
        }
        FolderWalk walk;
        walk.walk(p.endsWith(u'/') && p.size() > 1 ? p.chopped(1) : p);
        QStringList found = walk.files();
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace jiaohe
