// SPDX-License-Identifier: GPL-3.0-or-later
// The template's tables 2–4 as grids: the layout of table 3 against the template's JSON, a cell following the
// store, a cell edited and confirmed with keys (and the edit undone), a failing identity shading its cells and
// marking the one it blames, and a selected cell showing its field's evidence with the fields list in step.
#include "FieldsModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ReviewSession.h"
#include "TemplateGrid.h"
#include "TemplateGridModel.h"
#include "TestSupport.h"
#include "panels/FieldsPanel.h"
#include "panels/ReportPanel.h"
#include "panels/TemplateGridView.h"
#include "panels/TemplateTablesPanel.h"
#include "support/MessageBox.h"

#include "common/StatusPrinting.h"
#include "extract/TemplateShape.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jiaohe;

namespace {

const QString reportPdf = QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf");
const QString templateJson = QStringLiteral(JIAOHE_TEST_DATA "/../../resources/template-tables.json");

// Table 3 as the JSON file gives it: its rows of one version and its columns.
struct JsonTable
{
    QStringList rows;
    QStringList columns;
};

JsonTable jsonTable(const QString& id, int version)
{
    QFile f(templateJson);
    JsonTable out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QJsonValue& t : QJsonDocument::fromJson(f.readAll()).object().value(u"tables").toArray()) {
        if (t[u"id"].toString() != id) {
            continue;
        }
        for (const QJsonValue& r : t[u"rows"].toArray()) {
            const QJsonArray versions = r[u"versions"].toArray();
            if (versions.isEmpty() || versions.contains(version)) {
                out.rows.append(r[u"key"].toString());
            }
        }
        for (const QJsonValue& c : t[u"columns"].toArray()) {
            out.columns.append(c[u"key"].toString());
        }
    }
    return out;
}

// The heading cell of the grid whose text is `text`, or (-1, -1).
QPoint headingAt(const TemplateGrid& g, const QString& text)
{
    for (int r = 0; r < g.rowCount(); ++r) {
        for (int c = 0; c < g.columnCount(); ++c) {
            if (!g.at(r, c).covered && g.at(r, c).kind != GridCell::Kind::Value && g.at(r, c).text == text) {
                return QPoint(c, r);
            }
        }
    }
    return QPoint(-1, -1);
}

// Sends a text to whatever widget has the focus, key by key, as a person types.
void typeToFocus(const QString& text)
{
    for (const QChar c : text) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, c.toLatin1());
    }
}

void keyToFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key, modifiers);
}

} // namespace

class TestTemplateGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void table3Shape_data();
    void table3Shape();
    void table3Headings_data();
    void table3Headings();
    void cellFollowsCorrection();
    void editAndConfirmWithKeys();
    void failingIdentityShadesAndBlames();
    void selectingCellShowsEvidence();
    void fieldsListTellsCellsApart();

private:
    std::unique_ptr<MainWindow> openWindow();
    TemplateGridView* showTable(MainWindow& w, const QString& table);

    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestTemplateGrid::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBox::setAnswerForAll(QMessageBox::Ok);
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestTemplateGrid"));
    QVERIFY(QFile::exists(reportPdf));
    QVERIFY(QFile::exists(templateJson));
}

void TestTemplateGrid::table3Shape_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("row");    // a row key of the JSON
    QTest::addColumn<QString>("column"); // a column key of the JSON
    QTest::newRow("2021, first cell") << 2021 << false << "new"
                                      << "person";
    QTest::newRow("2021, a denial by businesses") << 2021 << false << "denied.state_secret"
                                                  << "business";
    QTest::newRow("2021, a split other row") << 2021 << true << "other.no_fee"
                                             << "other_org";
    QTest::newRow("2021, last cell") << 2021 << false << "carried_forward"
                                     << "total";
    QTest::newRow("2019, the single other row") << 2019 << false << "other"
                                                << "research";
    QTest::newRow("2019, handled in all") << 2019 << true << "total"
                                          << "total";
}

void TestTemplateGrid::table3Shape()
{
    QFETCH(int, version);
    QFETCH(bool, english);
    QFETCH(QString, row);
    QFETCH(QString, column);
    const JsonTable json = jsonTable(QStringLiteral("t3"), version);
    QVERIFY(json.rows.size() > 20);
    QCOMPARE(json.columns.size(), 7);
    const TemplateGrid g = TemplateGrid::build(TemplateShape::builtin(), QStringLiteral("t3"), version, english);
    // Two levels of column groups over the columns' own labels; three levels of row headings.
    QCOMPARE(g.headerRows(), 3);
    QCOMPARE(g.headerColumns(), 3);
    QCOMPARE(g.rowCount(), g.headerRows() + json.rows.size());
    QCOMPARE(g.columnCount(), g.headerColumns() + json.columns.size());
    QCOMPARE(g.keys().size(), json.rows.size() * json.columns.size());
    // The cell of (row, column) sits where the JSON's order puts it and holds that field.
    const int r = g.headerRows() + int(json.rows.indexOf(row));
    const int c = g.headerColumns() + int(json.columns.indexOf(column));
    const QString key = QStringLiteral("t3.%1.%2").arg(row, column);
    QCOMPARE(g.at(r, c).kind, GridCell::Kind::Value);
    QCOMPARE(g.at(r, c).key, key);
    QCOMPARE(g.positionOf(key), QPoint(c, r));
    QVERIFY(TemplateShape::builtin().hasCell(key));
}

void TestTemplateGrid::table3Headings_data()
{
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstColumn"); // the columns (or rows) the heading spans, by key
    QTest::addColumn<QString>("lastColumn");
    QTest::addColumn<QString>("firstRow");
    QTest::addColumn<QString>("lastRow");
    // Column headings: a group spans its columns; a column outside the inner group spans down both levels.
    QTest::newRow("applicants") << false << "申请人情况"
                                << "person"
                                << "total"
                                << ""
                                << "";
    QTest::newRow("legal persons") << false << "法人或其他组织"
                                   << "business"
                                   << "other_org"
                                   << ""
                                   << "";
    QTest::newRow("natural persons, full") << false << "自然人"
                                           << "person"
                                           << "person"
                                           << ""
                                           << "";
    QTest::newRow("businesses, never cut") << false << "商业企业"
                                           << "business"
                                           << "business"
                                           << ""
                                           << "";
    QTest::newRow("research, never cut") << false << "科研机构"
                                         << "research"
                                         << "research"
                                         << ""
                                         << "";
    QTest::newRow("legal persons, English") << true << "Legal persons and other organisations"
                                            << "business"
                                            << "other_org"
                                            << ""
                                            << "";
    // Row headings, numbered as printed.
    QTest::newRow("handled this year") << false << "三、本年度办理结果"
                                       << ""
                                       << ""
                                       << "granted"
                                       << "total";
    QTest::newRow("denied") << false << "(三)不予公开"
                            << ""
                            << ""
                            << "denied.state_secret"
                            << "denied.administrative_query";
    QTest::newRow("a denial") << false << "1.属于国家秘密"
                              << ""
                              << ""
                              << "denied.state_secret"
                              << "denied.state_secret";
    QTest::newRow("other handling") << false << "(六)其他处理"
                                    << ""
                                    << ""
                                    << "other.no_correction"
                                    << "other.other";
    QTest::newRow("handled in all") << false << "(七)办理结果总计"
                                    << ""
                                    << ""
                                    << "total"
                                    << "total";
    QTest::newRow("new requests") << false << "一、本年新收政府信息公开申请数量"
                                  << ""
                                  << ""
                                  << "new"
                                  << "new";
    QTest::newRow("denied, English") << true << "(3) Denied"
                                     << ""
                                     << ""
                                     << "denied.state_secret"
                                     << "denied.administrative_query";
}

void TestTemplateGrid::table3Headings()
{
    QFETCH(bool, english);
    QFETCH(QString, text);
    QFETCH(QString, firstColumn);
    QFETCH(QString, lastColumn);
    QFETCH(QString, firstRow);
    QFETCH(QString, lastRow);
    const JsonTable json = jsonTable(QStringLiteral("t3"), 2021);
    const TemplateGrid g = TemplateGrid::build(TemplateShape::builtin(), QStringLiteral("t3"), 2021, english);
    const QPoint at = headingAt(g, text);
    QVERIFY2(at.x() >= 0, qPrintable(text));
    const GridCell& h = g.at(at.y(), at.x());
    if (!firstColumn.isEmpty()) { // over columns: in the header rows, spanning those columns
        QCOMPARE(h.kind, GridCell::Kind::ColumnHeading);
        QVERIFY(at.y() < g.headerRows());
        QCOMPARE(at.x(), g.headerColumns() + json.columns.indexOf(firstColumn));
        QCOMPARE(h.columnSpan, json.columns.indexOf(lastColumn) - json.columns.indexOf(firstColumn) + 1);
        QVERIFY(at.y() + h.rowSpan <= g.headerRows());
        if (firstColumn == lastColumn) { // a column's own label reaches down to the first row of figures
            QCOMPARE(at.y() + h.rowSpan, g.headerRows());
        }
    } else { // beside rows: in the heading columns, spanning those rows
        QCOMPARE(h.kind, GridCell::Kind::RowHeading);
        QVERIFY(at.x() < g.headerColumns());
        QCOMPARE(at.y(), g.headerRows() + json.rows.indexOf(firstRow));
        QCOMPARE(h.rowSpan, json.rows.indexOf(lastRow) - json.rows.indexOf(firstRow) + 1);
        QVERIFY(at.x() + h.columnSpan <= g.headerColumns());
        if (firstRow == lastRow) { // a row's own label reaches across to the first column of figures
            QCOMPARE(at.x() + h.columnSpan, g.headerColumns());
        }
    }
}

void TestTemplateGrid::cellFollowsCorrection()
{
    test::TemporaryDatabase db({reportPdf});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    ReviewSession session;
    QVERIFY(session.open(db.path()));
    session.setCurrentReport(db.ids().first());
    TemplateGridModel model(&session, QStringLiteral("t3"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.fieldCount() > 100);
    QCOMPARE(model.grid().version(), 2021);

    const QString key = QStringLiteral("t3.granted.person");
    const std::optional<StoredField> before = test::fieldOf(*session.store(), session.currentReport(), key);
    QVERIFY(before);
    const QModelIndex cell = model.indexOfKey(key);
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), before->blank ? QString() : QString::number(before->value));
    QCOMPARE(cell.data(TemplateGridModel::StatusRole).toString(), QStringLiteral("unreviewed"));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic()); // unreviewed, as in the fields list

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const double value = before->value + 7;
    QVERIFY(session.correctField(session.currentReport(), key, value, FieldStatus::Corrected));
    QCOMPARE(reset.count(), 0); // row by row, no reset
    QVERIFY(changed.count() >= 1);
    bool cellChanged = false;
    for (const QList<QVariant>& args : changed) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        cellChanged |= from.row() <= cell.row() && cell.row() <= to.row() && from.column() <= cell.column() &&
                       cell.column() <= to.column();
    }
    QVERIFY(cellChanged);
    QCOMPARE(cell.data().toString(), QString::number(value));
    QCOMPARE(cell.data(TemplateGridModel::StatusRole).toString(), QStringLiteral("corrected"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(FieldsModel::tr("corrected")));
}

std::unique_ptr<MainWindow> TestTemplateGrid::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_dir.filePath(QStringLiteral("review%1.sqlite").arg(++m_databases)))) {
        return nullptr;
    }
    const QList<qint64> ids = w->importer()->importReports({reportPdf});
    if (ids.size() != 1) {
        return nullptr;
    }
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->selectReport(ids.first())) {
        return nullptr;
    }
    return w;
}

TemplateGridView* TestTemplateGrid::showTable(MainWindow& w, const QString& table)
{
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("fieldsTabs"));
    if (!tabs) {
        return nullptr;
    }
    tabs->setCurrentWidget(w.tablesPanel());
    auto* tableTabs = w.tablesPanel()->findChild<QTabWidget*>(QStringLiteral("templateTableTabs"));
    TemplateGridView* view = w.tablesPanel()->view(table);
    tableTabs->setCurrentWidget(view);
    return view;
}

void TestTemplateGrid::editAndConfirmWithKeys()
{
    auto w = openWindow();
    QVERIFY(w);
    TemplateGridView* view = showTable(*w, QStringLiteral("t3"));
    QVERIFY(view && view->isVisible());
    const QString key = QStringLiteral("t3.new.person");
    const qint64 report = w->session()->currentReport();
    const std::optional<StoredField> before = test::fieldOf(*w->store(), report, key);
    QVERIFY(before);

    // Click the cell, type a new value into whatever has the focus, Return: a correction.
    const QModelIndex cell = view->gridModel()->indexOfKey(key);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(view->currentIndex(), cell);
    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view);
    typeToFocus(QStringLiteral("123"));
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())); // the value editor opened on the first key
    keyToFocus(Qt::Key_Return);                                     // the editor commits after the key (queued)
    QTRY_COMPARE(test::fieldOf(*w->store(), report, key)->status, FieldStatus::Corrected);
    std::optional<StoredField> after = test::fieldOf(*w->store(), report, key);
    QCOMPARE(after->finalValue(), std::optional<double>(123));
    QCOMPARE(cell.data().toString(), QStringLiteral("123"));

    // Ctrl+Z from the grid takes it back.
    QTRY_COMPARE(QApplication::focusWidget(), view);
    keyToFocus(Qt::Key_Z, Qt::ControlModifier);
    after = test::fieldOf(*w->store(), report, key);
    QCOMPARE(after->status, before->status);
    QCOMPARE(after->finalValue(), before->finalValue());
    QCOMPARE(cell.data().toString(), before->blank ? QString() : QString::number(before->value));

    // Return on the cell confirms it and moves on to the next cell of the row.
    QCOMPARE(view->currentIndex(), cell);
    keyToFocus(Qt::Key_Return);
    QCOMPARE(test::fieldOf(*w->store(), report, key)->status, FieldStatus::Confirmed);
    QCOMPARE(view->gridModel()->keyAt(view->currentIndex()), QStringLiteral("t3.new.business"));
    QCOMPARE(w->fieldsPanel()->currentKey(), QStringLiteral("t3.new.business")); // the list in step
}

void TestTemplateGrid::failingIdentityShadesAndBlames()
{
    test::TemporaryDatabase db({reportPdf});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    ReviewSession session;
    QVERIFY(session.open(db.path()));
    const qint64 report = db.ids().first();
    session.setCurrentReport(report);
    TemplateGridModel model(&session, QStringLiteral("t3"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto marked = [&](int role) {
        QStringList keys;
        for (const QString& key : model.grid().keys()) {
            if (model.indexOfKey(key).data(role).toBool()) {
                keys.append(key);
            }
        }
        return keys;
    };
    const QStringList shadedBefore = marked(TemplateGridModel::FlaggedRole);
    QVERIFY(marked(TemplateGridModel::BlamedRole).isEmpty());

    // One cell changed breaks its row's sum and its column's balance: the localisation blames that cell alone.
    const QString key = QStringLiteral("t3.new.business");
    const std::optional<StoredField> f = test::fieldOf(*session.store(), report, key);
    QVERIFY(f);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(session.correctField(report, key, f->finalValue().value_or(0) + 5, FieldStatus::Corrected));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(marked(TemplateGridModel::BlamedRole), QStringList{key});
    const QStringList shaded = marked(TemplateGridModel::FlaggedRole);
    QVERIFY(shaded.contains(key));
    QVERIFY(shaded.contains(QStringLiteral("t3.new.total")));                // its row's total
    QVERIFY(shaded.contains(QStringLiteral("t3.carried_forward.business"))); // its column's balance
    QVERIFY(!shaded.contains(QStringLiteral("t3.granted.person")) ||         // in neither sum
            shadedBefore.contains(QStringLiteral("t3.granted.person")));

    // The blamed cell looks unlike the shaded ones and says why, in the UI's language.
    const QModelIndex blamed = model.indexOfKey(key);
    const QModelIndex other = model.indexOfKey(QStringLiteral("t3.new.total"));
    QVERIFY(blamed.data(Qt::BackgroundRole).isValid());
    QVERIFY(other.data(Qt::BackgroundRole).isValid());
    QVERIFY(blamed.data(Qt::BackgroundRole) != other.data(Qt::BackgroundRole));
    const QList<StoredFlag> flags = session.currentFlags();
    const auto localised = std::find_if(flags.begin(), flags.end(), [](const StoredFlag& fl) {
        return fl.rule == u"table-cell" && fl.resolution == Resolution::Open && fl.active;
    });
    QVERIFY(localised != flags.end());
    const QString message = QLocale().name().startsWith(u"zh") ? localised->messageZh : localised->messageEn;
    QVERIFY2(blamed.data(Qt::ToolTipRole).toString().contains(message),
             qPrintable(blamed.data(Qt::ToolTipRole).toString()));

    // Dismissing the flag lifts the marks, cell by cell.
    QVERIFY(session.resolveFlag(report, localised->id, Resolution::Dismissed, QStringLiteral("checked on paper")));
    QCOMPARE(reset.count(), 0);
    QVERIFY(marked(TemplateGridModel::BlamedRole).isEmpty());
    QVERIFY(!blamed.data(TemplateGridModel::FlaggedRole).toBool());
}

void TestTemplateGrid::selectingCellShowsEvidence()
{
    auto w = openWindow();
    QVERIFY(w);
    TemplateGridView* view = showTable(*w, QStringLiteral("t3"));
    QVERIFY(view);
    const QString key = QStringLiteral("t3.partial.person");
    const std::optional<StoredField> f = test::fieldOf(*w->store(), w->session()->currentReport(), key);
    QVERIFY(f);
    QVERIFY(f->evidenceEnd > f->evidenceStart);
    QSignalSpy selected(w->tablesPanel(), &TemplateTablesPanel::currentFieldChanged);
    const QModelIndex cell = view->gridModel()->indexOfKey(key);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0).toString(), key);
    QCOMPARE(selected.first().at(1).toInt(), int(f->evidenceStart));
    QCOMPARE(selected.first().at(2).toInt(), int(f->evidenceEnd));
    // The fields list follows, and the text shows the evidence as for the field.
    QCOMPARE(w->fieldsPanel()->currentKey(), key);
    const QTextCursor shown = w->reportPanel()->textView()->textCursor();
    QCOMPARE(shown.selectionStart(), int(f->evidenceStart));
    QCOMPARE(shown.selectionEnd(), int(f->evidenceEnd));

    // The other way round: a cell of table 4 selected in the list shows table 4 with that cell.
    const QString appeal = QStringLiteral("t4.reconsideration.total");
    QVERIFY(w->fieldsPanel()->selectField(appeal));
    QCOMPARE(w->tablesPanel()->currentTable(), QStringLiteral("t4"));
    QCOMPARE(w->tablesPanel()->currentKey(), appeal);
}

void TestTemplateGrid::fieldsListTellsCellsApart()
{
    test::TemporaryDatabase db({reportPdf});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    ReviewSession session;
    QVERIFY(session.open(db.path()));
    session.setCurrentReport(db.ids().first());
    FieldsPanel panel(&session);
    FieldsModel* model = panel.fieldsModel();
    // A cell's label is its row and its column, from the template's shape, in the UI's language; the cells of a
    // row end differently, and the list shortens labels in the middle, so the ends stay visible.
    const bool english = !QLocale().name().startsWith(u"zh");
    const QString label = model->indexOfKey(QStringLiteral("t3.denied.state_secret.business")).data().toString();
    QCOMPARE(label, english ? QStringLiteral("Denied: state secret › businesses")
                            : QStringLiteral("不予公开:属于国家秘密 › 商业企业"));
    QSet<QString> rowLabels;
    for (const TemplateColumn& column : TemplateShape::builtin().table(u"t3")->columns) {
        rowLabels.insert(model->indexOfKey(QStringLiteral("t3.new.") + column.key).data().toString());
    }
    QCOMPARE(rowLabels.size(), 7);
    QCOMPARE(panel.textElideMode(), Qt::ElideMiddle);
    // The tooltip gives the whole label with its table.
    const QString tip =
        model->indexOfKey(QStringLiteral("t3.denied.state_secret.business")).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(
                 model->index(model->indexOfKey(QStringLiteral("t3.new.person")).parent().row(), 0).data().toString() +
                 QStringLiteral(" › ") + label),
             qPrintable(tip));
}

QTEST_MAIN(TestTemplateGrid)
#include "TestTemplateGrid.moc"
