// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decision.h"

#include "common/NumberText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <utility>

namespace jiaohe {

namespace {

using Action = Decision::Action;

constexpr std::array<std::pair<Action, const char*>, 8> actionCodes{{
    {Action::Confirm, "confirm"},
    {Action::Correct, "correct"},
    {Action::SourceError, "source_error"},
    {Action::NotApplicable, "not_applicable"},
    {Action::Accept, "accept"},
    {Action::Dismiss, "dismiss"},
    {Action::Note, "note"},
    {Action::Reviewed, "reviewed"},
}};

bool isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// A value given as a JSON number, or as a string of one ("199693"): nothing when it is neither.
std::optional<double> numberOf(const QJsonValue& v)
{
    if (v.isDouble()) {
        return v.toDouble();
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok); // QString::toDouble is locale-independent
        if (ok && std::isfinite(d)) {
            return d;
        }
    }
    return std::nullopt;
}

// What the action is about, checked against what it needs; empty when it fits.
QString targetError(const Decision& d)
{
    const QString code = Decision::actionCode(d.action);
    const bool field = !d.field.isEmpty();
    const bool flag = !d.flag.isEmpty();
    switch (d.action) {
    case Action::Confirm:
    case Action::Correct:
    case Action::NotApplicable:
        return field ? QString() : Decision::tr("“%1” needs a \"field\"").arg(code);
    case Action::Accept:
    case Action::Dismiss:
        return flag ? QString() : Decision::tr("“%1” needs a \"flag\"").arg(code);
    case Action::SourceError:
        return field || flag ? QString() : Decision::tr("“%1” needs a \"field\" or a \"flag\"").arg(code);
    case Action::Reviewed:
        return field || flag ? Decision::tr("“%1” is about the whole report: no \"field\" or \"flag\"").arg(code)
                             : QString();
    case Action::Note:
        return flag ? Decision::tr("a note belongs to a field or to the report, not to a flag") : QString();
    }
    return QString();
}

// What the action needs besides its target; empty when it is there.
QString argumentError(const Decision& d)
{
    if (d.action == Action::Correct && !d.value) {
        return Decision::tr("“correct” needs a \"value\" (a number)");
    }
    if (d.action == Action::Dismiss && d.reason.trimmed().isEmpty()) {
        return Decision::tr("a dismissal needs a \"reason\"");
    }
    if (d.action == Action::Note && d.note.trimmed().isEmpty()) {
        return Decision::tr("“note” needs a \"note\" (the text)");
    }
    return QString();
}

} // namespace

QString Decision::actionCode(Action action)
{
    for (const auto& [a, code] : actionCodes) {
        if (a == action) {
            return QString::fromLatin1(code);
        }
    }
    return QString();
}

std::optional<Decision::Action> Decision::actionFromCode(const QString& code)
{
    for (const auto& [a, c] : actionCodes) {
        if (code == QLatin1String(c)) {
            return a;
        }
    }
    return std::nullopt;
}

std::optional<Decision> Decision::fromJsonLine(const QByteArray& line, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? tr("not JSON: %1 at character %2").arg(parse.errorString()).arg(parse.offset)
                     : tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Decision d;
    d.report = o.value(u"report").toString().trimmed().toLower();
    d.file = o.value(u"file").toString();
    d.field = o.value(u"field").toString().trimmed();
    d.flag = o.value(u"flag").toString().trimmed();
    d.reason = o.value(u"reason").toString();
    d.note = o.value(u"note").toString();
    d.reviewer = o.value(u"reviewer").toString().trimmed();
    if (!isSha256(d.report)) {
        *error = o.contains(u"report") ? tr("\"report\" is not a SHA-256 (64 hexadecimal digits)")
                                       : tr("no \"report\" (the SHA-256 of the report's file)");
        return std::nullopt;
    }
    const QString code = o.value(u"action").toString();
    const std::optional<Action> action = actionFromCode(code);
    if (!action) {
        *error = code.isEmpty() ? tr("no \"action\"")
                                : tr("unknown action “%1” (confirm, correct, source_error, not_applicable, accept, "
                                     "dismiss, note, reviewed)")
                                      .arg(code);
        return std::nullopt;
    }
    d.action = *action;
    if (!d.field.isEmpty() && !d.flag.isEmpty()) {
        *error = tr("a decision is about a \"field\" or a \"flag\", not both");
        return std::nullopt;
    }
    if (o.contains(u"value")) {
        d.value = numberOf(o.value(u"value"));
        if (!d.value) {
            *error = tr("\"value\" is not a number");
            return std::nullopt;
        }
    }
    if (o.contains(u"evidence")) {
        const QJsonArray span = o.value(u"evidence").toArray();
        const qint64 start = span.at(0).toInteger(-1);
        const qint64 end = span.at(1).toInteger(-1);
        if (span.size() != 2 || start < 0 || end <= start) {
            *error = tr("\"evidence\" is not [start, end] (character positions in the report's text)");
            return std::nullopt;
        }
        d.evidence = std::pair(start, end);
    }
    d.unit = o.value(u"unit").toString();
    if (o.contains(u"at")) {
        const QDateTime at = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
        if (!at.isValid()) {
            *error = tr("\"at\" is not a date and time (ISO 8601)");
            return std::nullopt;
        }
        d.at = at.toUTC().toString(Qt::ISODateWithMs);
    }
    *error = targetError(d);
    if (error->isEmpty()) {
        *error = argumentError(d);
    }
    return error->isEmpty() ? std::optional<Decision>(d) : std::nullopt;
}

QByteArray Decision::toJsonLine() const
{
    // Written by hand for a fixed key order (QJsonObject sorts its keys): report first, as people read it.
    QList<std::pair<QString, QJsonValue>> items = {{QStringLiteral("report"), report}};
    auto add = [&](const char* key, const QString& text) {
        if (!text.isEmpty()) {
            items.append({QString::fromLatin1(key), text});
        }
    };
    add("file", file);
    add("field", field);
    add("flag", flag);
    items.append({QStringLiteral("action"), actionCode(action)});
    if (value) {
        items.append({QStringLiteral("value"), jsonNumber(*value)});
    }
    if (evidence) {
        items.append({QStringLiteral("evidence"), QJsonArray{evidence->first, evidence->second}});
    }
    add("unit", unit);
    add("reason", reason);
    add("note", note);
    add("reviewer", reviewer);
    add("at", at);
    QByteArray out("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        // One key and its value as a one-member object, its braces dropped: the JSON escaping of both.
        const QByteArray member =
            QJsonDocument(QJsonObject{{items.at(i).first, items.at(i).second}}).toJson(QJsonDocument::Compact);
        out += (i > 0 ? "," : "") + member.mid(1, member.size() - 2);
    }
    out += '}';
    return out;
}

} // namespace jiaohe
