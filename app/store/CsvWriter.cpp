// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

#include <sys/stat.h>

// The writer works on QString cells and encodes each record to UTF-8 once. (The reader the tests use to read
// the exports back is tests/support/CsvReader.)

namespace jiaohe {

namespace {

constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype Utf8BomSize = 3;

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// An optional sign, then ASCII digits with at most one decimal point and at least one digit:
// "-12", "+7", "-3.5", "12.", ".5". Anything else (exponents, thousands separators, spaces) is not.
bool isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    bool digits = false;
    bool point = false;
    for (; i < cell.size(); ++i) {
        const char16_t c = cell[i].unicode();
        if (isAsciiDigit(c)) {
            digits = true;
        } else if (c == u'.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digits;
}

inline bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

// RFC 4180 requires quotes around a cell with a comma, a quote or a line break. Leading and trailing
// spaces and tabs are quoted too, since several readers (Excel among them, in some modes) trim them
// otherwise, and a leading U+FEFF is quoted so that a reader cannot take it for a byte order mark.
bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (isSpaceOrTab(cell.front()) || isSpaceOrTab(cell.back()) || cell.front() == QChar(ByteOrderMark))
        return true;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

// The identity of an existing file (following links), for comparing two names of maybe the same file.
bool identity(const QString& path, dev_t* device, ino_t* inode)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("jiaohe::CsvWriter", text);
}

} // namespace

CsvWriter::CsvWriter(Options options) : m_options(options)
{
    if (m_options.bom)
        m_data.append(Utf8Bom, Utf8BomSize);
}

void CsvWriter::addRow(const QStringList& cells)
{
    QString line;
    if (cells.size() == 1 && cells.front().isEmpty()) {
        // A record of one empty cell would be a blank line, which readers skip or read as no cells.
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += encodeCell(cells[i], m_options.neutraliseFormulas);
        }
    }
    line += QLatin1String("\r\n");
    m_data += line.toUtf8();
}

bool CsvWriter::looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first == u'+' || first == u'-')
        return !isPlainNumber(cell);
    return false;
}

QString CsvWriter::encodeCell(const QString& cell, bool neutraliseFormulas)
{
    const bool neutralise = neutraliseFormulas && looksLikeFormula(cell);
    // The apostrophe goes in front before quoting is decided: "'\tx" no longer begins with a tab.
    const QString text = neutralise ? u'\'' + cell : cell;
    if (!needsQuotes(text))
        return text;
    QString out;
    out.reserve(text.size() + 2 + text.count(u'"'));
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

QString CsvWriter::targetProblem(const QString& path, const QStringList& protectedFiles)
{
    const QFileInfo target(path);
    dev_t device = 0;
    ino_t inode = 0;
    const bool exists = identity(path, &device, &inode);
    for (const QString& file : protectedFiles) {
        dev_t otherDevice = 0;
        ino_t otherInode = 0;
        const bool same =
            (exists && identity(file, &otherDevice, &otherInode) && device == otherDevice && inode == otherInode) ||
            target.absoluteFilePath() == QFileInfo(file).absoluteFilePath();
        if (same)
            return tr("it is the review database or one of its journal files; the export would replace it. "
                      "Choose another file name.");
    }
    if (!exists)
        return QString();
    if (target.isDir())
        return tr("it is a folder");
    if (!target.isFile())
        // QSaveFile would rename a regular file over a device node or a FIFO and report success.
        return tr("it exists and is not a regular file (a device, a pipe or a socket); "
                  "an export only replaces a regular file");
    return QString();
}

bool CsvWriter::writeFile(const QString& path, const QByteArray& data, QString* error,
                          const QStringList& protectedFiles)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("cannot write %1: %2").arg(shown, reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given"));
    if (const QString problem = targetProblem(path, protectedFiles); !problem.isEmpty())
        return fail(problem);
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())));

    // QSaveFile writes to a temporary file next to `path` and renames it over `path` only in
    // commit(); when anything fails the temporary file is removed and `path` is left as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // A write that stops short (disk full, file size limit) returns the bytes it did write and sets no
    // error, and commit() would then happily rename the truncated file into place. So keep writing
    // until everything is written or a write fails, which then says why.
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            const QString reason =
                file.error() != QFileDevice::NoError
                    ? file.errorString()
                    : QStringLiteral("only %1 of %2 bytes could be written").arg(written).arg(data.size());
            file.cancelWriting();
            return fail(reason);
        }
        written += n;
    }
    // Small files sit in QSaveFile's buffer until commit(), and Qt 6.4 renames the file into place even
    // when flushing that buffer fails: flush first and give up on an error.
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    // The temporary file is created following the umask (0666 under umask 000); set 0600 before it is
    // renamed into place, so that the export is never readable by others, not even for a moment.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    if (error)
        error->clear();
    return true;
}

} // namespace jiaohe
