// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace jiaohe {

namespace {

// Per-character table: NFKC of the character, then ICU's Hant-Hans transliteration of every character
// of that. Built once, then every lookup is an array access.
//
// Hant-Hans also has about a thousand phrase rules (計畫 -> 计划 where 畫 alone is 画, 乾坤 keeps 乾 where
// 乾 alone is 干). All of them keep the length, so they cannot disturb the map: the few characters whose
// conversion depends on such a phrase are flagged `Context` and looked up in the phrases around them.
// A short list of overrides (below) follows mainland usage where ICU does not: 諮詢 -> 咨询, 答覆 -> 答复.
struct NormaliserTable
{
    enum Flag : std::uint8_t
    {
        Multi = 1,       // output is not exactly one UTF-16 unit: see `multi`, indexed by `single`
        Traditional = 2, // the script conversion changed this character
        HighSurrogate = 4,
        Context = 8, // a phrase rule may convert this character differently: see `contexts`
    };
    struct Phrase
    {
        std::u16string from;
        std::u16string to;
    };
    struct ContextEntry
    {
        std::uint32_t phrase; // index in `phrases`, which keeps the rules' order
        std::uint32_t offset; // where the flagged character is in the phrase
    };
    std::array<char16_t, 0x10000> single{};
    std::array<std::uint8_t, 0x10000> flags{};
    std::vector<std::u16string> multi;
    std::vector<Phrase> phrases;
    std::unordered_map<char16_t, std::vector<ContextEntry>> contexts;
    const icu::Normalizer2* nfkc = nullptr;
};

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

// Hant-Hans of each character in `chars`, transliterated in one call as lines of one character each;
// falls back to one call per character if the lines do not come back one for one.
std::vector<std::u16string> transliterateEach(icu::Transliterator& trans, const std::vector<char16_t>& chars)
{
    icu::UnicodeString joined;
    joined.getBuffer(static_cast<int32_t>(chars.size() * 2));
    joined.releaseBuffer(0);
    for (char16_t c : chars) {
        joined.append(c);
        joined.append(char16_t(u'\n'));
    }
    trans.transliterate(joined);

    std::vector<std::u16string> result;
    result.reserve(chars.size());
    const char16_t* p = joined.getBuffer();
    const int32_t n = joined.length();
    int32_t start = 0;
    for (int32_t i = 0; i < n; ++i) {
        if (p[i] == u'\n') {
            result.emplace_back(p + start, p + i);
            start = i + 1;
        }
    }
    if (result.size() == chars.size() && start == n) {
        return result;
    }
    // The split did not line up (a rule consumed or produced a line break): do it the slow, sure way.
    result.clear();
    for (char16_t c : chars) {
        icu::UnicodeString one(c);
        trans.transliterate(one);
        result.emplace_back(one.getBuffer(), one.getBuffer() + one.length());
    }
    return result;
}

// Where ICU's choice is not the form mainland reports use (and so not what the field catalogue matches):
// ICU turns 諮詢 into 谘询 and keeps 覆 in 答覆, where reports write 咨询 and 答复. `variant` marks a simplified
// variant folded onto the usual form, which is not counted as a traditional character.
struct CharacterOverride
{
    char16_t from;
    char16_t to;
    bool variant;
};
const CharacterOverride characterOverrides[] = {
    {u'諮', u'咨', false},
    {u'谘', u'咨', true},
};
// Phrases that take precedence over ICU's phrase rules (same length on both sides).
const char16_t* const phraseOverrides[][2] = {
    {u"答覆", u"答复"}, {u"回覆", u"回复"}, {u"批覆", u"批复"}, {u"函覆", u"函复"},
    {u"覆函", u"复函"}, {u"覆議", u"复议"}, {u"覆核", u"复核"}, {u"覆查", u"复查"},
    {u"覆審", u"复审"}, {u"反覆", u"反复"}, {u"重覆", u"重复"}, {u"覆信", u"复信"},
};

// The rules of the transliterator are lines "繁體 > 简体;" (checked: anything else is ignored).
void addPhrases(NormaliserTable& table, const icu::Transliterator& trans,
                const std::vector<std::u16string>& simplifiedOf, const std::vector<bool>& changed)
{
    icu::UnicodeString rulesText;
    trans.toRules(rulesText, false);
    const std::u16string rules(rulesText.getBuffer(), rulesText.getBuffer() + rulesText.length());
    auto isSyntax = [](char16_t c) { return c < 0x80 || c == 0x3000 || QChar::isSpace(c) || QChar::isSurrogate(c); };
    std::vector<NormaliserTable::Phrase> phrases;
    for (const auto& override : phraseOverrides) {
        phrases.push_back({override[0], override[1]});
    }
    std::size_t lineStart = 0;
    while (lineStart < rules.size()) {
        std::size_t lineEnd = rules.find(u'\n', lineStart);
        if (lineEnd == std::u16string::npos) {
            lineEnd = rules.size();
        }
        std::u16string line = rules.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        while (!line.empty() && (line.back() == u';' || line.back() == u' ' || line.back() == u'\r')) {
            line.pop_back();
        }
        const std::size_t arrow = line.find(u" > ");
        if (arrow == std::u16string::npos) {
            continue;
        }
        NormaliserTable::Phrase phrase{line.substr(0, arrow), line.substr(arrow + 3)};
        if (phrase.from.size() < 2 || phrase.from.size() != phrase.to.size()) {
            continue;
        }
        bool plain = true;
        for (char16_t c : phrase.from + phrase.to) {
            plain = plain && !isSyntax(c);
        }
        if (plain) {
            for (char16_t& c : phrase.to) {
                for (const CharacterOverride& o : characterOverrides) {
                    c = c == o.from ? o.to : c;
                }
            }
            phrases.push_back(std::move(phrase));
        }
    }
    // Characters a phrase converts differently from the table.
    std::vector<bool> ambiguous(0x10000, false);
    for (const auto& phrase : phrases) {
        for (std::size_t k = 0; k < phrase.from.size(); ++k) {
            const char16_t c = phrase.from[k];
            const std::u16string own = changed[c] ? simplifiedOf[c] : std::u16string(1, c);
            if (own.size() != 1 || own[0] != phrase.to[k]) {
                ambiguous[c] = true;
            }
        }
    }
    // Every phrase through such a character is a context for it, even one that agrees with the table:
    // the leftmost phrase wins, as in ICU's left-to-right matching.
    for (const auto& phrase : phrases) {
        bool used = false;
        for (std::size_t k = 0; k < phrase.from.size(); ++k) {
            const char16_t c = phrase.from[k];
            if (!ambiguous[c] || (table.flags[c] & (NormaliserTable::Multi | NormaliserTable::HighSurrogate))) {
                continue;
            }
            table.contexts[c].push_back({std::uint32_t(table.phrases.size()), std::uint32_t(k)});
            table.flags[c] |= NormaliserTable::Context;
            used = true;
        }
        if (used) {
            table.phrases.push_back(phrase);
        }
    }
}

bool isVariant(char16_t c)
{
    for (const CharacterOverride& o : characterOverrides) {
        if (o.from == c) {
            return o.variant;
        }
    }
    return false;
}

std::unique_ptr<NormaliserTable> buildTable()
{
    auto table = std::make_unique<NormaliserTable>();
    UErrorCode status = U_ZERO_ERROR;
    table->nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
        table->nfkc = nullptr;
    }
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> trans(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Hant-Hans"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        trans.reset();
    }

    // 1. NFKC of every BMP character.
    std::vector<std::u16string> nfkcOf(0x10000);
    std::vector<bool> needsTrans(0x10000, false);
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (isSurrogate(c) || c == u'\n') {
            nfkcOf[c] = std::u16string(1, char16_t(c));
            continue;
        }
        if (table->nfkc && !table->nfkc->isInert(UChar32(c))) {
            status = U_ZERO_ERROR;
            icu::UnicodeString out = table->nfkc->normalize(icu::UnicodeString(UChar32(c)), status);
            if (U_SUCCESS(status) && out.length() > 0) {
                nfkcOf[c] = std::u16string(out.getBuffer(), out.getBuffer() + out.length());
            } else {
                nfkcOf[c] = std::u16string(1, char16_t(c));
            }
        } else {
            nfkcOf[c] = std::u16string(1, char16_t(c));
        }
        // Every NFKC output character goes through the script conversion (this includes the CJK ranges
        // 4E00-9FFF, 3400-4DBF, F900-FAFF and CJK punctuation such as 「」, which Hant-Hans also maps).
        for (char16_t o : nfkcOf[c]) {
            if (!isSurrogate(o) && o != u'\n') {
                needsTrans[o] = true;
            }
        }
    }

    // 2. Hant-Hans of every character that can come out of step 1.
    std::vector<std::u16string> simplifiedOf(0x10000);
    std::vector<bool> changed(0x10000, false);
    if (trans) {
        std::vector<char16_t> chars;
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (needsTrans[c]) {
                chars.push_back(char16_t(c));
            }
        }
        std::vector<std::u16string> out = transliterateEach(*trans, chars);
        for (std::size_t i = 0; i < chars.size(); ++i) {
            const char16_t c = chars[i];
            if (out[i].size() != 1 || out[i][0] != c) {
                simplifiedOf[c] = out[i];
                changed[c] = true;
            }
        }
    }

    for (const CharacterOverride& o : characterOverrides) {
        simplifiedOf[o.from] = std::u16string(1, o.to);
        changed[o.from] = true;
    }

    // 3. Compose the two steps.
    for (char32_t c = 0; c < 0x10000; ++c) {
        std::uint8_t flags = 0;
        if (c >= 0xD800 && c <= 0xDBFF) {
            table->single[c] = char16_t(c);
            table->flags[c] = NormaliserTable::HighSurrogate;
            continue;
        }
        std::u16string out;
        for (char16_t o : nfkcOf[c]) {
            if (!isSurrogate(o) && changed[o]) {
                out += simplifiedOf[o];
                if (!isVariant(o)) {
                    flags |= NormaliserTable::Traditional;
                }
            } else {
                out += o;
            }
        }
        if (out.size() == 1) {
            table->single[c] = out[0];
        } else {
            flags |= NormaliserTable::Multi;
            table->single[c] = char16_t(table->multi.size());
            table->multi.push_back(std::move(out));
        }
        table->flags[c] = flags;
    }

    // 4. Phrase rules whose result differs from the characters' own conversions.
    if (trans) {
        addPhrases(*table, *trans, simplifiedOf, changed);
    }
    return table;
}

const NormaliserTable& normaliserTable()
{
    static const std::unique_ptr<NormaliserTable> table = buildTable();
    return *table;
}

class Output
{
public:
    explicit Output(qsizetype inputSize)
    {
        m_text.resize(inputSize);
        m_map.resize(inputSize + 1);
        m_capacity = inputSize;
        refresh();
    }

    void put(char16_t c, qsizetype from)
    {
        if (m_size == m_capacity) {
            grow();
        }
        m_chars[m_size] = c;
        m_positions[m_size] = from;
        ++m_size;
    }

    // Hot path: the caller has checked there is room.
    bool hasRoom() const { return m_size < m_capacity; }
    void putUnchecked(char16_t c, qsizetype from)
    {
        m_chars[m_size] = c;
        m_positions[m_size] = from;
        ++m_size;
    }

    NormalisedText finish(qsizetype inputSize, int traditional)
    {
        m_text.truncate(m_size);
        m_map.resize(m_size + 1);
        m_map[m_size] = inputSize;
        NormalisedText result;
        result.text = std::move(m_text);
        result.toOriginal = std::move(m_map);
        result.traditionalCharacters = traditional;
        return result;
    }

private:
    void grow()
    {
        m_capacity = m_capacity + m_capacity / 2 + 16;
        m_text.resize(m_capacity);
        m_map.resize(m_capacity + 1);
        refresh();
    }
    void refresh()
    {
        m_chars = reinterpret_cast<char16_t*>(m_text.data());
        m_positions = m_map.data();
    }

    QString m_text;
    QList<qsizetype> m_map;
    char16_t* m_chars = nullptr;
    qsizetype* m_positions = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// The conversion of src[i] given the phrase rules around it: the phrase starting furthest left wins,
// then the one listed first; with none, the table's own conversion.
char16_t convertInContext(const NormaliserTable& table, const char16_t* src, qsizetype n, qsizetype i)
{
    const char16_t c = src[i];
    char16_t result = table.single[c];
    const auto it = table.contexts.find(c);
    if (it == table.contexts.end()) {
        return result;
    }
    qsizetype bestStart = i + 1;
    for (const NormaliserTable::ContextEntry& entry : it->second) {
        const NormaliserTable::Phrase& phrase = table.phrases[entry.phrase];
        const qsizetype start = i - qsizetype(entry.offset);
        const qsizetype length = qsizetype(phrase.from.size());
        if (start < 0 || start + length > n || start >= bestStart) {
            continue;
        }
        if (std::equal(phrase.from.begin(), phrase.from.end(), src + start)) {
            bestStart = start;
            result = phrase.to[entry.offset];
        }
    }
    return result;
}

} // namespace

NormalisedText normaliseText(QStringView original)
{
    const NormaliserTable& table = normaliserTable();
    const qsizetype n = original.size();
    const char16_t* src = original.utf16();
    Output out(n);
    int traditional = 0;

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i];
        const std::uint8_t flags = table.flags[c];
        if (flags == 0 && out.hasRoom()) {
            out.putUnchecked(table.single[c], i);
            continue;
        }
        if (flags & NormaliserTable::HighSurrogate) {
            if (i + 1 < n && QChar::isLowSurrogate(src[i + 1])) {
                const char32_t cp = QChar::surrogateToUcs4(c, src[i + 1]);
                if (table.nfkc && !table.nfkc->isInert(UChar32(cp))) {
                    // Rare (compatibility ideographs of plane 2, mathematical letters): NFKC now, then
                    // the table for any BMP character it produced.
                    UErrorCode status = U_ZERO_ERROR;
                    icu::UnicodeString nf = table.nfkc->normalize(icu::UnicodeString(UChar32(cp)), status);
                    if (U_SUCCESS(status) && nf.length() > 0) {
                        bool trad = false;
                        for (int32_t k = 0; k < nf.length(); ++k) {
                            const char16_t o = nf.charAt(k);
                            const std::uint8_t f = table.flags[o];
                            if (f & NormaliserTable::Multi) {
                                for (char16_t m : table.multi[table.single[o]]) {
                                    out.put(m, i);
                                }
                            } else if (f & NormaliserTable::HighSurrogate) {
                                out.put(o, i);
                            } else {
                                out.put(table.single[o], i);
                            }
                            trad = trad || (f & NormaliserTable::Traditional);
                        }
                        traditional += trad ? 1 : 0;
                        ++i;
                        continue;
                    }
                }
                out.put(c, i);
                out.put(src[i + 1], i);
                ++i;
                continue;
            }
            out.put(c, i); // lone high surrogate: kept as it is
            continue;
        }
        if (flags & NormaliserTable::Context) {
            const char16_t converted = convertInContext(table, src, n, i);
            out.put(converted, i);
            if (converted != c) {
                ++traditional;
            }
            continue;
        }
        if (flags & NormaliserTable::Multi) {
            for (char16_t m : table.multi[table.single[c]]) {
                out.put(m, i);
            }
        } else {
            out.put(table.single[c], i);
        }
        if (flags & NormaliserTable::Traditional) {
            ++traditional;
        }
    }
    return out.finish(n, traditional);
}

NormalisedText matchingText(QStringView original, const QList<bool>& fullLines)
{
    return joinWrappedLines(normaliseText(original), fullLines);
}

} // namespace jiaohe
