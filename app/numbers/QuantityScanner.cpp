// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/QuantityScanner.h"

#include <string>

// The scanner's loop, ASCII tokens (URLs, e-mail addresses, domains, codes) and the context around a number
// (keywords before it, dash chains, brackets).

namespace jiaohe::numbers {

QList<Quantity> QuantityScanner::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        const char16_t c = m_s[i];
        if (c < 0x80) {
            if (isAsciiAlnum(c))
                i = scanAscii(i);
            else
                ++i;
        } else if (c >= 0xFF10 && c <= 0xFF19) {
            i = scanArabic(i);
        } else if (isCnNumeral(c)) {
            i = scanChinese(i);
        } else {
            ++i;
        }
    }
    return std::move(m_out);
}

Quantity& QuantityScanner::add(QuantityKind kind, qsizetype start, qsizetype end, qsizetype numberStart,
                               qsizetype numberEnd, double value)
{
    Quantity& q = m_out.emplace_back();
    q.kind = kind;
    q.start = start;
    q.end = end;
    q.numberStart = numberStart;
    q.numberEnd = numberEnd;
    q.text = m_text.sliced(start, end - start).toString();
    q.value = value;
    m_lastEnd = end;
    return q;
}

void QuantityScanner::addRun(QuantityKind kind, qsizetype from, qsizetype to)
{
    add(kind, from, to, from, to, digitRunValue(m_s, from, to));
}

bool QuantityScanner::isUrlChar(char16_t c)
{
    if (isAsciiAlnum(c))
        return true;
    switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u':':
    case u'/':
    case u'?':
    case u'#':
    case u'@':
    case u'!':
    case u'$':
    case u'&':
    case u'*':
    case u'+':
    case u'=':
    case u'%':
        return true;
    default:
        return false;
    }
}

bool QuantityScanner::isEmailChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-' || c == u'%' || c == u'+';
}

bool QuantityScanner::startsWithAsciiCaseless(qsizetype pos, const char* word) const
{
    for (qsizetype k = 0; word[k]; ++k) {
        char16_t c = at(pos + k);
        if (c >= u'A' && c <= u'Z')
            c = c - u'A' + u'a';
        if (c != char16_t(static_cast<unsigned char>(word[k])))
            return false;
    }
    return true;
}

qsizetype QuantityScanner::urlEnd(qsizetype from) const
{
    qsizetype e = from;
    while (e < m_n && isUrlChar(m_s[e]))
        ++e;
    while (e > from && (m_s[e - 1] == u'.' || m_s[e - 1] == u':' || m_s[e - 1] == u'!' || m_s[e - 1] == u'?'))
        --e;
    return e;
}

// [from, to) ends with a top-level domain: qinzhou.gov.cn, 126.com
bool QuantityScanner::looksLikeDomain(qsizetype from, qsizetype to) const
{
    qsizetype dot = -1;
    bool letter = false;
    for (qsizetype k = from; k < to; ++k) {
        if (m_s[k] == u'.')
            dot = k;
        else if (isAsciiLetter(m_s[k]))
            letter = true;
    }
    if (dot < 0 || !letter)
        return false;
    static const char* const tlds[] = {"cn", "com", "net", "org", "gov", "edu", "top", "cc", "info"};
    for (const char* tld : tlds) {
        const qsizetype length = qsizetype(std::char_traits<char>::length(tld));
        if (to - dot - 1 == length && startsWithAsciiCaseless(dot + 1, tld))
            return true;
    }
    return false;
}

qsizetype QuantityScanner::scanAscii(qsizetype i)
{
    const bool tokenStart = i >= m_asciiCheckedUntil && !isAsciiAlnum(at(i - 1)) && at(i - 1) != u'.' &&
                            at(i - 1) != u'@' && at(i - 1) != u'/';
    if (tokenStart) {
        if (isAsciiLetter(m_s[i]) && (startsWithAsciiCaseless(i, "http://") || startsWithAsciiCaseless(i, "https://") ||
                                      startsWithAsciiCaseless(i, "ftp://") || startsWithAsciiCaseless(i, "www."))) {
            const qsizetype e = urlEnd(i);
            addRuns(QuantityKind::Reference, i, e);
            return e;
        }
        qsizetype j = i;
        while (j < m_n && isEmailChar(m_s[j]))
            ++j;
        if (at(j) == u'@' && isAsciiAlnum(at(j + 1))) {
            qsizetype e = j + 1;
            while (e < m_n && (isAsciiAlnum(m_s[e]) || m_s[e] == u'.' || m_s[e] == u'-'))
                ++e;
            while (e > j + 1 && m_s[e - 1] == u'.')
                --e;
            addRuns(QuantityKind::Reference, i, e);
            return e;
        }
        qsizetype domainEnd = j;
        while (domainEnd > i && m_s[domainEnd - 1] == u'.')
            --domainEnd;
        if (looksLikeDomain(i, domainEnd)) {
            const qsizetype e = at(domainEnd) == u'/' ? urlEnd(domainEnd) : domainEnd;
            addRuns(QuantityKind::Reference, i, e);
            return e;
        }
        m_asciiCheckedUntil = j;
    }
    if (isAsciiDigit(m_s[i]))
        return scanArabic(i);
    qsizetype e = i;
    while (e < m_n && isAsciiLetter(m_s[e]))
        ++e;
    return e;
}

// The nearest character before pos that is not an inline space (0 at the start of the text).
char16_t QuantityScanner::previousNonSpace(qsizetype pos) const
{
    qsizetype k = pos - 1;
    while (k >= 0 && (isInlineSpace(m_s[k]) || m_s[k] == u'\t'))
        --k;
    return k >= 0 ? m_s[k] : char16_t(0);
}

// A keyword such as 电话 or 邮编 right before pos (after optional ':' and spaces).
bool QuantityScanner::afterReferenceKeyword(qsizetype pos) const
{
    qsizetype k = pos;
    for (int round = 0; round < 3 && k > 0; ++round) {
        const char16_t c = m_s[k - 1];
        if (c == u':' || c == 0xFF1A || isInlineSpace(c) || c == u'为' || c == u'是')
            --k;
        else
            break;
    }
    static constexpr QStringView keywords[] = {
        u"电话", u"传真", u"热线", u"手机", u"邮编", u"邮政编码", u"号码",  u"标识码",   u"备案号",
        u"代码", u"编号", u"证号", u"QQ",   u"微信", u"ICP备",    u"ICP证", u"公网安备",
    };
    for (QStringView keyword : keywords) {
        if (matchesAt(m_s, m_n, k - keyword.size(), keyword))
            return true;
    }
    return false;
}

// Digit groups joined by dashes starting at i: 0777-2558895, 400-123-4567.
qsizetype QuantityScanner::dashChainEnd(qsizetype from) const
{
    qsizetype e = digitRunEnd(m_s, m_n, from);
    while (isDash(at(e)) && isDigit(at(e + 1)))
        e = digitRunEnd(m_s, m_n, e + 1);
    return e;
}

// Every digit run in [from, to) as its own quantity (inside URLs, phone numbers, dotted dates).
void QuantityScanner::addRuns(QuantityKind kind, qsizetype from, qsizetype to)
{
    qsizetype k = from;
    while (k < to) {
        if (isDigit(m_s[k])) {
            const qsizetype e = digitRunEnd(m_s, to, k);
            addRun(kind, k, e);
            k = e;
        } else {
            ++k;
        }
    }
}

bool QuantityScanner::isOpenBracket(char16_t c, char16_t close)
{
    return (c == u'〔' && close == u'〕') || (c == u'[' && close == u']') || (c == 0xFF3B && close == 0xFF3D) ||
           (c == u'【' && close == u'】') || (c == u'〖' && close == u'〗');
}

} // namespace jiaohe::numbers
