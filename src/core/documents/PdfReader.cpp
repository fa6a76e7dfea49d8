// PDF through poppler-cpp: the text of each page in reading order (physical layout, so that a
// label and its value stay on one line), the document information (author, title, subject,
// keywords), pages without a text layer (scans) listed as unread. The file is read from memory
// (load_from_raw_data, no temporary file); poppler's own diagnostics are silenced, since they may
// quote pieces of the file.

#include "documents/Readers.h"

#include <QCoreApplication>

#include <climits>
#include <memory>
#include <mutex>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace kilotse::documents::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::documents)
};

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

QString toQString(const poppler::ustring& text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// poppler's page text: lines end with '\n', pages may end with a form feed; lines are padded with
// spaces in physical layout. Keeps the line structure, drops the padding at line ends.
QString cleanPageText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(u'\f', u'\n');
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line[end - 1].isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

// The PDF ends with "%%EOF" (within its last 1024 bytes, as readers accept it); without it the file
// was cut off, and poppler would quietly rebuild what is left — a check of half a file must not
// pass for a check of the whole.
bool hasEndMarker(const QByteArray& bytes)
{
    const qsizetype tail = std::min<qsizetype>(bytes.size(), 1024);
    return QByteArrayView(bytes).last(tail).indexOf("%%EOF") >= 0;
}
} // namespace

bool readPdf(const QByteArray& bytes, Builder& builder)
{
    silencePoppler();
    if (bytes.size() > INT_MAX)
        return builder.fail(Problem::TooLarge, Tr::tr("the PDF is too large to be read"));
    if (!hasEndMarker(bytes))
        return builder.fail(Problem::Corrupt,
                            Tr::tr("the PDF is incomplete (its end is missing) – it was probably cut off while "
                                   "saving or downloading; save it again"));
    // poppler reads straight from `bytes` (no copy): they outlive the document.
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document)
        return builder.fail(Problem::Corrupt,
                            Tr::tr("the PDF cannot be read (damaged or not a PDF) – open and save it again"));
    if (document->is_locked())
        return builder.fail(Problem::Encrypted, Tr::tr("the PDF is password-protected; remove the protection or "
                                                       "check it unencrypted"));
    const int pages = document->pages();
    if (pages <= 0)
        return builder.fail(Problem::Corrupt, Tr::tr("the PDF has no pages"));
    if (pages > builder.limits().maxPages)
        return builder.fail(Problem::TooLarge, Tr::tr("the PDF has %L1 pages; at most %L2 can be checked at once – "
                                                      "split the file")
                                                   .arg(pages)
                                                   .arg(builder.limits().maxPages));
    builder.setPages(pages);

    QList<int> withoutText;
    for (int i = 0; i < pages; ++i) {
        if (builder.cancelled())
            return false;
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        const QString text = page ? cleanPageText(toQString(page->text())) : QString();
        if (text.trimmed().isEmpty()) {
            withoutText.append(i + 1);
        } else {
            Place place;
            place.kind = Place::Kind::Page;
            place.page = i + 1;
            if (!builder.add(std::move(place), text))
                return false;
        }
        builder.progress(i + 1, pages);
    }

    if (withoutText.size() == pages) {
        // Only pictures: a scan. Nothing else is added (not even the document information), so that
        // the document counts as one without text and is never taken for a clean one.
        builder.addUnread(Unread{Unread::Kind::NoTextLayer, {}, 1, {}});
        return true;
    }
    for (const int page : withoutText) {
        Unread unread{Unread::Kind::NoTextLayer, {}, 1, {}};
        unread.place.page = page;
        builder.addUnread(std::move(unread));
    }

    const std::pair<const char*, poppler::ustring> info[] = {
        {"author", document->get_author()},
        {"title", document->get_title()},
        {"subject", document->get_subject()},
        {"keywords", document->get_keywords()},
    };
    for (const auto& [name, value] : info) {
        const QString text = toQString(value).trimmed();
        if (text.isEmpty())
            continue;
        Place place;
        place.kind = Place::Kind::Property;
        place.name = QLatin1String(name);
        if (!builder.add(std::move(place), text))
            return false;
    }
    return true;
}

} // namespace kilotse::documents::detail
