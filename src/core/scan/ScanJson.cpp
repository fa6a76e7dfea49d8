#include "scan/ScanJson.h"

#include "policy/JsonText.h"

#include <nlohmann/json.hpp>

namespace kilotse {

using ojson = nlohmann::ordered_json;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

// UTF-8 length of text[from, to) — counts surrogate pairs as one 4-byte character.
qsizetype utf8Length(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype bytes = 0;
    for (qsizetype k = from; k < to; ++k) {
        const char16_t c = text[k].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && k + 1 < to && QChar::isLowSurrogate(text[k + 1].unicode())) {
            bytes += 4;
            ++k;
        } else
            bytes += 3;
    }
    return bytes;
}

} // namespace

QByteArray scanToJson(const ScanRules& rules, QStringView text, const QList<ScanFinding>& findings,
                      const ScanSummary& summary, const ScanSuggestion& suggestion)
{
    ojson list = ojson::array();
    qsizetype utf8Pos = 0;
    qsizetype utf16Pos = 0;
    for (const ScanFinding& f : findings) {
        utf8Pos += utf8Length(text, utf16Pos, f.start);
        utf16Pos = f.start;
        const qsizetype utf8Len = utf8Length(text, f.start, f.end());
        const ScanCategoryInfo& info = rules.info(f.category);
        list.push_back(ojson{{"category", u8(scanCategoryId(f.category))},
                             {"label", u8(info.label)},
                             {"start", f.start},
                             {"length", f.length},
                             {"utf8_start", utf8Pos},
                             {"utf8_length", utf8Len},
                             {"text", u8(f.text)},
                             {"confidence", std::round(f.confidence * 100) / 100},
                             {"explanation", u8(f.explanation)}});
    }
    ojson counts = ojson::object();
    for (int k = 0; k < kScanCategoryCount; ++k)
        if (summary.counts[static_cast<std::size_t>(k)] > 0)
            counts[u8(scanCategoryId(static_cast<ScanCategory>(k)))] = summary.counts[static_cast<std::size_t>(k)];
    ojson answers = ojson::object();
    for (auto it = summary.answers.cbegin(); it != summary.answers.cend(); ++it)
        answers[u8(it.key())] = u8(it.value());
    const ojson doc{{"findings", list},
                    {"suggested_level", suggestion.level},
                    {"suggested_verdict", u8(suggestion.verdictId)},
                    {"suggested_answers", answers},
                    {"counts", counts},
                    {"offsets", "utf16"},
                    {"pseudonymised_is_personal", rules.pseudonymisedIsPersonal}};
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

QByteArray pseudonymisedToJson(const Pseudonymised& result, const ScanRules& rules)
{
    ojson mapping = ojson::array();
    for (const PseudonymEntry& e : result.entries)
        mapping.push_back(ojson{{"placeholder", u8(e.placeholder)},
                                {"category", u8(scanCategoryId(e.category))},
                                {"original", u8(e.original)}});
    const ojson doc{{"text", u8(result.text)},
                    {"replaced", result.replaced},
                    {"mapping", mapping},
                    {"pseudonymised_is_personal", rules.pseudonymisedIsPersonal},
                    {"note", u8(rules.pseudonymisedNote)}};
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

bool pseudonymMappingFromJson(const QByteArray& bytes, QList<PseudonymEntry>* entries, QString* error)
{
    Diagnostics problems;
    const auto doc = json::JsonText::parse(bytes, QStringLiteral("mapping"), problems);
    if (!doc) {
        *error = problems.isEmpty() ? QStringLiteral("not JSON") : problems.first().toString();
        return false;
    }
    const auto& root = doc->root();
    const auto mapping = root.is_object() ? root.find("mapping") : root.end();
    if (!root.is_object() || mapping == root.end() || !mapping->is_array()) {
        *error = QStringLiteral("the mapping file needs an array \"mapping\"");
        return false;
    }
    for (std::size_t i = 0; i < mapping->size(); ++i) {
        const auto& e = (*mapping)[i];
        const auto p = e.is_object() ? e.find("placeholder") : e.end();
        const auto o = e.is_object() ? e.find("original") : e.end();
        if (!e.is_object() || p == e.end() || o == e.end() || !p->is_string() || !o->is_string()) {
            *error = QStringLiteral("/mapping/%1: needs \"placeholder\" and \"original\" strings").arg(i);
            return false;
        }
        const auto c = e.find("category");
        entries->append({QString::fromStdString(p->get<std::string>()), QString::fromStdString(o->get<std::string>()),
                         c != e.end() && c->is_string()
                             ? scanCategoryFromId(QString::fromStdString(c->get<std::string>()))
                             : ScanCategory::Count});
    }
    return true;
}

} // namespace kilotse
