// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"

#include "CheckRun.h"
#include "TableChecks.h"

#include "common/NumberText.h"
#include "document/Document.h"
#include "extract/FieldCatalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace jiaohe {

using namespace checks;

namespace {

int decimalsOf(const Quantity& q)
{
    return q.decimals;
}

double tolerance(const QList<int>& members, const Run& run)
{
    int decimals = 0;
    for (int m : members) {
        decimals = std::max(decimals, decimalsOf(run.q(m)));
    }
    return 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

// A total and its parts: flags a unit slip when one magnitude change makes the sum hold, otherwise
// a sum mismatch when the parts exceed the total, or fall short of a list that claims to be complete.
void checkSum(Run& run, const Rule* sumRule, const Rule* unitRule, int total, const QList<int>& parts, bool complete)
{
    if (total < 0 || parts.isEmpty()) {
        return;
    }
    QList<int> members = parts;
    members.prepend(total);
    double sum = 0;
    bool approx = run.q(total).approx;
    for (int p : parts) {
        sum += run.q(p).value;
        approx = approx || run.q(p).approx;
    }
    const double t = run.q(total).value;
    const double eps = tolerance(members, run);
    if (std::abs(sum - t) <= eps) {
        return;
    }
    if (approx && (std::abs(sum - t) <= 0.1 * std::max(std::abs(t), 1.0) || sum < t)) {
        return; // 9616余条 is at least 9616; a little over is no finding
    }
    // The list may end before the sentence does: when the first parts sum exactly to the total,
    // what follows is something else ("…尚未审结37件;行政诉讼46件").
    {
        double prefix = 0;
        for (qsizetype k = 0; k + 1 < parts.size(); ++k) {
            prefix += run.q(parts.at(k)).value;
            if (k >= 1 && std::abs(prefix - t) <= eps) {
                return;
            }
        }
    }
    const QSet<int> memberSet(members.cbegin(), members.cend());
    // Unit slip: one member read without its 万/亿 (or with a missing 万) makes the list add up.
    if (unitRule) {
        bool anyTenThousand = false;
        for (int m : members) {
            anyTenThousand = anyTenThousand || run.q(m).magnitude == 1e4;
        }
        for (int m : members) {
            const Quantity& q = run.q(m);
            QList<double> alternatives;
            if (q.magnitude > 1) {
                alternatives.append(q.value / q.magnitude);
            } else if (anyTenThousand) {
                alternatives.append(q.value * 1e4);
            }
            for (double alt : alternatives) {
                const double newSum = m == total ? sum : sum - q.value + alt;
                const double newTotal = m == total ? alt : t;
                if (std::abs(newSum - newTotal) > eps) {
                    continue;
                }
                if (run.alreadyFlagged(memberSet, unitRule->kind)) {
                    return;
                }
                Flag f = run.make(*unitRule, {{QStringLiteral("text"), q.text},
                                              {QStringLiteral("suggested"), numberText(alt)},
                                              {QStringLiteral("total"), numberText(newTotal)},
                                              {QStringLiteral("sum"), numberText(sum)}});
                f.values.append(q.value);
                f.spans.append(run.span(m));
                for (int o : members) {
                    if (o != m) {
                        f.values.append(run.q(o).value);
                        f.spans.append(run.span(o));
                    }
                }
                const auto [s, e] = run.span(m);
                f.suggestion = Suggestion{alt, s, e};
                run.flags.append(f);
                run.flaggedStatements[unitRule->kind].unite(memberSet);
                run.flaggedStatements[sumRule ? sumRule->kind : QStringLiteral("sum")].unite(memberSet);
                return;
            }
        }
    }
    if (!sumRule) {
        return;
    }
    if (sum < t && !complete) {
        return; // a partial list: the parts named need not cover the total
    }
    if (run.alreadyFlagged(memberSet, sumRule->kind)) {
        return;
    }
    Flag f = run.make(*sumRule, {{QStringLiteral("sum"), numberText(sum)},
                                 {QStringLiteral("total"), numberText(t)},
                                 {QStringLiteral("diff"), numberText(std::abs(sum - t))}});
    if (approx) {
        f.severity = Severity::Warning;
    }
    for (int m : members) {
        f.values.append(run.q(m).value);
        f.spans.append(run.span(m));
    }
    run.flags.append(f);
    run.flaggedStatements[sumRule->kind].unite(memberSet);
}

// Whether the shares given for a list's parts sum to about 100% (so the list is complete).
bool sharesComplete(const Run& run, const QList<int>& parts)
{
    double sum = 0;
    int n = 0;
    for (int p : parts) {
        for (int s : run.sharesOf.value(p)) {
            sum += run.q(s).value;
            ++n;
        }
    }
    return n >= 2 && std::abs(sum - 100.0) <= n * 0.5;
}

// A part whose field is not the total's field nor one of its descendants belongs to something else
// ("复议5件,其中维持3件;引发行政诉讼4件": the lawsuits are not part of the reconsiderations).
bool belongsTo(const FieldCatalogue& catalogue, const QString& partField, const QString& totalField)
{
    if (partField.isEmpty() || totalField.isEmpty() || partField == totalField) {
        return true;
    }
    // Only a peer of the total (same group, not a descendant) is known to be something else; a field of
    // another group may just be a loose match of the catalogue.
    const FieldDef* part = catalogue.find(partField);
    const FieldDef* total = catalogue.find(totalField);
    if (!part || !total || part->group != total->group) {
        return true;
    }
    for (const FieldDef* def = catalogue.find(partField); def && !def->parent.isEmpty();
         def = catalogue.find(def->parent)) {
        if (def->parent == totalField) {
            return true;
        }
    }
    return false;
}

void runListSums(Run& run, const Rule& sumRule, const Rule* unitRule)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (const StatementList& original : run.ex.lists) {
        if (original.total < 0 || !run.ex.statements.at(original.total).inBody || original.overlapping ||
            original.otherBodies) {
            continue;
        }
        StatementList list = original;
        const QString& totalField = run.ex.statements.at(list.total).field;
        list.parts.removeIf([&](int p) { return !belongsTo(catalogue, run.ex.statements.at(p).field, totalField); });
        list.looseParts.removeIf(
            [&](int p) { return !belongsTo(catalogue, run.ex.statements.at(p).field, totalField); });
        if (list.parts.isEmpty()) {
            continue;
        }
        const double t = run.q(list.total).value;
        const bool complete = list.endsWithOther || sharesComplete(run, list.parts + list.looseParts);
        // With parts in a related unit (585篇 among 次), take whichever reading is nearer the total.
        QList<int> parts = list.parts;
        if (!list.looseParts.isEmpty()) {
            QList<int> all = list.parts + list.looseParts;
            std::sort(all.begin(), all.end());
            double strict = 0, loose = 0;
            for (int p : list.parts) {
                strict += run.q(p).value;
            }
            for (int p : all) {
                loose += run.q(p).value;
            }
            if (std::abs(loose - t) <= std::abs(strict - t)) {
                parts = all;
            }
        }
        checkSum(run, &sumRule, unitRule, list.total, parts, complete);
    }
}

void runFieldSum(Run& run, const Rule& rule, const Rule* unitRule)
{
    const ExtractedField* total = run.ex.field(rule.params.value(u"total").toString());
    if (!total || total->statement < 0 || run.ex.statements.at(total->statement).zeroWords) {
        return;
    }
    const bool complete = rule.params.value(u"complete").toBool();
    QList<int> parts;
    int expected = 0;
    for (const QJsonValue& v : rule.params.value(u"parts").toArray()) {
        ++expected;
        const ExtractedField* f = run.ex.field(v.toString());
        if (f && f->statement >= 0 && !run.ex.statements.at(f->statement).zeroWords) {
            parts.append(f->statement);
        }
    }
    if (parts.isEmpty() || (complete && parts.size() != expected)) {
        return;
    }
    for (int p : std::as_const(parts)) {
        if (run.ex.statements.at(p).overlapNote) {
            return; // the report says these figures overlap
        }
    }
    checkSum(run, &rule, unitRule, total->statement, parts, complete);
}

void runShares(Run& run, const Rule& rule)
{
    const Extraction& ex = run.ex;
    // The denominator a list's shares refer to: its total, or, for a list whose lead states no
    // total, the figure stated earlier that agrees with most of its shares.
    QHash<int, int> impliedTotal;
    for (qsizetype li = 0; li < ex.lists.size(); ++li) {
        const StatementList& list = ex.lists.at(li);
        if (list.total >= 0) {
            continue;
        }
        QList<int> shares;
        for (int p : list.parts) {
            for (int si : run.sharesOf.value(p)) {
                if (ex.statements.at(si).denominator < 0 && !ex.statements.at(si).namedDenominator) {
                    shares.append(si);
                }
            }
        }
        std::sort(shares.begin(), shares.end());
        shares.erase(std::unique(shares.begin(), shares.end()), shares.end());
        if (shares.size() < 2) {
            continue;
        }
        const QString unit = run.q(list.parts.first()).unit;
        int best = -1;
        int bestAgree = 0;
        for (qsizetype i = 0; i < ex.statements.size(); ++i) {
            const Statement& c = ex.statements.at(i);
            if (c.quantity.start >= list.markerStart || c.quantity.unit != unit || c.zeroWords || !c.inBody ||
                c.quantity.kind != QuantityKind::Count || c.quantity.value <= 0) {
                continue;
            }
            int agree = 0;
            for (int si : std::as_const(shares)) {
                const Statement& s = ex.statements.at(si);
                const double computed = run.q(s.shareOf).value / c.quantity.value * 100.0;
                if (std::abs(computed - s.quantity.value) <= std::pow(10.0, -s.quantity.decimals) + 1e-9) {
                    ++agree;
                }
            }
            if (agree >= bestAgree && agree * 10 >= int(shares.size()) * 6) {
                best = int(i);
                bestAgree = agree;
            }
        }
        if (best >= 0) {
            impliedTotal.insert(int(li), best);
        }
    }
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        const Statement& p = ex.statements.at(i);
        if (p.shareOf < 0 || !p.inBody) {
            continue;
        }
        const Statement& c = ex.statements.at(p.shareOf);
        int d = p.denominator;
        bool implied = false;
        if (p.namedDenominator) {
            // "占已答复申请总数的52%": a base that names an extracted field is that field's figure.
            d = -1;
            for (const ExtractedField& f : ex.fields) {
                const FieldDef* def = catalogue.find(f.key);
                if (def && f.statement >= 0 && f.statement != p.shareOf && def->matchesPhrase(p.denominatorText) &&
                    !ex.statements.at(f.statement).zeroWords &&
                    ex.statements.at(f.statement).quantity.unit == c.quantity.unit) {
                    d = f.statement;
                    break;
                }
            }
            if (d < 0) {
                continue;
            }
        }
        if (d < 0 && c.role == Statement::Role::Part && c.list >= 0) {
            d = ex.lists.at(c.list).total;
            if (d < 0 && impliedTotal.contains(c.list)) {
                d = impliedTotal.value(c.list);
                implied = true;
            }
        }
        if (d < 0 || run.q(d).value <= 0) {
            continue;
        }
        const double computed = c.quantity.value / run.q(d).value * 100.0;
        const double stated = p.quantity.value;
        const double ulp = std::pow(10.0, -p.quantity.decimals);
        const bool approx = c.quantity.approx || run.q(d).approx;
        if (std::abs(computed - stated) <= ulp + 1e-9 ||
            (approx && std::abs(computed - stated) <= std::max(ulp, 1.0))) {
            continue;
        }
        Flag f = run.make(rule, {{QStringLiteral("part"), numberText(c.quantity.value)},
                                 {QStringLiteral("total"), numberText(run.q(d).value)},
                                 {QStringLiteral("computed"), QString::number(computed, 'f', p.quantity.decimals + 1)},
                                 {QStringLiteral("stated"), numberText(stated)}});
        if (implied || approx) {
            f.severity = Severity::Warning;
        }
        f.values = {c.quantity.value, stated, run.q(d).value};
        f.spans = {run.span(p.shareOf), run.span(int(i)), run.span(d)};
        run.flags.append(f);
    }
}

void runShareSums(Run& run, const Rule& rule)
{
    const Extraction& ex = run.ex;
    // The first plain share (no named base) of each count.
    auto plainShareOf = [&](int count) {
        for (int si : run.sharesOf.value(count)) {
            if (ex.statements.at(si).denominator < 0 && !ex.statements.at(si).namedDenominator) {
                return si;
            }
        }
        return -1;
    };
    for (const StatementList& list : ex.lists) {
        QList<int> parts = list.parts + list.looseParts;
        std::sort(parts.begin(), parts.end());
        QList<int> shares;
        bool allShared = true;
        double partSum = 0;
        for (int p : std::as_const(parts)) {
            partSum += run.q(p).value;
            const int share = plainShareOf(p);
            if (share >= 0) {
                shares.append(share);
            } else if (run.q(p).value != 0) {
                allShared = false;
            }
        }
        if (!allShared || shares.size() < 2) {
            continue;
        }
        const bool covers =
            list.endsWithOther || (list.total >= 0 && std::abs(partSum - run.q(list.total).value) <= 1e-6);
        if (!covers) {
            continue;
        }
        double sum = 0;
        double tol = 1e-9;
        for (int s : std::as_const(shares)) {
            sum += run.q(s).value;
            tol += std::pow(10.0, -run.q(s).decimals);
        }
        if (std::abs(sum - 100.0) <= tol) {
            continue;
        }
        Flag f = run.make(rule, {{QStringLiteral("sum"), numberText(std::round(sum * 1000) / 1000)}});
        for (int s : std::as_const(shares)) {
            f.values.append(run.q(s).value);
            f.spans.append(run.span(s));
        }
        run.flags.append(f);
    }
}

void runRestatements(Run& run, const Rule& rule)
{
    const Extraction& ex = run.ex;
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (const FieldDef& def : catalogue.fields()) {
        const auto it = ex.candidates.constFind(def.key);
        if (it == ex.candidates.cend() || it->size() < 2) {
            continue;
        }
        QList<int> plain;
        for (int si : *it) {
            const Statement& s = ex.statements.at(si);
            // A part and its list's total measure different scopes by construction.
            if (s.zeroWords || s.cumulative || !s.inBody || s.quantity.approx || s.role == Statement::Role::Part ||
                !s.thisYear() || s.inBrackets) {
                continue;
            }
            static const QStringList scope = {QStringLiteral("本级"),   QStringLiteral("各县"), QStringLiteral("县区"),
                                              QStringLiteral("县(区)"), QStringLiteral("乡镇"), QStringLiteral("街道"),
                                              QStringLiteral("部门"),   QStringLiteral("单位")};
            bool scoped = false;
            for (const QString& w : scope) {
                if (s.phrase.contains(w)) {
                    scoped = true;
                    break;
                }
            }
            if (!scoped) {
                plain.append(si);
            }
        }
        for (qsizetype k = 1; k < plain.size(); ++k) {
            const Quantity& a = run.q(plain.first());
            const Quantity& b = run.q(plain.at(k));
            if (std::abs(a.value - b.value) <= 1e-9) {
                continue;
            }
            Flag f = run.make(rule, {{QStringLiteral("label"), def.labelZh},
                                     {QStringLiteral("first"), a.text},
                                     {QStringLiteral("second"), b.text}});
            f.messageEn = fill(rule.messageEn, {{QStringLiteral("label"), def.labelEn},
                                                {QStringLiteral("first"), a.text},
                                                {QStringLiteral("second"), b.text}});
            f.values = {a.value, b.value};
            f.spans = {run.span(plain.first()), run.span(plain.at(k))};
            run.flags.append(f);
            break;
        }
    }
    checkTableRestatements(run.doc, ex, rule, &run.flags);
}

} // namespace

Checker::Checker(const RuleSet& rules) : m_rules(rules) {}

QList<Flag> Checker::check(const Document& doc, const Extraction& ex) const
{
    QList<Flag> flags;
    Run run{doc, ex, flags, {}, {}};
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        if (ex.statements.at(i).shareOf >= 0) {
            run.sharesOf[ex.statements.at(i).shareOf].append(int(i));
        }
    }
    const Rule* unitRule = nullptr;
    for (const Rule& r : m_rules.rules()) {
        if (r.type == u"unit_slip") {
            unitRule = &r;
        }
    }
    for (const Rule& r : m_rules.rules()) {
        if (r.type == u"list_sum") {
            runListSums(run, r, unitRule);
        }
    }
    for (const Rule& r : m_rules.rules()) {
        if (r.type == u"field_sum") {
            runFieldSum(run, r, unitRule);
        } else if (r.type == u"share") {
            runShares(run, r);
        } else if (r.type == u"share_sum") {
            runShareSums(run, r);
        } else if (r.type == u"restatement") {
            runRestatements(run, r);
        } else if (r.type == u"numbering") {
            runNumbering(run, r);
        } else if (r.type == u"required_sections") {
            runRequiredSections(run, r);
        }
    }
    checkTableIdentities(ex, m_rules.rules(), &flags);
    flagTableDoubts(ex, &flags);
    settleFlags(&flags);
    // A hostile or broken file (thousands of wrong lists) must not flood the review: the first flags in text
    // order are kept, and one more says how many were left out.
    if (flags.size() > MaxFlags) {
        const qsizetype dropped = flags.size() - MaxFlags;
        flags.resize(MaxFlags);
        Flag more;
        more.rule = QStringLiteral("too_many_flags");
        more.kind = QStringLiteral("too_many_flags");
        more.severity = Severity::Warning;
        more.id = more.identity(); // before the messages: the same flag whatever the count
        more.messageZh = QStringLiteral("问题过多：仅列出前%1处，其余%2处未列出；请先核对报告是否完整、格式是否正确")
                             .arg(MaxFlags)
                             .arg(dropped);
        more.messageEn = QStringLiteral("Too many findings: only the first %1 are listed, %2 more are left out; check "
                                        "first that the report is complete and well formed")
                             .arg(MaxFlags)
                             .arg(dropped);
        more.values = {double(MaxFlags), double(dropped)};
        flags.append(more);
    }
    return flags;
}

void settleFlags(QList<Flag>* flags)
{
    for (Flag& f : *flags) {
        f.id = f.identity();
    }
    std::stable_sort(flags->begin(), flags->end(), [](const Flag& a, const Flag& b) {
        const qsizetype as = a.spans.isEmpty() ? std::numeric_limits<qsizetype>::max() : a.spans.first().first;
        const qsizetype bs = b.spans.isEmpty() ? std::numeric_limits<qsizetype>::max() : b.spans.first().first;
        return as < bs;
    });
}

} // namespace jiaohe
