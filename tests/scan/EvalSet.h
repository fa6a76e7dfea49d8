#pragma once

#include "scan/Scanner.h"

#include <QList>
#include <QString>

#include <array>

// The labelled evaluation set of the draft scanner (tests/data/scan-eval/eval.jsonl) and the
// scores of a scanner on it. Shared by the scan-eval test tool and the throughput benchmark.
namespace kilotse::eval {

struct Expected
{
    ScanCategory category;
    qsizetype start;
    qsizetype end;
};

struct Document
{
    QString id;
    QString text;
    QList<Expected> expected;
};

// Reads the JSON lines; each expected text is located in the document (the n-th listing of the
// same text is its n-th occurrence). Returns false with a message naming line and field.
bool load(const QString& path, QList<Document>* out, QString* error);

struct CategoryScore
{
    int expected = 0;  // labelled items
    int found = 0;     // labelled items a finding of the same category overlaps
    int predicted = 0; // findings of this category
    int correct = 0;   // findings overlapping a labelled item of the same category
    double recall() const { return expected ? double(found) / expected : 1.0; }
    double precision() const { return predicted ? double(correct) / predicted : 1.0; }
};

struct Scores
{
    std::array<CategoryScore, kScanCategoryCount> byCategory{};
    CategoryScore checksumBacked; // IBAN, TAX_ID, PENSION_NUMBER, HEALTH_INSURANCE_NUMBER, ID_CARD, PASSPORT
    CategoryScore all;
    int sensitiveDocuments = 0;
    int flaggedSensitive = 0; // sensitive documents with at least one finding
    int cleanDocuments = 0;
    int flaggedClean = 0;         // clean documents with any finding (false alarm)
    int anyOverlapFound = 0;      // labelled items overlapped by a finding of any category
    int findingsOnAnyLabel = 0;   // findings overlapping a labelled item of any category
    int documentsWithItemHit = 0; // sensitive documents where a finding overlaps a labelled item
    QStringList misses;           // "e012 IBAN „…“" for the report
    QStringList falseAlarms;

    double documentRecall() const { return sensitiveDocuments ? double(flaggedSensitive) / sensitiveDocuments : 1.0; }
    // Category-agnostic: was the personal datum found at all, whatever it was called?
    double agnosticRecall() const { return all.expected ? double(anyOverlapFound) / all.expected : 1.0; }
    double agnosticPrecision() const { return all.predicted ? double(findingsOnAnyLabel) / all.predicted : 1.0; }
    double agnosticF1() const
    {
        const double p = agnosticPrecision();
        const double r = agnosticRecall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    double cleanFalseAlarmRate() const { return cleanDocuments ? double(flaggedClean) / cleanDocuments : 0.0; }
};

bool isChecksumBacked(ScanCategory category);
Scores score(const QList<Document>& documents, const Scanner& scanner);

} // namespace kilotse::eval
