// SPDX-License-Identifier: GPL-3.0-or-later
// `jiaohe check`: options, exit status, the JSON shape and its code-point offsets, batches with
// broken files, folders.
#include "cli/CheckCommand.h"
#include "import/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace jiaohe;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run check(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = runCheckCommand(QStringList{QStringLiteral("jiaohe")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> objects;
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    return objects;
}

// Cuts [start, end) counted in Unicode code points.
QString cutCodePoints(const QString& text, int start, int end)
{
    const QList<uint> cps = text.toUcs4();
    QList<uint> part = cps.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(part.constData()), part.size());
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usage_data();
    void usage();
    void jsonShape();
    void codePointOffsets();
    void batchWithBrokenFiles();
    void foldersAreWalked();
    void englishMessages();
    void binaryExitStatus();
    void messagesFollowTheLocale_data();
    void messagesFollowTheLocale();
    void rulesFilesAreValidated_data();
    void rulesFilesAreValidated();
};

void TestCheckCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no report") << QStringList{} << QStringLiteral("no report given");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("a.txt")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                 QStringLiteral("a.txt")}
                                  << QStringLiteral("zh or en");
    QTest::newRow("missing rules file") << QStringList{QStringLiteral("--rules"),
                                                       QStringLiteral("/nonexistent/rules.json"),
                                                       QStringLiteral("a.txt")}
                                        << QStringLiteral("cannot be opened");
}

void TestCheckCommand::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = check(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCheckCommand::jsonShape()
{
    const Run r = check({QStringLiteral("--json"), QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    QCOMPARE(r.status, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    for (const char* key : {"file", "encoding", "year", "region", "error", "fields", "flags"}) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(o.value(u"encoding").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(o.value(u"year").toInt(), 2016);
    QVERIFY(o.value(u"error").isNull());
    const QJsonObject field = o.value(u"fields").toArray().first().toObject();
    for (const char* key : {"key", "value", "approx", "unit", "text", "start", "end"}) {
        QVERIFY2(field.contains(QLatin1String(key)), key);
    }
    bool unitFlag = false;
    for (const QJsonValue& v : o.value(u"flags").toArray()) {
        const QJsonObject f = v.toObject();
        for (const char* key : {"kind", "severity", "message", "values", "spans", "suggestion"}) {
            QVERIFY2(f.contains(QLatin1String(key)), key);
        }
        if (f.value(u"kind").toString() == u"unit") {
            unitFlag = true;
            const QJsonObject s = f.value(u"suggestion").toObject();
            QCOMPARE(s.value(u"value").toDouble(), 199693.0);
            QVERIFY(s.value(u"end").toInt() > s.value(u"start").toInt());
        }
    }
    QVERIFY(unitFlag);
}

void TestCheckCommand::codePointOffsets()
{
    QTemporaryDir dir;
    // U+20000 (CJK Extension B) is one code point and two UTF-16 units: offsets after it must count it once.
    const QString text = QStringLiteral("\U00020000市2019年报告\n全年共主动公开政府信息1234条。\n");
    write(dir.filePath(QStringLiteral("r.txt")), text.toUtf8());
    const Run r = check({QStringLiteral("--json"), dir.filePath(QStringLiteral("r.txt"))});
    QCOMPARE(r.status, 0);
    const QJsonObject o = jsonLines(r.out).first();
    bool found = false;
    for (const QJsonValue& v : o.value(u"fields").toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"key").toString() == u"proactive.total") {
            found = true;
            QCOMPARE(cutCodePoints(text, f.value(u"start").toInt(), f.value(u"end").toInt()), QStringLiteral("1234条"));
            QCOMPARE(f.value(u"text").toString(), QStringLiteral("1234条"));
        }
    }
    QVERIFY(found);
}

void TestCheckCommand::batchWithBrokenFiles()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a-good.txt")), QStringLiteral("全年共主动公开政府信息100条。").toUtf8());
    write(dir.filePath(QStringLiteral("b-empty.txt")), QByteArray());
    write(dir.filePath(QStringLiteral("c-binary.txt")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
    write(dir.filePath(QStringLiteral("d-good.txt")), QStringLiteral("全年共收到政府信息公开申请5件。").toUtf8());
    const Run r = check({QStringLiteral("--json"), dir.path(), dir.filePath(QStringLiteral("missing.txt"))});
    QCOMPARE(r.status, 1);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).value(u"error").isNull());
    QVERIFY(!lines.at(1).value(u"error").toString().isEmpty());
    QVERIFY(!lines.at(2).value(u"error").toString().isEmpty());
    QVERIFY(lines.at(3).value(u"error").isNull());
    QVERIFY(!lines.at(4).value(u"error").toString().isEmpty());
    QCOMPARE(lines.at(3).value(u"fields").toArray().first().toObject().value(u"value").toInt(), 5);
    // stderr names each bad file and says why
    QVERIFY2(r.err.contains(u"b-empty.txt") && r.err.contains(u"empty"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"c-binary.txt"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"missing.txt"), qPrintable(r.err));
}

void TestCheckCommand::foldersAreWalked()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("2019/a.txt")), QStringLiteral("全年共主动公开政府信息100条。").toUtf8());
    write(dir.filePath(QStringLiteral("2019/deep/b.html")),
          QStringLiteral("<p>全年共主动公开政府信息200条。</p>").toUtf8());
    write(dir.filePath(QStringLiteral("2019/logo.png")), QByteArray("\x89PNG", 4));
    const QStringList files = collectReportFiles({dir.path()});
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).endsWith(u"2019/a.txt"));
    QVERIFY(files.at(1).endsWith(u"2019/deep/b.html"));
    const Run r = check({QStringLiteral("--json"), dir.path()});
    QCOMPARE(r.status, 0);
    QCOMPARE(jsonLines(r.out).size(), 2);
}

void TestCheckCommand::englishMessages()
{
    const Run zh =
        check({QStringLiteral("--json"), QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    const Run en = check({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    const QString zhMessage =
        jsonLines(zh.out).first().value(u"flags").toArray().first().toObject().value(u"message").toString();
    const QString enMessage =
        jsonLines(en.out).first().value(u"flags").toArray().first().toObject().value(u"message").toString();
    QVERIFY(zhMessage != enMessage);
    QVERIFY2(enMessage.contains(u"add up") || enMessage.contains(u"slip"), qPrintable(enMessage));
    const Run text = check({QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    QVERIFY2(text.out.contains(u"Fields (") && text.out.contains(u"Flags ("), qPrintable(text.out.left(300)));
}

void TestCheckCommand::binaryExitStatus()
{
    QProcess p;
    p.start(QStringLiteral(JIAOHE_BINARY),
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral(JIAOHE_TEST_DATA "/seeds")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).count(u'\n'), 5);
    p.start(QStringLiteral(JIAOHE_BINARY), {QStringLiteral("check")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    // The version is project(... VERSION ...) in the top CMakeLists.txt, passed as JIAOHE_VERSION.
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        p.start(QStringLiteral(JIAOHE_BINARY), {option});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("jiaohe " JIAOHE_VERSION "\n"));
    }
}

// The command line speaks the user's language as the environment names it, with the window's translations: a file
// that does not exist is reported in Chinese under a Chinese locale, in English under an English or C one.
void TestCheckCommand::messagesFollowTheLocale_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE, over an environment without any locale variable
    QTest::addColumn<QString>("message");
    const QString zh = QStringLiteral("无法打开：文件不存在");
    const QString en = QStringLiteral("cannot be opened: the file does not exist");
    QTest::newRow("LANG zh_CN") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << zh;
    QTest::newRow("LANG en_US") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << en;
    QTest::newRow("LANG C") << QStringList{QStringLiteral("LANG=C.UTF-8")} << en;
    QTest::newRow("LC_ALL zh_CN over LANG en_US")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8")} << zh;
    QTest::newRow("LC_ALL en_US over LANG zh_CN")
        << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=en_US.UTF-8")} << en;
    QTest::newRow("LANGUAGE zh_CN, LANG en_US")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=zh_CN")} << zh;
}

void TestCheckCommand::messagesFollowTheLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, message);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}) {
        env.remove(QString::fromLatin1(name));
    }
    for (const QString& pair : environment) {
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    }
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nonexistent.txt"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIAOHE_BINARY), {QStringLiteral("check"), missing});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

// A rules file is read like a report: a FIFO, a device or a huge file is refused before it is read, and its
// shape is checked with a message naming the rule and the key.
void TestCheckCommand::rulesFilesAreValidated_data()
{
    QTest::addColumn<QByteArray>("json"); // empty: `special` names the file
    QTest::addColumn<QString>("special");
    QTest::addColumn<QString>("message");
    QTest::newRow("a FIFO") << QByteArray() << "fifo"
                            << "it is not a regular file";
    QTest::newRow("/dev/zero") << QByteArray() << "/dev/zero"
                               << "it is not a regular file";
    QTest::newRow("a folder") << QByteArray() << "/"
                              << "it is not a regular file";
    QTest::newRow("too large") << QByteArray("{\"rules\": []}") + QByteArray(1024 * 1024, ' ') << QString()
                               << "a rules file may have at most 1048576";
    QTest::newRow("a top-level array") << QByteArray("[{\"id\": \"list-sum\"}]") << QString()
                                       << "must hold one JSON object";
    QTest::newRow("a misspelt top-level key")
        << QByteArray("{\"rule\": []}") << QString() << "unknown key \"rule\" at the top level";
    QTest::newRow("rules not a list") << QByteArray("{\"rules\": {}}") << QString() << "\"rules\" must be a list";
    QTest::newRow("a misspelt key") << QByteArray("{\"rules\": [{\"id\": \"list-sum\", \"type\": \"list_sum\", "
                                                  "\"sevrity\": \"info\"}]}")
                                    << QString() << "rule list-sum has unknown key \"sevrity\"";
    QTest::newRow("a severity as a number") << QByteArray("{\"rules\": [{\"id\": \"list-sum\", \"type\": "
                                                          "\"list_sum\", \"severity\": 3}]}")
                                            << QString() << "rule list-sum: \"severity\" must be a word in quotes";
    QTest::newRow("an unknown severity") << QByteArray("{\"rules\": [{\"id\": \"list-sum\", \"type\": "
                                                       "\"list_sum\", \"severity\": \"fatal\"}]}")
                                         << QString() << "rule list-sum has unknown severity \"fatal\"";
    QTest::newRow("a rule that is not an object")
        << QByteArray("{\"rules\": [\"list-sum\"]}") << QString() << "rule 1 is not a JSON object";
    QTest::newRow("enabled as a word") << QByteArray("{\"rules\": [{\"id\": \"list-sum\", \"enabled\": \"no\"}]}")
                                       << QString() << "rule list-sum: \"enabled\" must be true or false";
}

void TestCheckCommand::rulesFilesAreValidated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, special);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString rules = dir.filePath(QStringLiteral("rules.json"));
    if (special == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(rules).constData(), 0600), 0);
    } else if (!special.isEmpty()) {
        rules = special;
    } else {
        write(rules, json);
    }
    const Run r =
        check({QStringLiteral("--rules"), rules, QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "TestCheckCommand.moc"
