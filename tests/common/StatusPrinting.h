// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Status.h"

#include <QTest>

// QCOMPARE prints the two sides of a failed comparison: the statuses print as their codes.
namespace QTest {
template <> inline char* toString(const jiaohe::FieldStatus& status)
{
    return qstrdup(jiaohe::toString(status).toUtf8().constData());
}
template <> inline char* toString(const jiaohe::Resolution& resolution)
{
    return qstrdup(jiaohe::toString(resolution).toUtf8().constData());
}
template <> inline char* toString(const jiaohe::ReportStatus& status)
{
    return qstrdup(jiaohe::toString(status).toUtf8().constData());
}
} // namespace QTest
