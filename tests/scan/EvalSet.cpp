#include "EvalSet.h"

#include <QFile>
#include <QHash>

#include <nlohmann/json.hpp>

namespace kilotse::eval {

bool load(const QString& path, QList<Document>* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j.contains("expected")) {
            *error = QStringLiteral("%1:%2: not an object with \"text\" and \"expected\"").arg(path).arg(lineNo);
            return false;
        }
        Document doc;
        doc.id = QString::fromStdString(j.value("id", std::string()));
        doc.text = QString::fromStdString(j.at("text").get<std::string>());
        for (const auto& e : j.at("expected")) {
            const QString category = QString::fromStdString(e.at("category").get<std::string>());
            const QString text = QString::fromStdString(e.at("text").get<std::string>());
            const ScanCategory c = scanCategoryFromId(category);
            if (c == ScanCategory::Count) {
                *error = QStringLiteral("%1:%2: unknown category \"%3\"").arg(path).arg(lineNo).arg(category);
                return false;
            }
            // The n-th listing of a text is its first occurrence not already taken by an earlier
            // label of the same category ("Anna Schmidt" … "Frau Schmidt": "Schmidt" is the second).
            qsizetype at = -1;
            for (qsizetype from = 0; (from = doc.text.indexOf(text, from)) >= 0; ++from) {
                bool taken = false;
                for (const Expected& earlier : std::as_const(doc.expected))
                    taken |= earlier.category == c && earlier.start < from + text.size() && from < earlier.end;
                if (!taken) {
                    at = from;
                    break;
                }
            }
            if (at < 0)
                at = doc.text.indexOf(text); // listed more often than it occurs: same place
            if (at < 0) {
                *error =
                    QStringLiteral("%1:%2: expected text \"%3\" is not in the text").arg(path).arg(lineNo).arg(text);
                return false;
            }
            doc.expected.append({c, at, at + text.size()});
        }
        out->append(doc);
    }
    return true;
}

bool isChecksumBacked(ScanCategory category)
{
    switch (category) {
    case ScanCategory::Iban:
    case ScanCategory::TaxId:
    case ScanCategory::PensionNumber:
    case ScanCategory::HealthInsuranceNumber:
    case ScanCategory::IdCard:
    case ScanCategory::Passport:
        return true;
    default:
        return false;
    }
}

namespace {

bool overlaps(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    return a0 < b1 && b0 < a1;
}

void addTo(CategoryScore& total, const CategoryScore& s)
{
    total.expected += s.expected;
    total.found += s.found;
    total.predicted += s.predicted;
    total.correct += s.correct;
}

} // namespace

Scores score(const QList<Document>& documents, const Scanner& scanner)
{
    Scores s;
    for (const Document& doc : documents) {
        const QList<ScanFinding> findings = scanner.scan(doc.text);
        if (doc.expected.isEmpty()) {
            ++s.cleanDocuments;
            if (!findings.isEmpty()) {
                ++s.flaggedClean;
                for (const ScanFinding& f : findings)
                    s.falseAlarms << QStringLiteral("%1 %2 „%3“").arg(doc.id, scanCategoryId(f.category), f.text);
            }
        } else {
            ++s.sensitiveDocuments;
            s.flaggedSensitive += findings.isEmpty() ? 0 : 1;
        }
        bool docHit = false;
        for (const Expected& e : doc.expected) {
            auto& cs = s.byCategory[static_cast<std::size_t>(e.category)];
            ++cs.expected;
            bool found = false;
            bool any = false;
            for (const ScanFinding& f : findings) {
                if (!overlaps(e.start, e.end, f.start, f.end()))
                    continue;
                any = true;
                found |= f.category == e.category;
            }
            cs.found += found ? 1 : 0;
            s.anyOverlapFound += any ? 1 : 0;
            docHit |= any;
            if (!found)
                s.misses << QStringLiteral("%1 %2 „%3“")
                                .arg(doc.id, scanCategoryId(e.category), doc.text.mid(e.start, e.end - e.start));
        }
        s.documentsWithItemHit += docHit ? 1 : 0;
        for (const ScanFinding& f : findings) {
            auto& cs = s.byCategory[static_cast<std::size_t>(f.category)];
            ++cs.predicted;
            bool correct = false;
            bool anyLabel = false;
            for (const Expected& e : doc.expected) {
                const bool hit = overlaps(e.start, e.end, f.start, f.end());
                correct |= hit && e.category == f.category;
                anyLabel |= hit;
            }
            cs.correct += correct ? 1 : 0;
            s.findingsOnAnyLabel += anyLabel ? 1 : 0;
            if (!correct && !doc.expected.isEmpty())
                s.falseAlarms << QStringLiteral("%1 %2 „%3“").arg(doc.id, scanCategoryId(f.category), f.text);
        }
    }
    for (int k = 0; k < kScanCategoryCount; ++k) {
        const auto& cs = s.byCategory[static_cast<std::size_t>(k)];
        addTo(s.all, cs);
        if (isChecksumBacked(static_cast<ScanCategory>(k)))
            addTo(s.checksumBacked, cs);
    }
    return s;
}

} // namespace kilotse::eval
