// SPDX-License-Identifier: GPL-3.0-or-later
// Names as the system has them: file names that are not UTF-8 (GBK names out of Windows zip archives), names
// with control characters, and folders holding what cannot be read. Every file found is read or listed as
// failed with its reason, and every name is printed so that it cannot forge a line or drive the terminal.
#include "common/FileNames.h"
#include "import/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jiaohe {

namespace {

// "国家" in GBK: not UTF-8.
const QByteArray gbkName = QByteArray("\xb9\xfa\xbc\xd2", 4) + ".txt";

QByteArray seed(int index)
{
    const QDir seeds(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    QFile f(seeds.filePath(seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).at(index)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes a file whose name is given as bytes, as a Windows zip leaves it.
bool writeRaw(const QByteArray& path, const QByteArray& bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && ok;
}

// A temporary folder removed with rm -rf: QDir::removeRecursively() cannot reach a name that is not UTF-8.
class ScratchDir
{
public:
    ScratchDir() { m_dir.setAutoRemove(false); }
    ~ScratchDir() { QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), m_dir.path()}); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// The binary under a UTF-8 locale, through sh so that arguments can be raw bytes ($(printf …)).
Run runInShell(const QString& script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("JIAOHE"), QStringLiteral(JIAOHE_BINARY));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString quoted(const QString& path)
{
    return u'\'' + path + u'\'';
}

} // namespace

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printable_data();
    void printable();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void folderScanListsEveryFile();
    void importAndCheckSkipNothingInSilence();
    void gbkNameGivenByName();
    void namesCannotForgeOutput();
};

void TestFileNames::printable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("report 2023.txt") << QStringLiteral("report 2023.txt");
    QTest::newRow("Chinese") << QStringLiteral("国家统计局.pdf") << QStringLiteral("国家统计局.pdf");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
    QTest::newRow("bell and NUL-adjacent C0") << QStringLiteral("\x07\x01") << QStringLiteral("\\x07\\x01");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + u'm' << QStringLiteral("\\x9bm");
    QTest::newRow("C1 NEL") << QString(QChar(0x85)) << QStringLiteral("\\x85");
    QTest::newRow("right-to-left override")
        << QString(QChar(0x202e)) + QStringLiteral("txt.exe") << QStringLiteral("\\u{202e}txt.exe");
    QTest::newRow("backslash") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
    QTest::newRow("GBK bytes") << decodeFileName(gbkName) << QStringLiteral("\\xb9\\xfa\\xbc\\xd2.txt");
    QTest::newRow("truncated UTF-8") << decodeFileName(QByteArray("a\xe5\x9b", 3)) << QStringLiteral("a\\xe5\\x9b");
}

void TestFileNames::printable()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(printableName(name), shown);
}

void TestFileNames::namesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ASCII") << QByteArray("report.txt");
    QTest::newRow("UTF-8") << QStringLiteral("国家统计局.txt").toUtf8();
    QTest::newRow("GBK") << gbkName;
    QTest::newRow("mixed") << QStringLiteral("报告-").toUtf8() + gbkName;
    QTest::newRow("lone continuation bytes") << QByteArray("\x80\xbf\xff", 3);
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xb2\x80", 3);
}

void TestFileNames::namesRoundTrip()
{
    QFETCH(QByteArray, bytes);
    const QString name = decodeFileName(bytes);
    QCOMPARE(encodeFileName(name), bytes);
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        QCOMPARE(name, QString::fromUtf8(bytes));
    // What Qt alone does: the name no longer leads back to the file.
    if (bytes == gbkName)
        QVERIFY(QFile::encodeName(QFile::decodeName(bytes)) != bytes);
}

void TestFileNames::folderScanListsEveryFile()
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/real")));
    QVERIFY(writeRaw(QFile::encodeName(root) + '/' + gbkName, seed(0)));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/gone.txt")));
    QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.txt")).constData(), 0600), 0);
    QVERIFY(writeRaw(QFile::encodeName(root + QStringLiteral("/real/x.txt")), seed(1)));
    QVERIFY(QFile::link(root + QStringLiteral("/real"), root + QStringLiteral("/link")));
    QVERIFY(QFile::link(root, root + QStringLiteral("/real/up"))); // a loop
    const QStringList files = collectReportFiles({root});
    QCOMPARE(files, QStringList({root + QStringLiteral("/gone.txt"), root + QStringLiteral("/link/x.txt"),
                                 root + QStringLiteral("/pipe.txt"), root + u'/' + decodeFileName(gbkName)}));
    QCOMPARE(fileStatus(files.last()).size, seed(0).size());
}

void TestFileNames::importAndCheckSkipNothingInSilence()
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(writeRaw(QFile::encodeName(root) + '/' + gbkName, seed(0)));
    QVERIFY(writeRaw(QFile::encodeName(root + QStringLiteral("/good.txt")), seed(1)));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/gone.txt")));
    QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.txt")).constData(), 0600), 0);
    QVERIFY(writeRaw(QFile::encodeName(root + QStringLiteral("/locked.txt")), seed(2)));
    QCOMPARE(::chmod(QFile::encodeName(root + QStringLiteral("/locked.txt")).constData(), 0), 0);
    const bool root_ = ::geteuid() == 0; // root reads a file whatever its mode

    const Run imported = runInShell(QStringLiteral("exec \"$JIAOHE\" import --quiet --db %1 %2")
                                        .arg(quoted(dir.filePath(QStringLiteral("db.sqlite"))), quoted(root)));
    QCOMPARE(imported.status, 1);
    QVERIFY2(imported.out.startsWith(QStringLiteral("5 files in ")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("%1 added").arg(root_ ? 3 : 2)), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("%1 failed").arg(root_ ? 2 : 3)), qPrintable(imported.out));
    QVERIFY2(imported.err.contains(QStringLiteral("gone.txt: cannot be opened: the file does not exist")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("pipe.txt: cannot be opened: it is not a regular file")),
             qPrintable(imported.err));
    if (!root_)
        QVERIFY2(imported.err.contains(QStringLiteral("locked.txt: cannot be opened: permission denied")),
                 qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(QStringLiteral("\\xb9\\xfa")), qPrintable(imported.err)); // read, not failed

    const Run checked = runInShell(QStringLiteral("exec \"$JIAOHE\" check --lang en %1").arg(quoted(root)));
    QCOMPARE(checked.status, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("gone.txt: cannot be opened")), qPrintable(checked.err));
    QVERIFY2(checked.err.contains(QStringLiteral("pipe.txt: cannot be opened")), qPrintable(checked.err));
    QVERIFY2(checked.out.contains(QStringLiteral("\\xb9\\xfa\\xbc\\xd2.txt  [")), qPrintable(checked.out));
}

void TestFileNames::gbkNameGivenByName()
{
    ScratchDir dir;
    QVERIFY(writeRaw(QFile::encodeName(dir.path()) + '/' + gbkName, seed(3)));
    const Run r =
        runInShell(QStringLiteral("cd %1 && exec \"$JIAOHE\" check --lang en \"$(printf '\\271\\372\\274\\322.txt')\"")
                       .arg(quoted(dir.path())));
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("\\xb9\\xfa\\xbc\\xd2.txt  [")), qPrintable(r.out));
}

void TestFileNames::namesCannotForgeOutput()
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(root));
    const QByteArray evil = "x\n0 files in 0.0 s: 0 added, 0 failed\x1b[2J.txt";
    QVERIFY(writeRaw(QFile::encodeName(root) + '/' + evil, QByteArray())); // empty: it fails
    const QString db = quoted(dir.filePath(QStringLiteral("db.sqlite")));
    for (const QString& command : {QStringLiteral("import --quiet --db ") + db, QStringLiteral("check")}) {
        const Run r = runInShell(QStringLiteral("exec \"$JIAOHE\" %1 %2").arg(command, quoted(root)));
        QCOMPARE(r.status, 1);
        for (const QString& text : {r.out, r.err}) {
            QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("\n0 files in")), qPrintable(text));
        }
        QVERIFY2(r.err.contains(QStringLiteral("x\\n0 files in 0.0 s: 0 added, 0 failed\\x1b[2J.txt")),
                 qPrintable(r.err));
    }
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestFileNames)
#include "TestFileNames.moc"
