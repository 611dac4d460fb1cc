#include "document/pdf/PdfGuards.h"

#include <QHash>
#include <QList>

#include <QCoreApplication>
#include <algorithm>

namespace jiaohe::pdf {

namespace {

// ---- the page tree, before Qt PDF sees it ----------------------------------------------------------------

// The number just before `end` in `bytes` (digits ending at end - 1), or -1; `begin` gets its first index.
qint64 numberBefore(QByteArrayView bytes, qsizetype end, qsizetype* begin)
{
    qsizetype i = end;
    while (i > 0 && end - i < 12 && bytes.at(i - 1) >= '0' && bytes.at(i - 1) <= '9') {
        --i;
    }
    if (i == end || end - i >= 12) {
        return -1;
    }
    *begin = i;
    return bytes.sliced(i, end - i).toLongLong();
}

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The object references of the array that starts at `pos` ("[4 0 R 5 0 R]"), at most `limit` of them.
QList<qint64> referencesAt(QByteArrayView bytes, qsizetype pos, qsizetype limit)
{
    QList<qint64> refs;
    const qsizetype n = bytes.size();
    while (pos < n && isPdfSpace(bytes.at(pos))) {
        ++pos;
    }
    if (pos >= n || bytes.at(pos) != '[') {
        return refs;
    }
    ++pos;
    qint64 numbers[2] = {-1, -1};
    while (pos < n && bytes.at(pos) != ']' && refs.size() < limit) {
        const char c = bytes.at(pos);
        if (c >= '0' && c <= '9') {
            qint64 v = 0;
            while (pos < n && bytes.at(pos) >= '0' && bytes.at(pos) <= '9' && v < (qint64(1) << 40)) {
                v = v * 10 + (bytes.at(pos) - '0');
                ++pos;
            }
            numbers[0] = numbers[1];
            numbers[1] = v;
            continue;
        }
        if (c == 'R' && numbers[0] >= 0) {
            refs.append(numbers[0]);
            numbers[0] = numbers[1] = -1;
        } else if (!isPdfSpace(c)) {
            break;
        }
        ++pos;
    }
    return refs;
}

} // namespace

// How deep the page tree nests, as far as the file shows it in the clear (objects packed in compressed object
// streams are not seen): the longest chain of /Kids from object to object; a loop counts as too deep. One pass
// over the bytes. Qt PDF's engine (PDFium) hangs on a tree nested more than 1,024 levels.
int pageTreeDepth(QByteArrayView bytes, int limit)
{
    QHash<qint64, QList<qint64>> kids;
    qint64 currentObject = -1;
    qsizetype pos = 0;
    qsizetype nextObj = bytes.indexOf(QByteArrayView("obj"), pos);
    qsizetype nextKids = bytes.indexOf(QByteArrayView("/Kids"), pos);
    while (nextObj >= 0 || nextKids >= 0) {
        if (nextObj >= 0 && (nextKids < 0 || nextObj < nextKids)) {
            // "12 0 obj" (not "endobj"): the object the next /Kids belong to.
            qsizetype genStart = 0;
            qsizetype k = nextObj;
            while (k > 0 && isPdfSpace(bytes.at(k - 1))) {
                --k;
            }
            const bool endobj = nextObj >= 3 && bytes.sliced(nextObj - 3, 3) == QByteArrayView("end");
            if (!endobj && k < nextObj && numberBefore(bytes, k, &genStart) >= 0) {
                k = genStart;
                while (k > 0 && isPdfSpace(bytes.at(k - 1))) {
                    --k;
                }
                qsizetype numStart = 0;
                if (k < genStart) {
                    currentObject = numberBefore(bytes, k, &numStart);
                }
            } else if (endobj) {
                currentObject = -1;
            }
            nextObj = bytes.indexOf(QByteArrayView("obj"), nextObj + 3);
        } else {
            if (currentObject >= 0) {
                kids[currentObject] += referencesAt(bytes, nextKids + 5, 100000);
            }
            nextKids = bytes.indexOf(QByteArrayView("/Kids"), nextKids + 5);
        }
    }
    // Longest path by an iterative depth-first walk: 0 unseen, 1 on the path, 2 done (depth known).
    QHash<qint64, int> state;
    QHash<qint64, int> depth;
    int deepest = 0;
    for (auto it = kids.cbegin(); it != kids.cend(); ++it) {
        if (state.value(it.key()) == 2) {
            continue;
        }
        QList<std::pair<qint64, qsizetype>> path = {{it.key(), 0}};
        state[it.key()] = 1;
        while (!path.isEmpty()) {
            auto& [node, next] = path.last();
            const QList<qint64> children = kids.value(node);
            if (next < children.size()) {
                const qint64 child = children.at(next++);
                const int childState = state.value(child);
                if (childState == 1 || path.size() > limit) {
                    return limit + 1; // a loop, or deeper than the limit already
                }
                if (childState == 0 && kids.contains(child)) {
                    state[child] = 1;
                    path.append({child, 0});
                }
                continue;
            }
            int d = 1;
            for (qint64 child : children) {
                d = std::max(d, 1 + depth.value(child));
            }
            depth[node] = d;
            state[node] = 2;
            deepest = std::max(deepest, d);
            path.removeLast();
        }
    }
    return deepest;
}

QString refuseBeforeLoading(QByteArrayView bytes, int maxDepth)
{
    // A PDF ends with %%EOF (after the last cross-reference section); a file cut short does not.
    // Qt PDF rebuilds the structure of such a file and would read what is left without a word.
    if (!bytes.sliced(std::max<qsizetype>(0, bytes.size() - 4096)).contains(QByteArrayView("%%EOF"))) {
        return QCoreApplication::translate(
                   "jiaohe::DocumentLoader",
                   "the PDF is damaged or truncated: it does not end with %%EOF (%1 bytes read)")
            .arg(bytes.size());
    }
    // PDFium, inside Qt PDF, never returns on a page tree nested deeper than its limit of 1,024 levels.
    if (pageTreeDepth(bytes, maxDepth) > maxDepth) {
        return QCoreApplication::translate(
                   "jiaohe::DocumentLoader",
                   "the PDF is damaged: its page tree is nested more than %1 levels deep, or loops")
            .arg(maxDepth);
    }
    return {};
}

QString refusePageCount(int pageCount, int maxPages)
{
    if (pageCount <= 0) {
        return QCoreApplication::translate("jiaohe::DocumentLoader", "the PDF is damaged: it has no pages");
    }
    if (pageCount > maxPages) {
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the PDF has %1 pages, more than the %2 pages accepted for one report")
            .arg(pageCount)
            .arg(maxPages);
    }
    return {};
}

QString refusePageSize(int page, QSizeF size, double maxPoints)
{
    if (size.width() >= 1 && size.height() >= 1 && size.width() <= maxPoints && size.height() <= maxPoints) {
        return {};
    }
    return QCoreApplication::translate("jiaohe::DocumentLoader",
                                       "page %1 of the PDF has an impossible size (%2 × %3 points); the PDF is damaged")
        .arg(page + 1)
        .arg(size.width(), 0, 'g', 6)
        .arg(size.height(), 0, 'g', 6);
}

} // namespace jiaohe::pdf
