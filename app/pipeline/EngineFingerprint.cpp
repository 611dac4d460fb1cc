// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineFingerprint.h"

#include "check/Rules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace jiaohe {

namespace {

QByteArray resource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

const EngineFingerprint& EngineFingerprint::builtin()
{
    static const EngineFingerprint fingerprint =
        of(RuleSet::builtin(), resource(QStringLiteral(":/jiaohe/fields.json")),
           resource(QStringLiteral(":/jiaohe/template-tables.json")));
    return fingerprint;
}

EngineFingerprint EngineFingerprint::of(const RuleSet& rules, const QByteArray& fieldsJson, const QByteArray& shapeJson)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    // Each part with its length in front, so that bytes moved from one part to the next change the hash.
    auto part = [&sha](const QByteArray& bytes) {
        sha.addData(QByteArray::number(bytes.size()) + ':');
        sha.addData(bytes);
    };
    for (const Rule& rule : rules.rules()) {
        part(QJsonDocument(rule.params).toJson(QJsonDocument::Compact));
    }
    part(fieldsJson);
    part(shapeJson);
    EngineFingerprint f;
    f.m_version = QStringLiteral(JIAOHE_VERSION);
    f.m_hash = QString::fromLatin1(sha.result().toHex().left(16));
    return f;
}

QString EngineFingerprint::text() const
{
    return QStringLiteral("Jiaohe %1 · %2").arg(m_version, m_hash);
}

} // namespace jiaohe
