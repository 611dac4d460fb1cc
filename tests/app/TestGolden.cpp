// SPDX-License-Identifier: GPL-3.0-or-later
// Golden-file cases: every folder under tests/data/cases holds a report and expected.json; adding a
// case is adding a folder. Also checks the evidence offsets of the seed reports' golden fields.
#include "GoldenCase.h"
#include "check/Checker.h"
#include "pipeline/Analysis.h"
#include "document/TextNormaliser.h"
#include "document/office/OfficeConverter.h"
#include "extract/Extractor.h"
#include "numbers/NumberParser.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace jiaohe;

namespace {

using golden::close;
using golden::readJson;

QString reportIn(const QString& dir)
{
    const QStringList entries = QDir(dir).entryList({QStringLiteral("report.*")}, QDir::Files);
    return entries.isEmpty() ? QString() : dir + u'/' + entries.first();
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void seedEvidence_data();
    void seedEvidence();
};

void TestGolden::cases_data()
{
    QTest::addColumn<QString>("dir");
    const QString root = QStringLiteral(JIAOHE_TEST_DATA "/cases");
    const QStringList dirs = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(dirs.size() >= 3, "the golden cases folder is missing");
    for (const QString& d : dirs) {
        QTest::newRow(qPrintable(d)) << root + u'/' + d;
    }
}

void TestGolden::cases()
{
    QFETCH(QString, dir);
    const QString report = reportIn(dir);
    QVERIFY2(!report.isEmpty(), qPrintable(dir + QStringLiteral(": no report.* file")));
    // A Word 97-2003 or WPS document is read through LibreOffice, where it is installed.
    if ((report.endsWith(u".doc") || report.endsWith(u".wps")) && OfficeConverter::program().isEmpty()) {
        QSKIP("LibreOffice (soffice) is not installed");
    }
    const QJsonObject expected = readJson(dir + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), "expected.json is missing or invalid");

    const Analysis a = Analysis::ofFile(report, Extractor(), Checker());
    QVERIFY2(a.ok(), qPrintable(a.error));

    const QStringList failures = golden::compare(a, expected);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestGolden::seedEvidence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    const QJsonObject golden = readJson(QStringLiteral(JIAOHE_TEST_DATA "/golden/seeds.json"));
    const QJsonObject reports = golden.value(u"reports").toObject();
    QVERIFY(!reports.isEmpty());
    for (auto r = reports.constBegin(); r != reports.constEnd(); ++r) {
        const QJsonObject required = r.value().toObject().value(u"required").toObject();
        for (auto f = required.constBegin(); f != required.constEnd(); ++f) {
            if (f.key().startsWith(u"report.")) {
                continue;
            }
            const QJsonValue spec = f.value();
            const double value = spec.isObject() ? spec.toObject().value(u"value").toDouble() : spec.toDouble();
            QTest::addRow("%s %s", qPrintable(r.key()), qPrintable(f.key()))
                << QStringLiteral(JIAOHE_TEST_DATA "/seeds/") + r.key() << f.key() << value;
        }
    }
}

// The evidence span of each golden field, cut from the original text, holds the number as written:
// parsing the cut text gives the field's value back.
void TestGolden::seedEvidence()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(double, value);
    static QHash<QString, Analysis> cache;
    if (!cache.contains(file)) {
        cache.insert(file, Analysis::ofFile(file, Extractor(), Checker()));
    }
    const Analysis& a = cache[file];
    QVERIFY2(a.ok(), qPrintable(a.error));
    const ExtractedField* f = a.extraction.field(key);
    QVERIFY2(f, qPrintable(QStringLiteral("%1 not extracted").arg(key)));
    QVERIFY(f->start >= 0 && f->end > f->start && f->end <= a.document.original.size());
    const QString cut = a.document.original.mid(f->start, f->end - f->start);
    const auto parsed = parseQuantity(normaliseText(cut).text); // 32456條 reads as 32456条
    QVERIFY2(parsed.has_value(), qPrintable(QStringLiteral("evidence «%1» does not parse").arg(cut)));
    QVERIFY2(close(parsed->value, value),
             qPrintable(QStringLiteral("evidence «%1» reads %2, want %3").arg(cut).arg(parsed->value).arg(value)));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "TestGolden.moc"
