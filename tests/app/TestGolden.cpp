// Golden-file cases: every folder under tests/data/cases holds a report and expected.json; adding a
// case is adding a folder. Also checks the evidence offsets of the seed reports' golden fields.
#include "check/Checker.h"
#include "cli/Analysis.h"
#include "document/TextNormaliser.h"
#include "extract/Extractor.h"
#include "numbers/NumberParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace jiaohe;

namespace {

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Whether a flag's values contain all the wanted values (each used once).
bool containsAll(QList<double> values, const QJsonArray& wanted)
{
    for (const QJsonValue& w : wanted) {
        auto it = std::find_if(values.begin(), values.end(), [&](double v) { return close(v, w.toDouble()); });
        if (it == values.end()) {
            return false;
        }
        values.erase(it);
    }
    return true;
}

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
    const QJsonObject expected = readJson(dir + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), "expected.json is missing or invalid");

    const Analysis a = Analysis::ofFile(report, Extractor(), Checker());
    QVERIFY2(a.ok(), qPrintable(a.error));

    if (expected.contains(u"year")) {
        QVERIFY(a.extraction.year.has_value());
        QCOMPARE(*a.extraction.year, expected.value(u"year").toInt());
    }
    if (expected.contains(u"region")) {
        const QString want = expected.value(u"region").toString();
        QVERIFY2(a.extraction.region.contains(want) || want.contains(a.extraction.region),
                 qPrintable(QStringLiteral("region: want %1, got %2").arg(want, a.extraction.region)));
        QVERIFY(a.extraction.region.size() >= 2);
    }
    const QJsonObject fields = expected.value(u"fields").toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const ExtractedField* f = a.extraction.field(it.key());
        QVERIFY2(f, qPrintable(QStringLiteral("field %1 not found").arg(it.key())));
        QVERIFY2(
            close(f->value, it.value().toDouble()),
            qPrintable(
                QStringLiteral("field %1: want %2, got %3").arg(it.key()).arg(it.value().toDouble()).arg(f->value)));
    }
    if (expected.contains(u"template_version")) {
        QCOMPARE(a.extraction.templateVersion, expected.value(u"template_version").toInt());
    }
    for (const QJsonValue& v : expected.value(u"blank").toArray()) {
        const ExtractedField* f = a.extraction.field(v.toString());
        QVERIFY2(f && f->blank, qPrintable(QStringLiteral("field %1 should be a blank cell").arg(v.toString())));
    }
    for (const QJsonValue& v : expected.value(u"absent_values").toArray()) {
        for (const ExtractedField& f : a.extraction.fields) {
            QVERIFY2(!close(f.value, v.toDouble()),
                     qPrintable(QStringLiteral("%1 = %2 comes from outside the report").arg(f.key).arg(f.value)));
        }
    }
    QList<bool> used(a.flags.size(), false);
    for (const QJsonValue& v : expected.value(u"flags").toArray()) {
        const QJsonObject want = v.toObject();
        const QJsonArray kinds = want.value(u"kind").toArray();
        bool found = false;
        for (qsizetype i = 0; i < a.flags.size(); ++i) {
            const Flag& f = a.flags.at(i);
            if (!kinds.contains(QJsonValue(f.kind)) || !containsAll(f.values, want.value(u"values").toArray())) {
                continue;
            }
            if (want.contains(u"suggestion") &&
                (!f.suggestion || !close(f.suggestion->value, want.value(u"suggestion").toDouble()))) {
                continue;
            }
            used[i] = true;
            found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("flag %1 not raised")
                                       .arg(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)))));
    }
    if (expected.value(u"no_other_flags").toBool()) {
        for (qsizetype i = 0; i < a.flags.size(); ++i) {
            QVERIFY2(
                used.at(i),
                qPrintable(QStringLiteral("unexpected flag %1: %2").arg(a.flags.at(i).kind, a.flags.at(i).messageEn)));
        }
    }
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
