// ODT and ODS (OpenDocument): content.xml (body, notes, annotations, tracked changes, the
// spreadsheet's tables), styles.xml (headers and footers of the master pages) and meta.xml
// (properties), each read as XML in one pass. Repeated rows and cells of a spreadsheet are never
// materialised when empty; repeated non-empty cells are emitted per repeat up to a budget.

#include "documents/Readers.h"
#include "documents/ZipContainer.h"

#include <QCoreApplication>
#include <QSet>

namespace kilotse::documents::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::documents)
};

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");

// Copies of repeated non-empty cells beyond the first, per document: they repeat the same text, so
// more would only cost memory (a few bytes of XML can repeat a cell a million times).
constexpr qint64 kMaxRepeatedCopies = 100000;
constexpr int kMaxSpaces = 1000;        // <text:s text:c="…"/>
constexpr qint64 kMaxIndex = 1LL << 40; // rows and columns counted beyond this stay here (no overflow)

qint64 repeatCount(QStringView value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n > 1 ? std::min<qint64>(n, kMaxIndex) : 1;
}

class OdfPartReader
{
public:
    OdfPartReader(Builder& b, bool spreadsheet) : m_b(b), m_spreadsheet(spreadsheet) {}

    bool read(const QByteArray& data, const QString& entry, bool styles);

    int images = 0;
    int embedded = 0;
    int sheets = 0;
    int sheetCount = 0; // estimate for progress
    QSet<QString> changeAuthors;
    bool skippedRepeats = false;

private:
    enum class Sink
    {
        Emit,        // each paragraph is a segment at `place`
        CellText,    // into the current cell's text
        CellComment, // into the current cell's comment
    };
    struct Context
    {
        int depth = 0;
        Sink sink = Sink::Emit;
        Place place;
    };
    struct Para
    {
        int depth = 0;
        QString text;
        QString change; // inserted text of a tracked change
        bool inChange = false;
        bool emitted = false;
        Sink sink = Sink::Emit; // where the paragraph goes: its context when it started
        Place place;
    };
    struct Cell
    {
        qint64 column = 0;
        qint64 repeat = 1;
        QString text;
        QStringList comments;
    };

    const Context& context() const { return m_contexts.last(); }
    void pushContext(int depth, Sink sink, Place place) { m_contexts.append(Context{depth, sink, std::move(place)}); }
    bool flushPiece(Para& para, bool change);
    bool endRow();

    Builder& m_b;
    bool m_spreadsheet = false;
    QList<Context> m_contexts;
    QList<Para> m_paras;
    QSet<QString> m_insertions; // ids of changed regions that are insertions
    QString m_region;
    int m_frameDepth = 0;
    bool m_frameCounted = false;
    // Spreadsheet state.
    QString m_sheet;
    int m_tableDepth = 0; // depth of the open table:table of a spreadsheet (0: none)
    qint64 m_row = 0;     // rows before the current one
    qint64 m_rowRepeat = 1;
    qint64 m_column = 0;
    bool m_inCell = false;
    Cell m_cell;
    QString m_cellValue; // office:value & co., for cells without a paragraph
    QList<Cell> m_cells;
    qint64 m_repeatBudget = kMaxRepeatedCopies;
};

bool OdfPartReader::flushPiece(Para& para, bool change)
{
    QString& text = change ? para.change : para.text;
    if (text.isEmpty())
        return true;
    bool ok = true;
    switch (para.sink) {
    case Sink::Emit: {
        Place place = para.place;
        if (change) {
            place = Place{};
            place.kind = Place::Kind::TrackedChange;
        }
        ok = m_b.add(place, text, para.emitted ? QChar(u' ') : QChar(u'\n'));
        para.emitted = true;
        break;
    }
    case Sink::CellText:
        if (!m_cell.text.isEmpty())
            m_cell.text += u'\n';
        m_cell.text += text;
        break;
    case Sink::CellComment:
        m_cell.comments.append(text);
        break;
    }
    text.clear();
    return ok;
}

bool OdfPartReader::endRow()
{
    if (m_cells.isEmpty()) {
        m_row = std::min(m_row + m_rowRepeat, kMaxIndex); // empty rows cost nothing, however many
        return true;
    }
    Place cellPlace;
    cellPlace.kind = Place::Kind::Cell;
    cellPlace.sheet = m_sheet;
    Place commentPlace = cellPlace;
    commentPlace.kind = Place::Kind::Comment;
    for (qint64 r = 0; r < m_rowRepeat; ++r) {
        if (r > 0 && --m_repeatBudget < 0) {
            skippedRepeats = true;
            break;
        }
        const qint64 row = m_row + r + 1;
        bool first = true;
        for (const Cell& cell : std::as_const(m_cells)) {
            for (qint64 c = 0; c < cell.repeat; ++c) {
                if (c > 0 && --m_repeatBudget < 0) {
                    skippedRepeats = true;
                    break;
                }
                if (cell.text.isEmpty())
                    break;
                cellPlace.cell = cellAddress(cell.column + c, row);
                if (!m_b.add(cellPlace, cell.text, first ? u'\n' : u'\t'))
                    return false;
                first = false;
            }
        }
        for (const Cell& cell : std::as_const(m_cells)) {
            commentPlace.cell = cellAddress(cell.column, row);
            for (const QString& comment : cell.comments)
                if (!m_b.add(commentPlace, comment))
                    return false;
        }
        if ((r & 1023) == 1023 && m_b.cancelled())
            return false;
    }
    m_cells.clear();
    m_row = std::min(m_row + m_rowRepeat, kMaxIndex);
    return true;
}

bool OdfPartReader::read(const QByteArray& data, const QString& entry, bool styles)
{
    XmlParser x(data, entry, m_b);
    m_contexts.clear();
    m_paras.clear();
    pushContext(0, Sink::Emit, Place{});
    bool ok = true;
    while (ok && x.next()) {
        if (x.isStart()) {
            const QStringView n = x.name();
            const QStringView ns = x.ns();
            const int depth = x.depth();
            if (ns == kText) {
                if (n == u"p" || n == u"h") {
                    if (!m_paras.isEmpty() && m_paras.last().sink == Sink::Emit)
                        ok = flushPiece(m_paras.last(), m_paras.last().inChange);
                    m_paras.append(Para{depth, {}, {}, false, false, context().sink, context().place});
                } else if (n == u"s") {
                    bool okCount = false;
                    const int count = x.attr(u"text:c").toInt(&okCount);
                    if (!m_paras.isEmpty()) {
                        Para& p = m_paras.last();
                        (p.inChange ? p.change : p.text) +=
                            QString(okCount ? std::clamp(count, 1, kMaxSpaces) : 1, u' ');
                    }
                } else if (n == u"tab" || n == u"line-break") {
                    if (!m_paras.isEmpty()) {
                        Para& p = m_paras.last();
                        (p.inChange ? p.change : p.text) += n == u"tab" ? u'\t' : u'\n';
                    }
                } else if (n == u"note-citation" || n == u"sequence-decls" || n == u"variable-decls" ||
                           n == u"user-field-decls" || n == u"tracked-changes-view") {
                    x.skipElement();
                } else if (n == u"note-body") {
                    Place place;
                    place.kind = Place::Kind::Footnote;
                    pushContext(depth, Sink::Emit, place);
                } else if (n == u"tracked-changes") {
                    Place place;
                    place.kind = Place::Kind::TrackedChange;
                    pushContext(depth, Sink::Emit, place);
                } else if (n == u"changed-region") {
                    m_region = x.attr(u"text:id").toString();
                    if (m_region.isEmpty())
                        m_region = x.attr(u"xml:id").toString();
                } else if (n == u"insertion") {
                    m_insertions.insert(m_region);
                } else if (n == u"change-start" && !m_paras.isEmpty() &&
                           m_insertions.contains(x.attr(u"text:change-id").toString())) {
                    Para& p = m_paras.last();
                    ok = flushPiece(p, false);
                    p.inChange = true;
                } else if (n == u"change-end" && !m_paras.isEmpty() && m_paras.last().inChange) {
                    Para& p = m_paras.last();
                    ok = flushPiece(p, true);
                    p.inChange = false;
                }
            } else if (ns == kOffice) {
                if (n == u"annotation") {
                    Place place;
                    place.kind = Place::Kind::Comment;
                    pushContext(depth, m_inCell ? Sink::CellComment : Sink::Emit, place);
                } else if (n == u"binary-data" || n == u"forms" || n == u"scripts" || n == u"font-face-decls" ||
                           n == u"settings" || n == u"event-listeners" ||
                           (styles && (n == u"styles" || n == u"automatic-styles"))) {
                    x.skipElement();
                } else if (n == u"change-info") {
                    const int parent = depth - 1;
                    while (x.next() && !(x.isEnd() && x.depth() == parent)) {
                        if (x.isStart() && x.ns() == kDc && x.name() == u"creator") {
                            const std::optional<QString> author = x.elementText();
                            if (author && !author->trimmed().isEmpty())
                                changeAuthors.insert(author->trimmed());
                        }
                    }
                }
            } else if (ns == kDc) {
                if (n == u"creator" && context().place.kind == Place::Kind::Comment) {
                    const std::optional<QString> author = x.elementText();
                    if (!author)
                        break;
                    if (context().sink == Sink::CellComment)
                        m_cell.comments.append(author->trimmed());
                    else
                        ok = m_b.add(context().place, author->trimmed());
                } else {
                    x.skipElement(); // dc:date
                }
            } else if (ns == kMeta && n == u"date-string") {
                x.skipElement();
            } else if (ns == kDraw) {
                if (n == u"frame") {
                    m_frameDepth = depth;
                    m_frameCounted = false;
                } else if (n == u"image") {
                    if (m_frameDepth == 0 || !m_frameCounted)
                        ++images;
                    m_frameCounted = m_frameDepth > 0;
                } else if (n == u"object" || n == u"object-ole") {
                    ++embedded;
                }
            } else if (ns == kStyle) {
                if (n == u"header" || n == u"header-left" || n == u"header-first" || n == u"footer" ||
                    n == u"footer-left" || n == u"footer-first") {
                    Place place;
                    place.kind = n.startsWith(u"header") ? Place::Kind::Header : Place::Kind::Footer;
                    place.name = entry;
                    pushContext(depth, Sink::Emit, place);
                }
            } else if (ns == kTable && m_spreadsheet) {
                if (n == u"table" && m_tableDepth == 0) {
                    m_tableDepth = depth;
                    m_sheet = x.attr(u"table:name").toString();
                    m_row = 0;
                    m_b.progress(sheets, std::max(sheetCount, sheets + 1));
                    ++sheets;
                    Place place;
                    place.kind = Place::Kind::SheetName;
                    place.sheet = m_sheet;
                    ok = m_b.add(place, m_sheet);
                } else if (n == u"table" && m_inCell) {
                    x.skipElement(); // a table inside a cell: not read
                } else if (n == u"table-row" && m_tableDepth > 0) {
                    m_rowRepeat = repeatCount(x.attr(u"table:number-rows-repeated"));
                    m_column = 0;
                    m_cells.clear();
                } else if ((n == u"table-cell" || n == u"covered-table-cell") && m_tableDepth > 0 && !m_inCell) {
                    m_inCell = true;
                    m_cell = Cell{m_column, repeatCount(x.attr(u"table:number-columns-repeated")), {}, {}};
                    m_cellValue.clear();
                    for (const char16_t* a : {u"office:string-value", u"office:value", u"office:date-value",
                                              u"office:time-value", u"office:boolean-value"}) {
                        const QStringView v = x.attr(QStringView(a));
                        if (!v.isEmpty()) {
                            m_cellValue = v.toString();
                            break;
                        }
                    }
                    Place place;
                    place.kind = Place::Kind::Cell;
                    pushContext(depth, Sink::CellText, place);
                }
            }
        } else if (x.isEnd()) {
            const int depth = x.depth(); // the parent's depth
            if (!m_paras.isEmpty() && m_paras.last().depth == depth + 1) {
                Para& p = m_paras.last();
                ok = flushPiece(p, true) && flushPiece(p, false);
                m_paras.removeLast();
            }
            if (m_frameDepth == depth + 1)
                m_frameDepth = 0;
            if (m_inCell && context().depth == depth + 1 && context().sink == Sink::CellText) {
                m_inCell = false;
                if (m_cell.text.isEmpty())
                    m_cell.text = m_cellValue;
                if (!m_cell.text.isEmpty() || !m_cell.comments.isEmpty())
                    m_cells.append(m_cell);
                m_column = std::min(m_column + m_cell.repeat, kMaxIndex);
            } else if (m_tableDepth > 0 && x.ns() == kTable && x.name() == u"table-row" && !m_inCell) {
                ok = ok && endRow();
            } else if (m_tableDepth == depth + 1) {
                m_tableDepth = 0;
            }
            while (m_contexts.size() > 1 && context().depth > depth)
                m_contexts.removeLast();
        } else if (x.isText() && !m_paras.isEmpty()) {
            Para& p = m_paras.last();
            (p.inChange ? p.change : p.text) += x.text();
        }
    }
    return ok && !x.failed();
}

bool readMeta(ZipContainer& zip, Builder& b)
{
    const QString entry = QStringLiteral("meta.xml");
    if (!zip.contains(entry))
        return true;
    const std::optional<QByteArray> data = zip.read(entry);
    if (!data)
        return false;
    XmlParser x(*data, entry, b);
    while (x.next()) {
        if (!x.isStart() || x.depth() != 3)
            continue;
        const QStringView n = x.name();
        QString name;
        if (x.ns() == kMeta && n == u"initial-creator")
            name = QStringLiteral("initial-creator");
        else if (x.ns() == kMeta && n == u"printed-by")
            name = QStringLiteral("printed-by");
        else if (x.ns() == kMeta && n == u"keyword")
            name = QStringLiteral("keywords");
        else if (x.ns() == kMeta && n == u"user-defined")
            name = x.attr(u"meta:name").toString();
        else if (x.ns() == kDc && (n == u"creator" || n == u"title" || n == u"subject" || n == u"description"))
            name = n.toString();
        if (name.isEmpty())
            continue;
        const std::optional<QString> text = x.elementText();
        if (!text)
            return false;
        Place place;
        place.kind = Place::Kind::Property;
        place.name = name;
        if (!b.add(place, text->trimmed()))
            return false;
    }
    return !x.failed();
}

} // namespace

bool readOpenDocument(const QByteArray& bytes, Format format, Builder& b)
{
    ZipContainer zip(bytes, b);
    if (!zip.open())
        return false;
    const QString manifest = QStringLiteral("META-INF/manifest.xml");
    if (zip.contains(manifest)) {
        const std::optional<QByteArray> data = zip.read(manifest);
        if (!data)
            return false;
        XmlParser x(*data, manifest, b);
        while (x.next())
            if (x.isStart() && x.name() == u"encryption-data")
                return b.fail(Problem::Encrypted, Tr::tr("the OpenDocument file is password-protected; remove the "
                                                         "protection to check it"));
        if (x.failed())
            return false;
    }
    const QString contentEntry = QStringLiteral("content.xml");
    if (!zip.contains(contentEntry))
        return b.fail(Problem::Corrupt, Tr::tr("the OpenDocument file has no content (entry content.xml is missing)"));
    const bool spreadsheet = format == Format::Ods;
    OdfPartReader reader(b, spreadsheet);
    {
        const std::optional<QByteArray> content = zip.read(contentEntry);
        if (!content)
            return false;
        if (spreadsheet)
            reader.sheetCount = int(content->count("<table:table ")); // for progress only
        else
            b.progress(0, 3);
        if (!reader.read(*content, contentEntry, false))
            return false;
    }
    if (spreadsheet)
        b.setSheets(reader.sheets);
    const QString stylesEntry = QStringLiteral("styles.xml");
    if (zip.contains(stylesEntry)) {
        if (!spreadsheet)
            b.progress(1, 3);
        const std::optional<QByteArray> styles = zip.read(stylesEntry);
        if (!styles)
            return false;
        OdfPartReader styleReader(b, false);
        if (!styleReader.read(*styles, stylesEntry, true))
            return false;
        reader.images += styleReader.images;
    }
    QStringList authors(reader.changeAuthors.cbegin(), reader.changeAuthors.cend());
    authors.sort();
    for (const QString& author : authors) {
        Place place;
        place.kind = Place::Kind::TrackedChange;
        place.name = QStringLiteral("author");
        if (!b.add(place, author))
            return false;
    }
    if (!readMeta(zip, b))
        return false;
    if (reader.skippedRepeats) {
        Unread skipped{
            Unread::Kind::Skipped,
            {},
            1,
            Tr::tr("cells repeated more than %L1 times in all are not read again (they repeat the same text)")
                .arg(kMaxRepeatedCopies)};
        skipped.place.name = Tr::tr("repeated cells");
        b.addUnread(std::move(skipped));
    }
    if (reader.images > 0)
        b.addUnread(Unread{Unread::Kind::Images, {}, reader.images, {}});
    if (reader.embedded > 0)
        b.addUnread(Unread{Unread::Kind::Embedded, {}, reader.embedded, {}});
    if (spreadsheet)
        b.progress(reader.sheets, reader.sheets);
    else
        b.progress(3, 3);
    return true;
}

} // namespace kilotse::documents::detail
