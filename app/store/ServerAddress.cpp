// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace jiaohe {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A libpq value in single quotes, its quotes and backslashes escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

// The passwords given in URIs during this process, by address without password (ServerAddress::withSessionPassword).
// Read from the import's thread too, hence the lock.
QMutex passwordsLock;
QHash<QString, QString>& sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// The characters a URI part keeps as they are when written back.
const QByteArray keep = QByteArrayLiteral("-._~!$&'()*+,=:");

} // namespace

bool ServerAddress::isServer(const QString& name)
{
    return name.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           name.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString& uri, QString* error)
{
    if (!isServer(uri)) {
        *error = tr("%1: not a PostgreSQL address (postgresql://…)").arg(uri);
        return std::nullopt;
    }
    ServerAddress a;
    const qsizetype schemeEnd = uri.indexOf(QStringLiteral("://"));
    a.m_scheme = uri.left(schemeEnd).toLower();
    QString rest = uri.mid(schemeEnd + 3);
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0) {
        for (const QString& pair : rest.mid(query + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0) {
                *error = tr("%1: the parameter “%2” has no value").arg(a.withoutPassword(), pair);
                return std::nullopt;
            }
            a.m_parameters.append({decoded(pair.left(eq)), decoded(pair.mid(eq + 1))});
        }
        rest.truncate(query);
    }
    const qsizetype slash = rest.indexOf(u'/');
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    a.m_database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        a.m_user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        a.m_password = colon >= 0 ? decoded(userInfo.mid(colon + 1)) : QString();
        authority = authority.mid(at + 1);
    }
    // host[:port], an IPv6 host in brackets.
    const qsizetype close = authority.lastIndexOf(u']');
    const qsizetype portColon = authority.lastIndexOf(u':');
    if (portColon > close) {
        a.m_port = authority.mid(portColon + 1);
        authority.truncate(portColon);
    }
    if (authority.startsWith(u'[') && authority.endsWith(u']')) {
        authority = authority.mid(1, authority.size() - 2);
    }
    a.m_host = decoded(authority);
    for (const auto& [key, value] : std::as_const(a.m_parameters)) {
        if (key == u"password") {
            a.m_password = value;
        }
    }
    // Qt's driver turns every ';' of the options into a space: a value holding one cannot reach libpq intact.
    const QString all = a.m_user + a.m_password + a.m_host + a.m_database;
    bool semicolon = all.contains(u';');
    for (const auto& [key, value] : std::as_const(a.m_parameters)) {
        semicolon = semicolon || key.contains(u';') || value.contains(u';');
    }
    if (semicolon) {
        *error = tr("%1: a “;” in the address cannot be passed to the server; use a service file (?service=…)")
                     .arg(a.withoutPassword());
        return std::nullopt;
    }
    return a;
}

ServerAddress ServerAddress::withSessionPassword() const
{
    const QMutexLocker lock(&passwordsLock);
    ServerAddress out = *this;
    if (hasPassword()) {
        sessionPasswords().insert(withoutPassword(), m_password);
    } else {
        out.m_password = sessionPasswords().value(withoutPassword());
    }
    return out;
}

void ServerAddress::forgetSessionPasswords()
{
    const QMutexLocker lock(&passwordsLock);
    sessionPasswords().clear();
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    auto add = [&](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            options.append(key + u'=' + quoted(value));
        }
    };
    add(QStringLiteral("host"), m_host);
    add(QStringLiteral("port"), m_port);
    add(QStringLiteral("dbname"), m_database);
    add(QStringLiteral("user"), m_user);
    add(QStringLiteral("password"), m_password);
    for (const auto& [key, value] : m_parameters) {
        if (key != u"password") {
            add(key, value);
        }
    }
    return options.join(u' ');
}

QString ServerAddress::withoutPassword() const
{
    QString out = m_scheme + QStringLiteral("://");
    if (!m_user.isEmpty()) {
        out += QString::fromUtf8(QUrl::toPercentEncoding(m_user, keep)) + u'@';
    }
    const bool ipv6 = m_host.contains(u':') && !m_host.startsWith(u'/');
    out += ipv6 ? u'[' + m_host + u']' : QString::fromUtf8(QUrl::toPercentEncoding(m_host, keep));
    if (!m_port.isEmpty()) {
        out += u':' + m_port;
    }
    if (!m_database.isEmpty()) {
        out += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_database, keep));
    }
    QStringList query;
    for (const auto& [key, value] : m_parameters) {
        if (key != u"password") {
            query.append(QString::fromUtf8(QUrl::toPercentEncoding(key, keep)) + u'=' +
                         QString::fromUtf8(QUrl::toPercentEncoding(value, QByteArrayLiteral("-._~/:,"))));
        }
    }
    return query.isEmpty() ? out : out + u'?' + query.join(u'&');
}

QString ServerAddress::displayName() const
{
    QString host = m_host;
    for (const auto& [key, value] : m_parameters) {
        if (key == u"host") {
            host = value;
        }
    }
    QString out = m_user.isEmpty() ? QString() : m_user + u'@';
    out += host.isEmpty() ? tr("local server") : host;
    if (!m_port.isEmpty()) {
        out += u':' + m_port;
    }
    return out + u'/' + m_database;
}

} // namespace jiaohe
