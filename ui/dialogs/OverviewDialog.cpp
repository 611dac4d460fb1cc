// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewDialog.h"

#include "FlagsModel.h"
#include "ReportQueueModel.h"
#include "ReviewSession.h"
#include "extract/FieldCatalogue.h"
#include "findings/Overview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <functional>

namespace jiaohe {

namespace {

bool english()
{
    return !QLocale().name().startsWith(u"zh");
}

QChartView* makeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    view->chart()->legend()->hide();
    return view;
}

// A bar chart of `rows` (code → count) with the codes shown as `label` gives them; a click on a bar calls
// `clicked` with its code.
void drawBars(QChartView* view, const QString& title, const QList<std::pair<QString, int>>& rows,
              const std::function<QString(const QString&)>& label, const QColor& colour,
              const std::function<void(const QString&)>& clicked)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    set->setColor(colour);
    QStringList categories;
    QStringList codes;
    int highest = 0;
    for (const auto& [code, count] : rows) {
        *set << count;
        categories.append(label(code));
        codes.append(code);
        highest = std::max(highest, count);
    }
    auto* series = new QBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    if (categories.size() > 4) {
        x->setLabelsAngle(-40); // kinds and bodies are words of several characters: slanted, they stay whole
    }
    // Counts: whole numbers on the axis, a step that divides the range evenly.
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(4, highest + 1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(set, &QBarSet::clicked, view, [codes, clicked](int index) { clicked(codes.value(index)); });
}

} // namespace

OverviewDialog::OverviewDialog(ReviewSession* session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewDialog"));
    setWindowTitle(tr("Overview"));
    m_status = makeView(QStringLiteral("statusChartView"), this);
    m_kinds = makeView(QStringLiteral("kindChartView"), this);
    m_bodies = makeView(QStringLiteral("bodiesChartView"), this);
    m_series = makeView(QStringLiteral("seriesChartView"), this);
    m_bodyCombo = new QComboBox(this);
    m_bodyCombo->setObjectName(QStringLiteral("overviewBodyCombo"));
    m_bodyCombo->setAccessibleName(tr("Body"));
    m_fieldCombo = new QComboBox(this);
    m_fieldCombo->setObjectName(QStringLiteral("overviewFieldCombo"));
    m_fieldCombo->setAccessibleName(tr("Figure"));
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Body:"), this));
    pick->addWidget(m_bodyCombo, 1);
    pick->addWidget(new QLabel(tr("Figure:"), this));
    pick->addWidget(m_fieldCombo, 2);
    auto* seriesBox = new QVBoxLayout;
    seriesBox->addLayout(pick);
    seriesBox->addWidget(m_series, 1);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_status, 0, 0);
    grid->addWidget(m_kinds, 0, 1);
    grid->addWidget(m_bodies, 1, 0);
    grid->addLayout(seriesBox, 1, 1);
    auto* hint = new QLabel(tr("Click a bar or a point to show those reports in the queue."), this);
    grid->addWidget(hint, 2, 0, 1, 2);
    connect(m_bodyCombo, &QComboBox::currentIndexChanged, this, [this] { fillFields(); });
    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this, [this] { drawSeries(); });
    resize(1000, 720);
    refresh();
}

void OverviewDialog::refresh()
{
    if (!m_session->isOpen()) {
        return;
    }
    QString error;
    const Overview o = OverviewReader::read(*m_session->store(), &error);
    drawBars(m_status, tr("Reports by status"), o.reportsByStatus, &ReportQueueModel::statusText, QColor(0x4a6fa5),
             [this](const QString& code) { Q_EMIT filterRequested(code, QString(), QString()); });
    drawBars(m_kinds, tr("Open flags by kind"), o.openFlagsByKind, &FlagsModel::kindText, QColor(0xd08c2b),
             [this](const QString& kind) { Q_EMIT filterRequested(QString(), kind, QString()); });
    drawBars(
        m_bodies, tr("Bodies with the most open errors"), o.bodiesByErrors, [](const QString& s) { return s; },
        QColor(0xb03a2e), [this](const QString& body) { Q_EMIT filterRequested(QString(), QString(), body); });
    const QString body = m_bodyCombo->currentText();
    QSignalBlocker block(m_bodyCombo);
    m_bodyCombo->clear();
    m_bodyCombo->addItems(OverviewReader::bodiesAcrossYears(*m_session->store()));
    m_bodyCombo->setCurrentIndex(std::max(0, m_bodyCombo->findText(body)));
    fillFields();
}

void OverviewDialog::fillFields()
{
    const QString body = m_bodyCombo->currentText();
    QSignalBlocker block(m_fieldCombo);
    m_fieldCombo->clear();
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (const QString& key : OverviewReader::fieldsOf(*m_session->store(), body)) {
        const FieldDef* def = catalogue.find(key);
        m_fieldCombo->addItem(def ? def->label(english() ? QStringLiteral("en") : QStringLiteral("zh")) : key, key);
    }
    m_fieldCombo->setCurrentIndex(
        std::max(0, m_fieldCombo->findData(OverviewReader::suggestedField(*m_session->store(), body))));
    drawSeries();
}

void OverviewDialog::drawSeries()
{
    QChart* chart = m_series->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QString body = m_bodyCombo->currentText();
    const QString key = m_fieldCombo->currentData().toString();
    chart->setTitle(tr("%1 across the years").arg(m_fieldCombo->currentText()));
    if (body.isEmpty() || key.isEmpty()) {
        return;
    }
    const FieldSeries s = OverviewReader::series(*m_session->store(), body, key);
    auto* line = new QLineSeries(chart);
    line->setName(m_fieldCombo->currentText());
    line->setPointsVisible(true);
    auto* flagged = new QScatterSeries(chart);
    flagged->setName(tr("Cross-year flag"));
    flagged->setColor(QColor(0xc0392b));
    flagged->setMarkerSize(14);
    double low = 0;
    double high = 1;
    for (const auto& [year, value] : s.values) {
        line->append(year, value);
        high = std::max(high, value);
        low = std::min(low, value);
        if (s.flaggedYears.contains(year)) {
            flagged->append(year, value);
        }
    }
    chart->addSeries(line);
    chart->addSeries(flagged);
    chart->legend()->setVisible(!s.flaggedYears.isEmpty());
    auto* x = new QValueAxis(chart);
    const int first = s.values.isEmpty() ? 2020 : s.values.first().first;
    const int last = s.values.isEmpty() ? 2021 : s.values.last().first;
    // A tick on every year (a year on each side to spare), or on every other one over a long span.
    const int span = last - first + 2;
    const int step = span > 10 ? 2 : 1;
    x->setRange(first - 1, first - 1 + ((span + step - 1) / step) * step);
    x->setTickCount((span + step - 1) / step + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis(chart);
    y->setRange(low, high * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(flagged)}) {
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QXYSeries::clicked, this,
                [this, body] { Q_EMIT filterRequested(QString(), QString(), body); });
    }
}

} // namespace jiaohe
