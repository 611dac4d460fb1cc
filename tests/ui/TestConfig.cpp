// SPDX-License-Identifier: GPL-3.0-or-later
// Config (typed settings, defaults in one table, a temporary instance for tests) and the seams that keep a
// test from blocking on a dialog: MessageBox and FileDialog answer what the test said.
#include "Preferences.h"
#include "support/Config.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults_data();
    void defaults();
    void setEmitsChangedOnce();
    void preferencesLiveInConfig();
    void applicationIdentity();
    void messageBoxAnswersForTests();
    void fileDialogAnswersForTests();

private:
    QTemporaryDir m_dir;
};

void TestConfig::init()
{
    QVERIFY(m_dir.isValid());
    Config::createTemporary(m_dir.path()); // a fresh, empty instance for every test
}

void TestConfig::defaults_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("language follows the system") << int(Config::Language) << QVariant(QString());
    QTest::newRow("no reviewer name") << int(Config::Reviewer) << QVariant(QString());
    QTest::newRow("no recent databases") << int(Config::RecentDatabases) << QVariant(QStringList());
    QTest::newRow("no geometry") << int(Config::WindowGeometry) << QVariant(QByteArray());
}

void TestConfig::defaults()
{
    QFETCH(int, key);
    QFETCH(QVariant, value);
    QCOMPARE(Config::instance()->get(Config::Key(key)), value);
}

void TestConfig::setEmitsChangedOnce()
{
    Config* config = Config::instance();
    QSignalSpy changed(config, &Config::changed);
    config->set(Config::Reviewer, QStringLiteral("李审核"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Config::Key>(), Config::Reviewer);
    QCOMPARE(config->get(Config::Reviewer).toString(), QStringLiteral("李审核"));
    config->set(Config::Reviewer, QStringLiteral("李审核")); // the same value: no signal
    QCOMPARE(changed.count(), 1);
    config->reset(Config::Reviewer);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(config->get(Config::Reviewer).toString(), QString());
    // Another temporary instance starts empty.
    config->set(Config::RecentDatabases, QStringList{QStringLiteral("/tmp/a.sqlite")});
    Config::createTemporary(m_dir.path());
    QCOMPARE(Config::instance()->get(Config::RecentDatabases).toStringList(), QStringList());
}

void TestConfig::preferencesLiveInConfig()
{
    Preferences p;
    p.language = QStringLiteral("en");
    p.reviewer = QStringLiteral("  王审核 ");
    p.save();
    QCOMPARE(Config::instance()->get(Config::Reviewer).toString(), QStringLiteral("王审核"));
    QCOMPARE(Config::instance()->get(Config::Language).toString(), QStringLiteral("en"));
    QCOMPARE(Preferences::load().reviewer, QStringLiteral("王审核"));
    Config::instance()->set(Config::Language, QStringLiteral("fr")); // not one we ship: the system's
    QCOMPARE(Preferences::load().language, QString());
}

void TestConfig::applicationIdentity()
{
    Config::setApplicationIdentity();
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Jiaohe"));
    QVERIFY(!QCoreApplication::organizationDomain().isEmpty());
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("jiaohe"));
}

void TestConfig::messageBoxAnswersForTests()
{
    MessageBox::clearShown();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("Title"), QStringLiteral("Text")), QMessageBox::Cancel);
    MessageBox::setAnswerForAll(QMessageBox::Ok);
    MessageBox::showErrors(nullptr, QStringLiteral("Import"),
                           {QStringLiteral("a: broken"), QStringLiteral("b: empty")});
    QCOMPARE(MessageBox::shown().size(), 2);
    QCOMPARE(MessageBox::shown().first().text, QStringLiteral("Text"));
    QCOMPARE(MessageBox::shown().last().title, QStringLiteral("Import"));
    QCOMPARE(MessageBox::shown().last().details,
             QStringList({QStringLiteral("a: broken"), QStringLiteral("b: empty")}));
    MessageBox::setAnswerForAll(std::nullopt);
}

void TestConfig::fileDialogAnswersForTests()
{
    FileDialog::setNextFileName(QStringLiteral("/tmp/x.csv"));
    QCOMPARE(FileDialog::getSaveFileName(nullptr, QString(), QStringLiteral("/tmp/suggested.csv"), QString()),
             QStringLiteral("/tmp/x.csv"));
    QCOMPARE(FileDialog::lastSuggested(), QStringLiteral("/tmp/suggested.csv"));
    FileDialog::setNextFileNames({QStringLiteral("/a.txt"), QStringLiteral("/b.txt")});
    QCOMPARE(FileDialog::getOpenFileNames(nullptr, QString(), QString(), QString()).size(), 2);
    FileDialog::setNextFileName(QString()); // a cancel
    QCOMPARE(FileDialog::getExistingDirectory(nullptr, QString()), QString());
}

QTEST_MAIN(TestConfig)
#include "TestConfig.moc"
