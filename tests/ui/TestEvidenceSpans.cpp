// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence of a summary of template cells (不予公开 = the totals of eight rows) is its cells, not the rows
// between its first and last cell: neither the marks on the report text nor the selection cover a line break.
#include "EvidenceSpans.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "panels/FieldsPanel.h"
#include "panels/ReportPanel.h"
#include "support/MessageBox.h"

#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

class TestEvidenceSpans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryIsItsCells_data();
    void summaryIsItsCells();

private:
    QTemporaryDir m_settings;
};

void TestEvidenceSpans::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestEvidenceSpans"));
    MessageBox::setAnswerForAll(QMessageBox::Ok);
}

void TestEvidenceSpans::summaryIsItsCells_data()
{
    QTest::addColumn<QString>("report");
    QTest::newRow("hongze 2023") << QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf");
    QTest::newRow("hongze 2024") << QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf");
}

void TestEvidenceSpans::summaryIsItsCells()
{
    QFETCH(QString, report);
    test::TemporaryDatabase db({report});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    MainWindow w;
    QVERIFY(w.openDatabase(db.path()));
    QVERIFY(w.selectReport(db.ids().first()));
    const QString text = w.store()->originalText(db.ids().first());
    const QList<StoredField> fields = w.store()->fields(db.ids().first());

    const QString summary = QStringLiteral("outcome.denied");
    const std::optional<StoredField> field = test::fieldOf(*w.store(), db.ids().first(), summary);
    QVERIFY(field);
    // As stored, the summary's evidence runs across the eight rows.
    QVERIFY(text.mid(field->evidenceStart, field->evidenceEnd - field->evidenceStart).contains(u'\n'));
    const QList<EvidenceSpan> spans = evidenceSpans(fields, summary);
    QCOMPARE(spans.size(), 8);
    double sum = 0;
    for (const auto& [start, end] : spans) {
        const QString cell = text.mid(start, end - start);
        QVERIFY2(!cell.contains(u'\n'), qPrintable(cell));
        sum += cell.toDouble();
    }
    QCOMPARE(sum, field->value);
    // A field that is one cell is its own evidence.
    const std::optional<StoredField> cell =
        test::fieldOf(*w.store(), db.ids().first(), QStringLiteral("t3.denied.state_secret.total"));
    QVERIFY(cell);
    QCOMPARE(evidenceSpans(fields, cell->key), (QList<EvidenceSpan>{{cell->evidenceStart, cell->evidenceEnd}}));

    // In the window: selecting the summary selects its first cell, and no mark covers a line break.
    QVERIFY(w.fieldsPanel()->selectField(summary));
    const QTextCursor selected = w.reportPanel()->textView()->textCursor();
    QCOMPARE(qsizetype(selected.selectionStart()), spans.first().first);
    QCOMPARE(qsizetype(selected.selectionEnd()), spans.first().second);
    for (const QTextEdit::ExtraSelection& mark : w.reportPanel()->textView()->extraSelections()) {
        QVERIFY2(!mark.cursor.selectedText().contains(QChar::ParagraphSeparator),
                 qPrintable(mark.cursor.selectedText()));
    }
}

QTEST_MAIN(TestEvidenceSpans)
#include "TestEvidenceSpans.moc"
