// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace jiaohe {

class ReviewStore;

// What the leadership's summary shows (the window's Overview): reports by status, open flags by kind, the bodies
// with the most open errors, and one body's field across the years with the years a cross-year check flagged.
// Read from the store of the current (not superseded) reports; the window only draws it.
struct Overview
{
    QList<std::pair<QString, int>> reportsByStatus; // status code → reports
    QList<std::pair<QString, int>> openFlagsByKind; // kind → open flags
    QList<std::pair<QString, int>> bodiesByErrors;  // body key (洪泽区) → open errors, most first (ten)
};

struct FieldSeries
{
    QString body;
    QString key;
    QList<std::pair<int, double>> values; // year → the field's final value, by year
    QList<int> flaggedYears;              // years whose report has a cross-year flag on this field
};

class OverviewReader
{
public:
    static Overview read(ReviewStore& store, QString* error);
    // The bodies (their keys, document/BodyName: 洪泽区 for 淮安市洪泽区人民政府) with reports of a year, most years
    // first. A body below is always such a key.
    static QStringList bodiesAcrossYears(ReviewStore& store);
    // The catalogue's fields some report of `body` has, in catalogue order.
    static QStringList fieldsOf(ReviewStore& store, const QString& body);
    // The field to show first: one a cross-year flag of the body is about, else the requests received, else the
    // first of fieldsOf(); empty when the body has none.
    static QString suggestedField(ReviewStore& store, const QString& body);
    static FieldSeries series(ReviewStore& store, const QString& body, const QString& key);
};

} // namespace jiaohe
