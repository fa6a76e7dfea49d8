// libFuzzer targets for the document readers (one binary per reader; KI_LOTSE_FUZZ_FORMAT picks
// it: fuzz-pdf, fuzz-mail, fuzz-docx, fuzz-xlsx, fuzz-odt, fuzz-ods, fuzz-text). The input goes
// straight to the reader, not through format detection, so that mutations of a seed keep hitting
// that reader. Checks the contract on every input: no crash, no hang (the limits are kept small so
// a bomb is refused quickly), and a document that was read has segments in bounds, sorted and not
// overlapping, each with text.

#include "documents/Document.h"
#include "documents/Readers.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace kilotse::documents;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz-document";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    ExtractOptions options;
    options.limits.maxTextChars = 4 * 1024 * 1024;
    options.limits.maxUnpackedBytes = 32 * 1024 * 1024;
    options.limits.maxPages = 200;
    Document document;
    document.fileName = QStringLiteral("fuzz");
    document.format = KI_LOTSE_FUZZ_FORMAT;
    detail::Builder builder(document, options);
    const bool ok = detail::extractInto(bytes, KI_LOTSE_FUZZ_FORMAT, builder);
    if (ok != (builder.problem() == Problem::None))
        std::abort(); // a reader returned false without a problem (or the other way round)
    if (!ok)
        return 0;
    qsizetype end = 0;
    for (const Segment& s : document.segments) {
        if (s.start < end || s.length <= 0 || s.start + s.length > document.text.size())
            std::abort();
        end = s.start + s.length;
    }
    return 0;
}
