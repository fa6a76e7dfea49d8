#include "documents/DocumentScan.h"

#include <algorithm>

namespace kilotse::documents {

QList<FindingPlace> findingPlaces(const Document& document, const QList<ScanFinding>& findings)
{
    QList<FindingPlace> places;
    places.reserve(findings.size());
    const bool lines = document.format == Format::Text;
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype pos = 0;
    const QList<Segment>& segments = document.segments;
    for (const ScanFinding& f : findings) {
        FindingPlace fp;
        // The segment holding the start; on a separator, the segment that follows.
        auto next = std::upper_bound(segments.cbegin(), segments.cend(), f.start,
                                     [](qsizetype o, const Segment& s) { return o < s.start; });
        auto holder = next;
        if (next != segments.cbegin() && std::prev(next)->start + std::prev(next)->length > f.start)
            holder = std::prev(next);
        if (holder != segments.cend()) {
            fp.place = holder->place;
            fp.offset = std::max<qsizetype>(0, f.start - holder->start);
        }
        if (lines) {
            for (; pos < f.start && pos < document.text.size(); ++pos)
                if (document.text[pos] == u'\n') {
                    ++line;
                    lineStart = pos + 1;
                }
            fp.line = line;
            fp.column = f.start - lineStart + 1;
        }
        places.append(std::move(fp));
    }
    return places;
}

} // namespace kilotse::documents
