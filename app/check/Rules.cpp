// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rules.h"

#include "TableIdentity.h"
#include "extract/TemplateShape.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiaohe {

namespace {

// The first cell a rule names that the template does not have ("t3.granted.totl"), empty when every one is
// there. Keys of the template's tables (t2., t3., t4.) are checked, with each value of the rule's for_each
// variable and without "prev:"; other keys are the catalogue's fields.
QString unknownCell(const QJsonObject& rule)
{
    using namespace tablecheck;
    const TemplateShape& shape = TemplateShape::builtin();
    QStringList patterns;
    for (const char16_t* param : {u"parts", u"total", u"keys"}) {
        patterns += stringsOf(rule.value(QStringView(param)));
    }
    for (const QJsonValue& pair : rule.value(u"table_pairs").toArray()) {
        for (const char16_t* param : {u"table", u"share_of"}) {
            for (const QStringList& keys : alternativesOf(pair.toObject().value(QStringView(param)))) {
                patterns += keys;
            }
        }
    }
    const QString variable = variableOf(rule);
    for (const Binding& b : bindingsOf(rule)) {
        for (const QString& pattern : std::as_const(patterns)) {
            QString key = substituted(pattern, variable, b.value);
            if (key.startsWith(u"prev:")) {
                key = key.mid(5);
            }
            if (shape.table(QStringView(key).left(key.indexOf(u'.'))) && !shape.hasCell(key)) {
                return key;
            }
        }
    }
    return QString();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("jiaohe::RuleSet", text);
}

// A rules file is read like a report: its shape is checked before anything in it is used, so that a
// misspelt key, a top-level array or a severity given as a number is said, not silently ignored.
QString shapeProblem(const QJsonDocument& doc)
{
    static const QStringList topKeys = {QStringLiteral("about"), QStringLiteral("version"), QStringLiteral("rules")};
    static const QStringList ruleKeys = {
        QStringLiteral("about"),         QStringLiteral("complete"),        QStringLiteral("enabled"),
        QStringLiteral("factor"),        QStringLiteral("for_each"),        QStringLiteral("groups"),
        QStringLiteral("id"),            QStringLiteral("key"),             QStringLiteral("keys"),
        QStringLiteral("keywords"),      QStringLiteral("kind"),            QStringLiteral("message"),
        QStringLiteral("message_missing"), QStringLiteral("message_missing_many"), QStringLiteral("message_table"),
        QStringLiteral("message_table_share"), QStringLiteral("minimum"), QStringLiteral("missing_limit"),
        QStringLiteral("name"),          QStringLiteral("parts"),           QStringLiteral("sections"),
        QStringLiteral("severity"),      QStringLiteral("share_of"),        QStringLiteral("skip_between"),
        QStringLiteral("table"),         QStringLiteral("table_pairs"),     QStringLiteral("total"),
        QStringLiteral("type"),          QStringLiteral("typo"),            QStringLiteral("versions")};
    if (!doc.isObject())
        return tr("the rules file must hold one JSON object ({\"rules\": [...]}), not an array or a value");
    const QJsonObject top = doc.object();
    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        if (!topKeys.contains(it.key()))
            return tr("unknown key \"%1\" at the top level (known: %2)").arg(it.key(), topKeys.join(u", "));
    }
    if (top.contains(u"rules") && !top.value(u"rules").isArray())
        return tr("\"rules\" must be a list of rules");
    const QJsonArray rules = top.value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!rules.at(i).isObject())
            return tr("rule %1 is not a JSON object").arg(i + 1);
        const QJsonObject rule = rules.at(i).toObject();
        const QString name = rule.value(u"id").isString() ? rule.value(u"id").toString() : QString::number(i + 1);
        for (auto it = rule.constBegin(); it != rule.constEnd(); ++it) {
            if (!ruleKeys.contains(it.key()))
                return tr("rule %1 has unknown key \"%2\"").arg(name, it.key());
        }
        for (const char16_t* key : {u"id", u"type", u"kind", u"severity"}) {
            const QJsonValue value = rule.value(QStringView(key));
            if (!value.isUndefined() && !value.isString())
                return tr("rule %1: \"%2\" must be a word in quotes").arg(name, QString::fromUtf16(key));
        }
        if (rule.contains(u"enabled") && !rule.value(u"enabled").isBool())
            return tr("rule %1: \"enabled\" must be true or false").arg(name);
    }
    return QString();
}

} // namespace

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString Flag::identity() const
{
    if (!id.isEmpty()) {
        return id;
    }
    QString key = rule;
    for (const auto& [s, e] : spans) {
        key += QStringLiteral(":%1-%2").arg(s).arg(e);
    }
    // A flag with no cells (a missing section) is told apart by its subject. A flag with cells and no subject
    // hashes as it did before subjects existed, so that stored identities of such flags stay valid.
    if (spans.isEmpty() || !subject.isEmpty()) {
        key += u':' + subject;
    }
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

const RuleSet& RuleSet::builtin()
{
    static const RuleSet rules = [] {
        RuleSet r;
        QFile f(QStringLiteral(":/jiaohe/rules.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !r.load(f.readAll(), &error)) {
            qFatal("the built-in rules cannot be read: %s", qPrintable(error));
        }
        return r;
    }();
    return rules;
}

bool RuleSet::parse(const QByteArray& json, QList<Rule>* out, QList<QString>* disabled, QString* error) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (const QString problem = shapeProblem(doc); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    static const QStringList types = {
        QStringLiteral("list_sum"),       QStringLiteral("unit_slip"),         QStringLiteral("field_sum"),
        QStringLiteral("share"),          QStringLiteral("share_sum"),         QStringLiteral("restatement"),
        QStringLiteral("numbering"),      QStringLiteral("required_sections"), QStringLiteral("table_identity"),
        QStringLiteral("table_localise"), QStringLiteral("year_identity"),     QStringLiteral("year_jump")};
    const QJsonArray rules = doc.object().value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        Rule r;
        r.id = o.value(u"id").toString();
        if (r.id.isEmpty()) {
            *error = QStringLiteral("rule %1 has no id").arg(i + 1);
            return false;
        }
        if (o.value(u"enabled").toBool(true) == false) {
            disabled->append(r.id);
            continue;
        }
        r.kind = o.value(u"kind").toString();
        r.type = o.value(u"type").toString();
        if (!types.contains(r.type)) {
            *error = QStringLiteral("rule %1 has unknown type \"%2\" (known: %3)").arg(r.id, r.type, types.join(u", "));
            return false;
        }
        const QString sev = o.value(u"severity").toString(QStringLiteral("warning"));
        if (sev == u"error") {
            r.severity = Severity::Error;
        } else if (sev == u"warning") {
            r.severity = Severity::Warning;
        } else if (sev == u"info") {
            r.severity = Severity::Info;
        } else {
            *error = tr("rule %1 has unknown severity \"%2\" (known: error, warning, info)").arg(r.id, sev);
            return false;
        }
        r.messageZh = o.value(u"message").toObject().value(u"zh").toString();
        r.messageEn = o.value(u"message").toObject().value(u"en").toString();
        if (r.type == u"field_sum" &&
            (o.value(u"total").toString().isEmpty() || o.value(u"parts").toArray().isEmpty())) {
            *error = QStringLiteral("rule %1: a field_sum rule needs \"total\" and \"parts\"").arg(r.id);
            return false;
        }
        if (r.type == u"table_identity" || r.type == u"year_identity") {
            const auto keys = [](const QJsonValue& v) { return v.isString() || !v.toArray().isEmpty(); };
            if (!keys(o.value(u"parts")) || !keys(o.value(u"total"))) {
                *error =
                    QStringLiteral("rule %1: a %2 rule needs \"parts\" and \"total\" (cell keys)").arg(r.id, r.type);
                return false;
            }
        }
        if (r.type == u"year_jump" && o.value(u"keys").toArray().isEmpty()) {
            *error = QStringLiteral("rule %1: a year_jump rule needs \"keys\"").arg(r.id);
            return false;
        }
        if (o.contains(u"for_each")) {
            const QJsonObject fe = o.value(u"for_each").toObject();
            if (fe.size() != 1 || !fe.constBegin().value().isArray()) {
                *error = QStringLiteral("rule %1: \"for_each\" must name one variable and its values, as "
                                        "{\"col\": [\"person\", …]}")
                             .arg(r.id);
                return false;
            }
        }
        if (const QString cell = unknownCell(o); !cell.isEmpty()) {
            *error = QStringLiteral("rule %1 names %2, which is no cell of the template's tables").arg(r.id, cell);
            return false;
        }
        r.params = o;
        out->append(r);
    }
    return true;
}

bool RuleSet::load(const QByteArray& json, QString* error)
{
    QList<Rule> rules;
    QList<QString> disabled;
    if (!parse(json, &rules, &disabled, error)) {
        return false;
    }
    m_rules = rules;
    return true;
}

bool RuleSet::merge(const QByteArray& json, QString* error)
{
    QList<Rule> rules;
    QList<QString> disabled;
    if (!parse(json, &rules, &disabled, error)) {
        return false;
    }
    for (const QString& id : std::as_const(disabled)) {
        m_rules.removeIf([&](const Rule& r) { return r.id == id; });
    }
    for (const Rule& r : std::as_const(rules)) {
        auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule& x) { return x.id == r.id; });
        if (it != m_rules.end()) {
            *it = r;
        } else {
            m_rules.append(r);
        }
    }
    return true;
}

} // namespace jiaohe
