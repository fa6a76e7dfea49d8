#include "documents/DocumentScan.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

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

QString fileStatusId(FileScan::Status status)
{
    switch (status) {
    case FileScan::Status::Checked:
        return QStringLiteral("checked");
    case FileScan::Status::NoText:
        return QStringLiteral("no-text");
    case FileScan::Status::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

FileScan scanExtracted(const ExtractResult& extracted, const QString& path, const Scanner& scanner, int threads)
{
    FileScan file;
    file.path = path;
    file.format = extracted.format;
    if (!extracted.document) {
        file.status = FileScan::Status::NotChecked;
        file.problem = extracted.problem;
        file.message = extracted.message;
        return file;
    }
    const Document& document = *extracted.document;
    file.format = document.format;
    file.encoding = document.encoding;
    file.pages = document.pages;
    file.sheets = document.sheets;
    file.characters = document.text.size();
    file.unread = document.unread;
    if (document.noText()) {
        file.status = FileScan::Status::NoText;
        return file;
    }
    file.status = FileScan::Status::Checked;
    file.findings = threads > 1 ? scanner.scanConcurrently(document.text, threads) : scanner.scan(document.text);
    file.places = findingPlaces(document, file.findings);
    file.summary = summariseScan(scanner.rules(), file.findings);
    return file;
}

FileScan scanFile(const QString& path, const Scanner& scanner, const ExtractOptions& options, int threads)
{
    return scanExtracted(extractFile(path, options), path, scanner, threads);
}

FileScan scanDocumentBytes(const QByteArray& bytes, const QString& name, const Scanner& scanner,
                           const ExtractOptions& options, int threads)
{
    return scanExtracted(extractDocument(bytes, name, options), name, scanner, threads);
}

ScanSummary combinedSummary(const ScanRules& rules, const QList<FileScan>& files)
{
    QList<ScanFinding> all;
    for (const FileScan& f : files)
        all.append(f.findings);
    return summariseScan(rules, all);
}

namespace {

using ojson = nlohmann::ordered_json;

std::string u8(const QString& s)
{
    return s.toStdString();
}

ojson placeJson(const FindingPlace& fp)
{
    const Place& p = fp.place;
    ojson place{{"kind", u8(placeKindId(p.kind))}};
    if (p.page > 0)
        place["page"] = p.page;
    if (!p.sheet.isEmpty())
        place["sheet"] = u8(p.sheet);
    if (!p.cell.isEmpty())
        place["cell"] = u8(p.cell);
    if (!p.name.isEmpty())
        place["name"] = u8(p.name);
    if (!p.part.isEmpty())
        place["part"] = u8(p.part);
    if (!p.container.isEmpty()) {
        ojson chain = ojson::array();
        for (const QString& c : p.container)
            chain.push_back(u8(c));
        place["attachments"] = std::move(chain);
    }
    place["offset"] = fp.offset;
    if (fp.line > 0) {
        place["line"] = fp.line;
        place["column"] = fp.column;
    }
    place["text"] = u8(placeText(p));
    return place;
}

ojson countsJson(const ScanSummary& summary)
{
    ojson counts = ojson::object();
    for (int k = 0; k < kScanCategoryCount; ++k)
        if (const int n = summary.counts[static_cast<std::size_t>(k)]; n > 0)
            counts[u8(scanCategoryId(static_cast<ScanCategory>(k)))] = n;
    return counts;
}

ojson answersJson(const ScanSummary& summary)
{
    ojson answers = ojson::object();
    for (auto it = summary.answers.cbegin(); it != summary.answers.cend(); ++it)
        answers[u8(it.key())] = u8(it.value());
    return answers;
}

ojson findingJson(const ScanRules& rules, const FileScan& file, qsizetype k, bool typed)
{
    const ScanFinding& f = file.findings[k];
    ojson j = ojson::object();
    if (typed) {
        j["type"] = "finding";
        j["file"] = u8(file.path);
    }
    j["category"] = u8(scanCategoryId(f.category));
    j["label"] = u8(rules.info(f.category).label);
    j["place"] = placeJson(file.places.value(k));
    j["start"] = f.start;
    j["length"] = f.length;
    j["text"] = u8(f.text);
    j["confidence"] = std::round(f.confidence * 100) / 100;
    j["explanation"] = u8(f.explanation);
    return j;
}

ojson fileJson(const ScanRules& rules, const FileScan& file, const ScanSuggestion& suggestion, bool withFindings)
{
    ojson j{{"file", u8(file.path)}, {"status", u8(fileStatusId(file.status))}, {"format", u8(formatId(file.format))}};
    if (file.status == FileScan::Status::NotChecked) {
        j["problem"] = u8(problemId(file.problem));
        j["message"] = u8(file.message);
        return j;
    }
    if (!file.encoding.isEmpty())
        j["encoding"] = u8(file.encoding);
    if (file.format == Format::Pdf)
        j["pages"] = file.pages;
    if (file.sheets > 0)
        j["sheets"] = file.sheets;
    j["characters"] = file.characters;
    if (withFindings) {
        ojson findings = ojson::array();
        for (qsizetype k = 0; k < file.findings.size(); ++k)
            findings.push_back(findingJson(rules, file, k, false));
        j["findings"] = std::move(findings);
    } else {
        j["findings"] = file.findings.size();
    }
    ojson unread = ojson::array();
    for (const Unread& u : file.unread) {
        ojson e{{"kind", u8(unreadKindId(u.kind))}, {"count", u.count}};
        if (u.place.page > 0)
            e["page"] = u.place.page;
        if (!u.place.name.isEmpty())
            e["name"] = u8(u.place.name);
        if (!u.place.container.isEmpty()) {
            ojson chain = ojson::array();
            for (const QString& c : u.place.container)
                chain.push_back(u8(c));
            e["attachments"] = std::move(chain);
        }
        e["text"] = u8(unreadText(u));
        unread.push_back(std::move(e));
    }
    j["unread"] = std::move(unread);
    if (file.status == FileScan::Status::Checked) {
        j["suggested_level"] = suggestion.level;
        j["suggested_verdict"] = u8(suggestion.verdictId);
        j["suggested_answers"] = answersJson(file.summary);
        j["counts"] = countsJson(file.summary);
    }
    return j;
}

} // namespace

bool writeFilesJson(const ByteSink& sink, ScanJsonStyle style, const ScanRules& rules, const QList<FileScan>& files,
                    const QList<ScanSuggestion>& suggestions, const ScanSummary& total,
                    const ScanSuggestion& totalSuggestion)
{
    auto put = [&sink](const std::string& s) { return sink(s.data(), s.size()); };
    int checked = 0;
    int noText = 0;
    int notChecked = 0;
    int withFindings = 0;
    qsizetype findings = 0;
    for (const FileScan& f : files) {
        checked += f.status == FileScan::Status::Checked ? 1 : 0;
        noText += f.status == FileScan::Status::NoText ? 1 : 0;
        notChecked += f.status == FileScan::Status::NotChecked ? 1 : 0;
        withFindings += f.findings.isEmpty() ? 0 : 1;
        findings += f.findings.size();
    }
    ojson summary{{"files", files.size()},
                  {"checked", checked},
                  {"no_text", noText},
                  {"not_checked", notChecked},
                  {"with_findings", withFindings},
                  {"findings", findings},
                  {"suggested_level", totalSuggestion.level},
                  {"suggested_verdict", u8(totalSuggestion.verdictId)},
                  {"suggested_answers", answersJson(total)},
                  {"counts", countsJson(total)},
                  {"offsets", "utf16"},
                  {"pseudonymised_is_personal", rules.pseudonymisedIsPersonal}};
    if (style == ScanJsonStyle::Lines) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const FileScan& f = files[i];
            for (qsizetype k = 0; k < f.findings.size(); ++k)
                if (!put(findingJson(rules, f, k, true).dump(-1, ' ', false, ojson::error_handler_t::replace) + '\n'))
                    return false;
            ojson line{{"type", "file"}};
            line.update(fileJson(rules, f, suggestions.value(i), false));
            if (!put(line.dump(-1, ' ', false, ojson::error_handler_t::replace) + '\n'))
                return false;
        }
        ojson last{{"type", "summary"}};
        last.update(summary);
        return put(last.dump(-1, ' ', false, ojson::error_handler_t::replace) + '\n');
    }
    ojson doc = ojson::object();
    ojson list = ojson::array();
    for (qsizetype i = 0; i < files.size(); ++i)
        list.push_back(fileJson(rules, files[i], suggestions.value(i), true));
    doc["files"] = std::move(list);
    doc["summary"] = std::move(summary);
    return put(doc.dump(style == ScanJsonStyle::Pretty ? 2 : -1, ' ', false, ojson::error_handler_t::replace) + '\n');
}

} // namespace kilotse::documents
