#include "scan/ScanAnalysis.h"

#include "policy/PolicyPack.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace kilotse {

ScanSummary summariseScan(const ScanRules& rules, const QList<ScanFinding>& findings)
{
    ScanSummary summary;
    for (const ScanFinding& f : findings) {
        const int k = static_cast<int>(f.category);
        if (k < 0 || k >= kScanCategoryCount)
            continue;
        ++summary.counts[static_cast<std::size_t>(k)];
        ++summary.total;
        const ScanCategoryInfo& info = rules.info(f.category);
        for (const ScanAnswer& a : info.answers)
            summary.answers.insert(a.question, a.option);
    }
    return summary;
}

QList<SuggestedAnswer> suggestedAnswers(const PolicyPack& pack, const AnswerSet& current, const ScanSummary& summary)
{
    QList<SuggestedAnswer> out;
    for (auto it = summary.answers.cbegin(); it != summary.answers.cend(); ++it) {
        const Question* q = pack.question(it.key());
        if (!q || !q->option(it.value()))
            continue;
        const QString previous = current.answers.value(it.key());
        if (!previous.isEmpty() && q->effectiveAnswer(previous) == q->effectiveAnswer(it.value()))
            continue;
        out.append({it.key(), it.value(), previous});
    }
    return out;
}

bool isPseudonymisable(ScanCategory category)
{
    switch (category) {
    case ScanCategory::SpecialCategory:
    case ScanCategory::SecrecyMarking:
    case ScanCategory::BusinessSecret:
    case ScanCategory::Count:
        return false;
    default:
        return true;
    }
}

namespace {

// "[ person_2 ]" and the like, as restorePseudonyms() recognises them.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\[\\s*([A-Za-z][A-Za-z0-9_]{0,31}_[0-9]{1,6})\\s*\\]"));
    return re;
}

} // namespace

Pseudonymised pseudonymise(QStringView text, const QList<ScanFinding>& findings, const ScanRules& rules,
                           const QList<PseudonymEntry>& earlier)
{
    Pseudonymised out;
    QHash<QString, int> indexOf;                // normalised original → entry
    std::array<int, kScanCategoryCount> next{}; // last number used per category
    // A session's earlier mapping: its values keep their placeholders, new values continue the
    // numbering, so one mapping restores the answers to every text of the session.
    out.entries = earlier;
    for (int i = 0; i < earlier.size(); ++i) {
        const PseudonymEntry& e = earlier.at(i);
        if (e.category == ScanCategory::Count)
            continue;
        indexOf.insert(scanCategoryId(e.category) + u'\x1f' + e.original, i);
        const qsizetype underscore = e.placeholder.lastIndexOf(u'_');
        const int number = underscore < 0 ? 0 : e.placeholder.mid(underscore + 1).chopped(1).toInt();
        int& n = next[static_cast<std::size_t>(e.category)];
        n = std::max(n, number);
    }
    // Placeholders the draft already contains (in any spelling restore accepts) are not reused,
    // or restoring would replace the clerk's own text.
    QSet<QString> present;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        present.insert(it.next().captured(1).toUpper());
    auto taken = [&](const QString& placeholder) {
        return present.contains(placeholder.mid(1, placeholder.size() - 2));
    };
    qsizetype copied = 0;
    out.text.reserve(text.size());
    for (const ScanFinding& f : findings) {
        if (!isPseudonymisable(f.category) || f.start < copied || f.end() > text.size())
            continue;
        // The exact text, not a whitespace-normalised form: "Musterweg 1\n12345 Ort" and the same
        // address on one line would otherwise share a placeholder, and restoring would give both
        // the first one's line break (found by fuzzing).
        const QString key = scanCategoryId(f.category) + u'\x1f' + f.text;
        int entry = indexOf.value(key, -1);
        if (entry < 0) {
            const QString base = rules.info(f.category).placeholder.isEmpty() ? scanCategoryId(f.category)
                                                                              : rules.info(f.category).placeholder;
            int& n = next[static_cast<std::size_t>(f.category)];
            QString placeholder;
            do {
                placeholder = u'[' + base + u'_' + QString::number(++n) + u']';
            } while (taken(placeholder));
            entry = static_cast<int>(out.entries.size());
            out.entries.append({placeholder, f.text, f.category});
            indexOf.insert(key, entry);
        }
        out.text += text.sliced(copied, f.start - copied);
        out.text += out.entries.at(entry).placeholder;
        copied = f.end();
        ++out.replaced;
    }
    out.text += text.sliced(copied);
    return out;
}

Restored restorePseudonyms(QStringView answer, const QList<PseudonymEntry>& entries)
{
    Restored out;
    QHash<QString, QString> byKey;
    for (const PseudonymEntry& e : entries)
        byKey.insert(e.placeholder.mid(1, e.placeholder.size() - 2).toUpper(), e.original);
    qsizetype copied = 0;
    auto it = placeholderPattern().globalMatch(answer);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1).toUpper();
        const auto found = byKey.constFind(key);
        if (found == byKey.constEnd()) {
            if (!out.unknownPlaceholders.contains(m.captured(0)))
                out.unknownPlaceholders.append(m.captured(0));
            continue;
        }
        out.text += answer.sliced(copied, m.capturedStart(0) - copied);
        out.text += *found;
        copied = m.capturedEnd(0);
        ++out.replaced;
    }
    out.text += answer.sliced(copied);
    return out;
}

QMap<QString, int> findingCountsById(const ScanSummary& summary)
{
    QMap<QString, int> counts;
    for (int k = 0; k < kScanCategoryCount; ++k)
        if (summary.counts[static_cast<std::size_t>(k)] > 0)
            counts.insert(scanCategoryId(static_cast<ScanCategory>(k)), summary.counts[static_cast<std::size_t>(k)]);
    return counts;
}

} // namespace kilotse
