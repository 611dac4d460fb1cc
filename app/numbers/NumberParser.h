// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace jiaohe {

enum class QuantityKind
{
    Count,     // a number with a unit or measure word: 216259条, 53.34万亩, 五个, 两批, 225.62亿元
    Percent,   // 65.97%, 占27.3%, 百分之十
    Bare,      // a number with no unit: "办结率94" is not this (that is Percent); "第3" is Ordinal
    Year,      // 2016年 (4 digits followed by 年), 2016年度
    Date,      // 1月, 31日, 2016-02-09, 16:32
    Ordinal,   // 第一批, 第3次
    Reference, // document numbers and codes: 〔2016〕8号, 39号, phone numbers, postcodes, URLs, e-mail
};

// One number as written. Offsets are UTF-16 indexes into the scanned text.
struct Quantity
{
    QuantityKind kind = QuantityKind::Bare;
    qsizetype start = 0; // whole mention: approximation words, number, magnitude, unit
    qsizetype end = 0;
    qsizetype numberStart = 0; // the digits or numeral words only
    qsizetype numberEnd = 0;
    QString text;     // the whole mention as written
    double value = 0; // magnitude applied: 199693万条 -> 1996930000, 80多万 -> 800000;
                      // kept as written before a currency unit: 225.62亿元 -> 225.62 with unit 亿元
    QString unit; // 条 件 人 人次 个 次 篇 元 万元 亿元 项 场 ... ; "%" for percentages; empty if none
    bool approx = false;    // 余 多 约 近 左右 以上 将近 大约
    bool fromWords = false; // written in Chinese numerals (五个, 一千二百三十四) or as a zero word (无)
    int decimals = 0;       // digits after the decimal point, as written (a percentage's precision)
    double magnitude = 1;   // 1, 1e4 for 万, 1e8 for 亿, 1e3 for 千 (when it multiplied the value)
    qsizetype magnitudeStart = -1; // index of the magnitude character, -1 if none
};

// Parses a whole string as one quantity: "216259", "１２３４５", "1,234", "53.34万", "225.62亿元",
// "9616余条", "80多万", "约586人", "五个", "一千二百三十四", "两批", "65.97%", "占27.3%", and zero
// written as words: "无", "没有", "没有此类情况", "0件". Surrounding spaces are ignored; anything
// else left over makes it fail. Used for reviewer input as well as by the tests.
std::optional<Quantity> parseQuantity(QStringView text);

// Every number mentioned in running text, in order, classified by kind. Expects normalised text
// (NFKC and simplified script) but copes with full-width digits too. Never allocates per character;
// meant to run at tens of MB/s.
QList<Quantity> scanQuantities(QStringView text);

// Value of a Chinese numeral string ("一千二百三十四" -> 1234, "两" -> 2, "十五" -> 15, "三万五千" ->
// 35000, "二〇一六" -> 2016 digit by digit); nullopt when it is not one.
std::optional<double> parseChineseNumeral(QStringView text);

// True for the measure words that make a number a Count (条, 件, 人次, 个, ...).
bool isCountUnit(QStringView unit);

} // namespace jiaohe
