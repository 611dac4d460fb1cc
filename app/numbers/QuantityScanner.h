// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbers/NumberScanInternal.h"

namespace jiaohe::numbers {

// Every number mentioned in running text, in order, classified by kind (scanQuantities). Its member functions
// live in three files: QuantityScanner.cpp (the loop, ASCII tokens such as URLs and e-mail addresses, the
// context around a number), QuantityScannerArabic.cpp and QuantityScannerChinese.cpp.
class QuantityScanner
{
public:
    explicit QuantityScanner(QStringView text) : m_text(text), m_s(text.utf16()), m_n(text.size()) {}
    QList<Quantity> run();

private:
    char16_t at(qsizetype k) const { return k >= 0 && k < m_n ? m_s[k] : char16_t(0); }
    Quantity& add(QuantityKind kind, qsizetype start, qsizetype end, qsizetype numberStart, qsizetype numberEnd,
                  double value);
    void addRun(QuantityKind kind, qsizetype from, qsizetype to);

    // ASCII tokens: URLs, e-mail addresses, domains, codes
    static bool isUrlChar(char16_t c);
    static bool isEmailChar(char16_t c);
    bool startsWithAsciiCaseless(qsizetype pos, const char* word) const;
    qsizetype urlEnd(qsizetype from) const;
    bool looksLikeDomain(qsizetype from, qsizetype to) const;
    qsizetype scanAscii(qsizetype i);

    // Context helpers
    char16_t previousNonSpace(qsizetype pos) const;
    bool afterReferenceKeyword(qsizetype pos) const;
    qsizetype dashChainEnd(qsizetype from) const;
    void addRuns(QuantityKind kind, qsizetype from, qsizetype to);
    static bool isOpenBracket(char16_t c, char16_t close);

    // Arabic numbers in running text
    qsizetype scanArabic(qsizetype i);
    qsizetype scanMarked(qsizetype i, const Arabic& num);
    qsizetype scanCompound(qsizetype i, qsizetype ne, int nd, bool yearLike);
    qsizetype scanDotted(qsizetype i);

    // Chinese numerals in running text
    qsizetype scanPercentWords(qsizetype i);
    bool isFixedExpression(qsizetype i) const;
    qsizetype scanChinese(qsizetype i);

    QStringView m_text;
    const char16_t* m_s;
    qsizetype m_n;
    QList<Quantity> m_out;
    qsizetype m_lastEnd = 0;
    qsizetype m_asciiCheckedUntil = 0;
};

} // namespace jiaohe::numbers
