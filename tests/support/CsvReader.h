// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiaohe::test {

// A small RFC 4180 reader, for reading Jiaohe's CSV exports back in tests: records of cells. Accepts CRLF,
// LF and CR line ends, quoted cells with doubled quotes and line breaks, a BOM; `error` names the first
// problem with its byte offset.
QList<QStringList> parseCsv(const QByteArray& data, QString* error = nullptr);

} // namespace jiaohe::test
