// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/DocumentLoader.h"

#include "common/Utf8.h"
#include "document/TextNormaliser.h"
#include "document/loader/LoaderInternal.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <QCoreApplication>
#include <algorithm>
#include <bitset>
#include <memory>

// Which encoding a text file is in (byte order marks, strict UTF-8, a page's declaration, GB18030 against
// Big5, ICU's detector) and its decoding with ICU.

namespace jiaohe {

namespace loader {

namespace {

// A few invalid byte sequences in an otherwise good file become U+FFFD; more than this is an error.
constexpr qsizetype MaxTolerableErrors = 8;
// Charset detection and the GB18030/Big5 comparison look at this much of the file.
constexpr qsizetype DetectionSampleBytes = 256 * 1024;

// ---- ICU conversion ---------------------------------------------------------------------------------------

struct DecodeContext
{
    const char* start = nullptr;
    qsizetype errors = 0;
    qsizetype firstError = -1;
    bool truncated = false;
    qsizetype truncatedAt = -1;
};

void U_CALLCONV countingCallback(const void* context, UConverterToUnicodeArgs* args, const char* codeUnits,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode* status)
{
    Q_UNUSED(codeUnits);
    if (reason > UCNV_IRREGULAR) {
        return; // reset, close, clone
    }
    auto* ctx = static_cast<DecodeContext*>(const_cast<void*>(context));
    const qsizetype offset = std::max<qsizetype>(0, qsizetype(args->source - ctx->start) - length);
    if (*status == U_TRUNCATED_CHAR_FOUND) {
        ctx->truncated = true;
        ctx->truncatedAt = offset;
    } else {
        if (ctx->firstError < 0) {
            ctx->firstError = offset;
        }
        ++ctx->errors;
    }
    *status = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

struct Decoded
{
    QString text;
    bool opened = false;
    qsizetype errors = 0;
    qsizetype firstError = -1;
    bool truncated = false;
    qsizetype truncatedAt = -1;
};

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};

Decoded icuDecode(const char* data, qsizetype size, const QString& encoding)
{
    Decoded result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status) || !cnv) {
        return result;
    }
    result.opened = true;
    DecodeContext ctx;
    ctx.start = data;
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(cnv.get(), countingCallback, &ctx, nullptr, nullptr, &status);

    QString out;
    out.resize(size + 16);
    const char* source = data;
    const char* sourceLimit = data + size;
    qsizetype written = 0;
    while (true) {
        auto* base = reinterpret_cast<UChar*>(out.data());
        UChar* target = base + written;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(cnv.get(), &target, base + out.size(), &source, sourceLimit, nullptr, true, &status);
        written = target - base;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2 + 16);
            continue;
        }
        break;
    }
    out.truncate(written);
    result.text = std::move(out);
    result.errors = ctx.errors;
    result.firstError = ctx.firstError;
    result.truncated = ctx.truncated;
    result.truncatedAt = ctx.truncatedAt;
    return result;
}

// ---- encoding names -----------------------------------------------------------------------------------------

QString canonicalEncoding(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty()) {
        return QString();
    }
    if (n == u"utf-8" || n == u"utf8" || n == u"unicode-1-1-utf-8") {
        return QStringLiteral("UTF-8");
    }
    static const char16_t* gb[] = {u"gb2312",      u"gbk",       u"gb18030",    u"x-gbk",    u"cp936",
                                   u"windows-936", u"euc-cn",    u"x-euc-cn",   u"csgb2312", u"gb_2312-80",
                                   u"chinese",     u"iso-ir-58", u"csgb231280", u"ms936",    u"hz-gb-2312"};
    for (const char16_t* g : gb) {
        if (n == QStringView(g)) {
            return QStringLiteral("GB18030");
        }
    }
    if (n == u"big5" || n == u"x-big5" || n == u"csbig5" || n == u"big-5" || n == u"cp950" || n == u"windows-950" ||
        n == u"cn-big5") {
        return QStringLiteral("Big5");
    }
    if (n == u"big5-hkscs" || n == u"big5hkscs") {
        return QStringLiteral("Big5-HKSCS");
    }
    if (n == u"utf-16le") {
        return QStringLiteral("UTF-16LE");
    }
    if (n == u"utf-16be") {
        return QStringLiteral("UTF-16BE");
    }
    if (n == u"utf-32le") {
        return QStringLiteral("UTF-32LE");
    }
    if (n == u"utf-32be") {
        return QStringLiteral("UTF-32BE");
    }
    // Anything else ICU knows, by its IANA name.
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray latin = name.trimmed().toLatin1();
    const char* standard = ucnv_getStandardName(latin.constData(), "IANA", &status);
    if (U_SUCCESS(status) && standard) {
        return QString::fromLatin1(standard);
    }
    status = U_ZERO_ERROR;
    const char* canonical = ucnv_getCanonicalName(latin.constData(), "", &status);
    if (U_SUCCESS(status) && canonical) {
        return name.trimmed();
    }
    return QString();
}

} // namespace

bool isUtf16Or32(const QString& encoding)
{
    return encoding.startsWith(u"UTF-16") || encoding.startsWith(u"UTF-32");
}

namespace {

// ---- heuristics ---------------------------------------------------------------------------------------------

// Code units typical of a report: ASCII, CJK punctuation and ideographs, full-width forms, general
// punctuation. Byte-swapped text has few of them (swapped ASCII is U+xx00, swapped ideographs scatter).
bool typicalUnit(char16_t u)
{
    return (u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' || (u >= 0x2000 && u <= 0x206F) ||
           (u >= 0x3000 && u <= 0x303F) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

// UTF-16 without a BOM: the code units read one way are typical of a report, read the other way they are not.
QString guessUtf16(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), DetectionSampleBytes) & ~qsizetype(1);
    if (n < 4) {
        return QString();
    }
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    qsizetype little = 0;
    qsizetype big = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        little += typicalUnit(char16_t(p[i] | (p[i + 1] << 8))) ? 1 : 0;
        big += typicalUnit(char16_t((p[i] << 8) | p[i + 1])) ? 1 : 0;
    }
    const qsizetype units = n / 2;
    const qsizetype best = std::max(little, big);
    const qsizetype other = std::min(little, big);
    if (best * 10 < units * 9 || other * 10 > units * 7) {
        return QString();
    }
    return little > big ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
}

// The charset a page declares in <meta charset=...> or <meta http-equiv content="...; charset=...">.
QString declaredCharset(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        const qsizetype end = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, end < 0 ? -1 : end - at);
        at += 5;
        const qsizetype cs = tag.indexOf("charset");
        if (cs < 0) {
            continue;
        }
        qsizetype i = cs + 7;
        while (i < tag.size() && (tag.at(i) == ' ' || tag.at(i) == '\t')) {
            ++i;
        }
        if (i >= tag.size() || tag.at(i) != '=') {
            continue;
        }
        ++i;
        while (i < tag.size() && (tag.at(i) == ' ' || tag.at(i) == '\t' || tag.at(i) == '"' || tag.at(i) == '\'')) {
            ++i;
        }
        qsizetype j = i;
        while (j < tag.size()) {
            const char c = tag.at(j);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':')) {
                break;
            }
            ++j;
        }
        if (j > i) {
            return QString::fromLatin1(tag.mid(i, j - i));
        }
    }
    return QString();
}

// The most frequent Chinese characters (simplified; traditional text is compared after conversion).
const std::bitset<0x10000>& commonCharacters()
{
    static const std::bitset<0x10000> set = [] {
        std::bitset<0x10000> s;
        const char16_t* list = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说年"
                               u"过发后作里道行所然家种事方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
                               u"理心本前开但因只从想实日者意无力它与长把机十民第公此已工使情明性知全三又关点正业外"
                               u"将两高间由问很最重并物手应向头文体政相见被利什二等产或新己制身果加月话合回特代内信"
                               u"表化老给世位次度门任常先海通教原东声提立及比员解水名真论处走义各入几口认条平系气"
                               u"题活更别打变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直资命金指"
                               u"许统区保至队形社便空决治展司五基书非则听界达光放强即难且权思象完设式路记南品住告"
                               u"类求据程北边张该交规万取格望觉术领共确传师观清今切院让识候带导争运改收根干造言联"
                               u"持组每济车亲极林服快办议往元证近失转令准布始存未远台单影具字流备深商算质团集百需"
                               u"价党华城级整府离况请技际约示复息究线似官火断精满支视消越器容照须九增研写称企八功"
                               u"包片史委乎查轻易早曾除农找装广显标谈图念六引历首医局专费号尽另周较注语仅考落随选"
                               u"列响虽推势参古众构房半节土投某案维革划致律足态护七兴派验责营够章底站严例防族供效"
                               u"续施留讲型料终答紧绝察段依批群项故按围织害境客纪采举密低朝止细愿千值仍网热助育属"
                               u"限速刻否状率独普创假久错承印试预益微继送急素适省初卫源险述陆置居劳财环排福纳获模"
                               u"充负停层范策演简静既积余检差富协配征修降阶审坚善读超免压银执副乱宣优税份概块顿敢"
                               u"户款靠评版座释登货互付换闻危核介讨良序升监临域括杂误减编测败温困渐封救贵县尚移"
                               u"班智短掌遗固席秘谢遇康虑均销录乡附予港板庭归额含顺输招补谓督材灭词择授健堂借禁"
                               u"园避荣镇练篇馆础训私典盘扩稳亿途侵刑套贸促延震缓售络抵植纯筑折尊振措培诚宽摆伸"
                               u"盟末订彩抽赞纷沿违汇援译距裁符课召罚厅侧债融惯享童奖纵障讯涉彻刊役描签仿倾陷闭"
                               u"奋庆撤播季驻宜桥繁恰挑估泛偿横拒忆衡零码洪辩晓贫偶辑邦恢赖圈润稍迟废净署御凭综"
                               u"返壮扫敏详允幅剩漫兼届惠册储频递拟巡绩截勤遵械邻筹暂纠赔耗循档稀捷疫履涨拨绘廉"
                               u"契覆缴址悉舆情申请依申请公开政务网站微博微信栏目发布会解读回应复议诉讼答复办理"
                               u"年度报告主动不予部分涉及受理件数起新闻咨询信箱热线电话查阅点档案馆图书馆规范性"
                               u"文件制发废止行政许可处罚强制事业收费采购重点领域工作要点监督保障培训考核社会评议"
                               u"责任追究存在问题改进措施其他需要报告事项情况概述统计数据本年新制作现行有效数量万"
                               u"元以上总计结果维持纠正撤销确认违法无效驳回确定逾期未作出告知非本机关掌握重复申请"
                               u"自然人法人或者其他组织商业企业科研机构社会公益律师事务所";
        for (const char16_t* p = list; *p; ++p) {
            s.set(*p);
        }
        return s;
    }();
    return set;
}

struct CandidateScore
{
    qsizetype bad = 0;    // undecodable bytes, private-use and C1 control characters
    qsizetype common = 0; // frequent Chinese characters
};

CandidateScore scoreCandidate(const QByteArray& sample, const QString& encoding)
{
    CandidateScore score;
    const Decoded d = icuDecode(sample.constData(), sample.size(), encoding);
    if (!d.opened) {
        score.bad = sample.size() + 1;
        return score;
    }
    score.bad = d.errors;
    const NormalisedText simplified = normaliseText(d.text);
    const std::bitset<0x10000>& common = commonCharacters();
    for (QChar c : simplified.text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD || (u >= 0xE000 && u <= 0xF8FF) || (u >= 0x80 && u <= 0x9F)) {
            ++score.bad;
        } else if (common.test(u)) {
            ++score.common;
        }
    }
    return score;
}

// ICU's charset detector: its best guess by canonical name, ignoring UTF-16/32 (decided by BOMs above).
QString icuDetect(const QByteArray& sample)
{
    QString detected;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_FAILURE(status)) {
        return detected;
    }
    ucsdet_enableInputFilter(detector, true);
    ucsdet_setText(detector, sample.constData(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
        UErrorCode s = U_ZERO_ERROR;
        const QString name = QString::fromLatin1(ucsdet_getName(matches[k], &s));
        const int32_t confidence = ucsdet_getConfidence(matches[k], &s);
        if (U_FAILURE(s) || name.startsWith(u"UTF-16") || name.startsWith(u"UTF-32")) {
            continue;
        }
        if (confidence >= 10) {
            detected = canonicalEncoding(name);
        }
        break;
    }
    ucsdet_close(detector);
    return detected;
}

} // namespace

} // namespace loader

using namespace loader;

QString DocumentLoader::detectEncoding(const QByteArray& bytes)
{
    const qsizetype n = bytes.size();
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    // 1. Byte order marks.
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        return QStringLiteral("UTF-8");
    }
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        return QStringLiteral("UTF-32LE");
    }
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        return QStringLiteral("UTF-32BE");
    }
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        return QStringLiteral("UTF-16LE");
    }
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        return QStringLiteral("UTF-16BE");
    }
    // 2. UTF-16 without a BOM: its ASCII characters give NUL bytes (UTF-8 and the legacy encodings have
    // none), and Chinese text in it is not valid UTF-8.
    const bool hasNul = bytes.contains('\0');
    if (hasNul) {
        const QString utf16 = guessUtf16(bytes);
        if (!utf16.isEmpty()) {
            return utf16;
        }
    }
    // 3. Strict UTF-8. A file cut inside its last character is still UTF-8 (decoding says it is truncated),
    // and so is one that is clearly UTF-8 with a few bad bytes (decoding says where).
    const Utf8Check utf8 = checkUtf8(bytes);
    if (utf8.invalid == 0) {
        return QStringLiteral("UTF-8");
    }
    if (utf8.multibyte >= 8 && utf8.multibyte >= 4 * utf8.invalid) {
        return QStringLiteral("UTF-8");
    }
    if (!hasNul && bytes.size() % 2 == 0) {
        const QString utf16 = guessUtf16(bytes);
        if (!utf16.isEmpty()) {
            return utf16;
        }
    }
    const QByteArray sample = bytes.left(DetectionSampleBytes);
    // 4. A page's own declaration, when the bytes decode cleanly in it.
    const QString declared = canonicalEncoding(declaredCharset(bytes));
    if (!declared.isEmpty() && declared != u"UTF-8" && !isUtf16Or32(declared)) {
        const Decoded d = icuDecode(bytes.constData(), bytes.size(), declared);
        if (d.opened && d.errors == 0 && !d.truncated) {
            return declared;
        }
    }
    // 5. GB18030 or Big5 (ICU's detector often confuses the two on short texts): decode with both and keep
    // the one with fewer undecodable characters and more common Chinese characters.
    struct Candidate
    {
        QString name;
        CandidateScore score;
        qsizetype value() const { return score.common - 4 * score.bad; }
    };
    QList<Candidate> candidates;
    for (const QString& name : {QStringLiteral("GB18030"), QStringLiteral("Big5")}) {
        candidates.append({name, scoreCandidate(sample, name)});
    }
    auto byValue = [](const Candidate& a, const Candidate& b) { return a.value() > b.value(); };
    std::stable_sort(candidates.begin(), candidates.end(), byValue);
    const Candidate first = candidates.at(0);
    const Candidate second = candidates.at(1);
    const bool decisive = first.score.common >= 16 && first.score.bad * 50 <= first.score.common &&
                          first.value() >= 2 * std::max<qsizetype>(second.value(), 0) + 8;
    if (decisive) {
        return first.name;
    }
    // 6. Otherwise ask ICU's charset detector (slow: about 0.3 ms per KB, so on the start of the file only);
    // an encoding it names other than these two (Shift_JIS, EUC-KR, ...) competes on the same terms.
    const QString detected = icuDetect(bytes.left(4096));
    if (!detected.isEmpty() && detected != u"GB18030" && detected != u"Big5" && detected != u"UTF-8" &&
        !detected.startsWith(u"ISO-8859") && !detected.startsWith(u"windows-125")) {
        candidates.append({detected, scoreCandidate(sample, detected)});
        std::stable_sort(candidates.begin(), candidates.end(), byValue);
    } else if ((detected == u"Big5" || detected == u"GB18030") && first.value() <= second.value() + 2) {
        return detected; // a near tie between the two: the detector decides
    }
    return candidates.first().name;
}

QString DocumentLoader::decode(const QByteArray& bytes, const QString& encoding, QString* error)
{
    const QString canonical = canonicalEncoding(encoding);
    const QString name = canonical.isEmpty() ? encoding : canonical;
    if (name == u"UTF-8") {
        // Qt's UTF-8 decoder is several times faster than ICU's; ICU stays for the error report.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (error) {
                error->clear();
            }
            if (text.startsWith(QChar(0xFEFF))) {
                text.remove(0, 1);
            }
            return text;
        }
    }
    // ICU's "Big5" is Microsoft's code page 950, the Big5 in practice.
    Decoded d = icuDecode(bytes.constData(), bytes.size(), name);
    if (!d.opened) {
        if (error) {
            *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the text encoding %1 is not known")
                         .arg(encoding);
        }
        return QString();
    }
    if (error) {
        error->clear();
        if (d.errors > MaxTolerableErrors) {
            *error = QCoreApplication::translate(
                         "jiaohe::DocumentLoader",
                         "the text is not valid %1: %2 byte sequences cannot be decoded, the first at byte %3")
                         .arg(name)
                         .arg(d.errors)
                         .arg(d.firstError);
        } else if (d.truncated) {
            *error = QCoreApplication::translate(
                         "jiaohe::DocumentLoader",
                         "the file ends in the middle of a character (byte %1 of %2): it may be truncated")
                         .arg(d.truncatedAt)
                         .arg(bytes.size());
        }
    }
    if (d.text.startsWith(QChar(0xFEFF))) {
        d.text.remove(0, 1);
    }
    return d.text;
}

} // namespace jiaohe
