// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <string_view>

// Word tests shared by the extractor's passes (Extractor*.cpp). Internal to app/extract: nothing outside
// the extractor includes this header.
namespace jiaohe::extractor {

// Units that measure time or ratios rather than counting disclosure work.
bool isDurationUnit(QStringView u);

enum class UnitFamily
{
    Items,
    People,
    Money,
    Other,
};

UnitFamily familyOf(QStringView u);

bool containsAny(QStringView text, std::initializer_list<std::u16string_view> words);

// A clause that only says "发布/公开(政府)信息", whose subject is in the sentence before.
bool isGenericDisclosureClause(QStringView phrase);

// A clause with no words of its own beyond 共/计/合计…: "共20件".
bool isBareClause(QStringView before);

// The body a phrase opens with, when it is a department of a government (市教育局, 县住建委, 省交通运输厅)
// other than the report's issuer; empty otherwise.
QString otherBody(QStringView phrase, const QString& issuer);

// A web page's breadcrumb: "首页 > 政务公开 > 政府信息公开年报", "政务公开 ＞ 年报 ＞ 2023年" — short segments (at
// most 20 characters each, no sentence) joined by at least two of > ＞ » › (a run of them counts as one).
bool isBreadcrumb(QStringView line);

// A change against another year: "比上年增加38件", "较2009年的19件次", "同比增长".
bool isComparative(QStringView before);

} // namespace jiaohe::extractor
