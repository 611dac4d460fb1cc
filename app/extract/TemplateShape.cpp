// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateShape.h"

#include "TableLine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiaohe {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        out.append(x.toString());
    }
    return out;
}

QString filled(QString pattern, const QString& row, const QString& column)
{
    pattern.replace(QStringLiteral("{row}"), row);
    pattern.replace(QStringLiteral("{column}"), column);
    return pattern;
}

} // namespace

bool TemplateRow::namedBy(QStringView label) const
{
    return tables::matchesWords(label, words);
}

const TemplateShape& TemplateShape::builtin()
{
    static const TemplateShape shape = [] {
        TemplateShape s;
        QFile f(QStringLiteral(":/jiaohe/template-tables.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !s.load(f.readAll(), &error)) {
            qFatal("the built-in template tables cannot be read: %s", qPrintable(error));
        }
        return s;
    }();
    return shape;
}

bool TemplateShape::load(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return false;
    }
    m_tables.clear();
    m_summaries.clear();
    m_cells.clear();
    m_cellIndex.clear();
    auto addCell = [&](const TemplateCell& c) {
        m_cellIndex.insert(c.key, int(m_cells.size()));
        m_cells.append(c);
    };
    for (const QJsonValue& tv : doc.object().value(u"tables").toArray()) {
        const QJsonObject t = tv.toObject();
        TemplateTable table;
        table.id = t.value(u"id").toString();
        table.group = t.value(u"group").toString();
        if (table.id.isEmpty() || this->table(table.id)) {
            *error = QStringLiteral("table %1: no id, or an id given twice").arg(m_tables.size() + 1);
            return false;
        }
        const QJsonObject versionWords = t.value(u"version_words").toObject();
        for (auto it = versionWords.begin(); it != versionWords.end(); ++it) {
            table.versionWords.insert(it.key().toInt(), stringList(it.value()));
        }
        table.splitWords = stringList(t.value(u"split_words"));
        table.groupWords = stringList(t.value(u"group_words"));
        // A grid table (3, 4): every row has the table's columns and its cells' labels are made of the row's and
        // the column's. Otherwise (table 2) each row lists its cells.
        const QJsonArray columns = t.value(u"columns").toArray();
        const QJsonObject label = t.value(u"label").toObject();
        const QString unit = t.value(u"unit").toString();
        for (const QJsonValue& cv : columns) {
            const QJsonObject c = cv.toObject();
            table.columns.append(
                {c.value(u"key").toString(), c.value(u"zh").toString(), c.value(u"en").toString()});
        }
        for (const QJsonValue& rv : t.value(u"rows").toArray()) {
            const QJsonObject r = rv.toObject();
            TemplateRow row;
            row.key = r.value(u"key").toString();
            row.words = stringList(r.value(u"words"));
            row.labelZh = r.value(u"zh").toString();
            row.labelEn = r.value(u"en").toString();
            for (const QJsonValue& v : r.value(u"versions").toArray()) {
                row.versions.append(v.toInt());
            }
            if (row.key.isEmpty()) {
                *error = QStringLiteral("table %1: a row without a key").arg(table.id);
                return false;
            }
            const QJsonArray cells = columns.isEmpty() ? r.value(u"cells").toArray() : columns;
            for (const QJsonValue& cv : cells) {
                const QJsonObject c = cv.toObject();
                const QString column = columns.isEmpty() ? c.value(u"column").toString() : c.value(u"key").toString();
                TemplateCell cell;
                cell.key = table.id + u'.' + row.key + u'.' + column;
                cell.group = table.group;
                row.columns.append(column);
                if (column.isEmpty()) {
                    *error = QStringLiteral("%1: a cell without a column").arg(table.id + u'.' + row.key);
                    return false;
                }
                if (!columns.isEmpty()) {
                    cell.labelZh = filled(label.value(u"zh").toString(), row.labelZh, c.value(u"zh").toString());
                    cell.labelEn = filled(label.value(u"en").toString(), row.labelEn, c.value(u"en").toString());
                    cell.unit = unit;
                } else if (!c.contains(u"zh")) {
                    // A cell two versions share: labelled where it first came.
                    if (!hasCell(cell.key)) {
                        *error = QStringLiteral("%1 has no labels and none given before").arg(cell.key);
                        return false;
                    }
                    continue;
                } else {
                    cell.labelZh = c.value(u"zh").toString();
                    cell.labelEn = c.value(u"en").toString();
                    cell.unit = c.value(u"unit").toString();
                }
                if (hasCell(cell.key)) {
                    *error = QStringLiteral("cell %1 is defined twice").arg(cell.key);
                    return false;
                }
                addCell(cell);
            }
            table.rows.append(row);
        }
        m_tables.append(table);
    }
    if (m_tables.isEmpty()) {
        *error = QStringLiteral("no tables");
        return false;
    }
    m_summaries.clear();
    for (const QJsonValue& v : doc.object().value(u"summary_fields").toArray()) {
        const TemplateSummary summary{v.toObject().value(u"field").toString(),
                                      stringList(v.toObject().value(u"cells"))};
        for (const QString& cell : summary.cells) {
            if (!hasCell(cell)) {
                *error = QStringLiteral("summary field %1: %2 is no cell of the tables").arg(summary.field, cell);
                return false;
            }
        }
        if (summary.field.isEmpty() || summary.cells.isEmpty()) {
            *error = QStringLiteral("summary field %1 needs a field and cells").arg(m_summaries.size() + 1);
            return false;
        }
        m_summaries.append(summary);
    }
    return true;
}

const TemplateTable* TemplateShape::table(QStringView id) const
{
    for (const TemplateTable& t : m_tables) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QList<TemplateRow> TemplateShape::rows(QStringView table, int version) const
{
    QList<TemplateRow> out;
    if (const TemplateTable* t = this->table(table)) {
        for (const TemplateRow& r : t->rows) {
            if (r.versions.isEmpty() || r.versions.contains(version)) {
                out.append(r);
            }
        }
    }
    return out;
}

} // namespace jiaohe
