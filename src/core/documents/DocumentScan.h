#pragma once

// Scanning an extracted document: the same Scanner as for typed text, over the document's text,
// and each finding's place in the file (page, sheet and cell, header, mail part …).

#include "documents/Document.h"
#include "scan/Scanner.h"

namespace kilotse::documents {

struct FindingPlace
{
    Place place;
    qsizetype offset = 0; // UTF-16 units from the start of the place's piece of text
    // Text files: line and column (from 1, columns in characters) of the finding; 0 elsewhere.
    qsizetype line = 0;
    qsizetype column = 0;
};

// The places of `findings` (sorted by start, as Scanner::scan returns them) in `document`. A
// finding that starts on a separator between pieces gets the place of the piece that follows.
QList<FindingPlace> findingPlaces(const Document& document, const QList<ScanFinding>& findings);

} // namespace kilotse::documents
