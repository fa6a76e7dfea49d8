// DOCX and XLSX (Office Open XML): the parts are found through the package's relationships,
// each part is read as XML in one pass (no DOM), the text goes to the Builder with its place.

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

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kMc = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString kPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString kVml = QStringLiteral("urn:schemas-microsoft-com:vml");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRStrict = QStringLiteral("http://purl.oclc.org/ooxml/officeDocument/relationships");

bool isW(QStringView ns)
{
    return ns == kW || ns == kWStrict;
}

struct Relationship
{
    QString id;
    QString type;   // the last segment of the type URI: "officeDocument", "header", "comments" …
    QString target; // resolved part name
};

// The relationships part of `part` ("word/document.xml" → "word/_rels/document.xml.rels"; "" →
// "_rels/.rels"). A missing part gives an empty list (true); malformed XML fails.
bool readRelationships(ZipContainer& zip, const QString& part, Builder& b, QList<Relationship>* out)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString rels = part.isEmpty() ? QStringLiteral("_rels/.rels")
                                        : part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
                                              QStringLiteral(".rels");
    if (!zip.contains(rels))
        return true;
    const std::optional<QByteArray> data = zip.read(rels);
    if (!data)
        return false;
    XmlParser x(*data, rels, b);
    const QString source = part.isEmpty() ? QStringLiteral("x") : part;
    while (x.next()) {
        if (!x.isStart() || x.name() != u"Relationship")
            continue;
        if (x.attr(u"TargetMode") == u"External")
            continue;
        Relationship r;
        r.id = x.attr(u"Id").toString();
        const QStringView type = x.attr(u"Type");
        r.type = type.sliced(type.lastIndexOf(u'/') + 1).toString();
        r.target = resolvePartPath(source, x.attr(u"Target").toString());
        out->append(std::move(r));
    }
    return !x.failed();
}

QString relTarget(const QList<Relationship>& rels, QStringView type)
{
    for (const Relationship& r : rels)
        if (r.type == type)
            return r.target;
    return {};
}

// docProps/core.xml, app.xml, custom.xml → Property segments.
bool readProperties(ZipContainer& zip, const QList<Relationship>& packageRels, Builder& b)
{
    struct Part
    {
        QString type;
        QString fallback;
    };
    const Part parts[] = {{QStringLiteral("core-properties"), QStringLiteral("docProps/core.xml")},
                          {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")},
                          {QStringLiteral("custom-properties"), QStringLiteral("docProps/custom.xml")}};
    for (const Part& p : parts) {
        QString entry = relTarget(packageRels, p.type);
        if (entry.isEmpty() || !zip.contains(entry))
            entry = p.fallback;
        if (!zip.contains(entry))
            continue;
        const std::optional<QByteArray> data = zip.read(entry);
        if (!data)
            return false;
        XmlParser x(*data, entry, b);
        const bool custom = p.type == QLatin1String("custom-properties");
        QString customName;
        while (x.next()) {
            if (!x.isStart())
                continue;
            QString name;
            if (custom) {
                if (x.depth() == 2 && x.name() == u"property") {
                    customName = x.attr(u"name").toString();
                    continue;
                }
                if (x.depth() == 3)
                    name = customName;
            } else if (x.depth() == 2) {
                static const QHash<QString, QString> names = {
                    {QStringLiteral("creator"), QStringLiteral("creator")},
                    {QStringLiteral("lastModifiedBy"), QStringLiteral("lastModifiedBy")},
                    {QStringLiteral("title"), QStringLiteral("title")},
                    {QStringLiteral("subject"), QStringLiteral("subject")},
                    {QStringLiteral("keywords"), QStringLiteral("keywords")},
                    {QStringLiteral("description"), QStringLiteral("description")},
                    {QStringLiteral("category"), QStringLiteral("category")},
                    {QStringLiteral("Company"), QStringLiteral("company")},
                    {QStringLiteral("Manager"), QStringLiteral("manager")},
                };
                name = names.value(x.name().toString());
            }
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
        if (x.failed())
            return false;
    }
    return true;
}

// ---------------------------------------------------------------- DOCX

struct WordTotals
{
    int pictures = 0;
    QSet<QString> changeAuthors;
};

// One WordprocessingML part: the body, a header or footer, the footnotes, endnotes or comments.
// Each paragraph is a segment of `kind`; inserted and deleted text of tracked changes is a
// TrackedChange segment of its own (pieces of one paragraph are separated by a space).
bool readWordPart(ZipContainer& zip, const QString& entry, Place::Kind kind, Builder& b, WordTotals& totals)
{
    const std::optional<QByteArray> data = zip.read(entry);
    if (!data)
        return false;
    XmlParser x(*data, entry, b);
    Place place;
    place.kind = kind;
    if (kind == Place::Kind::Header || kind == Place::Kind::Footer)
        place.name = entry.mid(entry.lastIndexOf(u'/') + 1);
    Place changePlace;
    changePlace.kind = Place::Kind::TrackedChange;

    struct Para
    {
        QString text;
        bool emitted = false;
    };
    QList<Para> paras;
    QString change;
    int changeDepth = 0; // depth of the open w:ins / w:del (0: none)
    bool collect = false;
    bool ok = true;

    auto separator = [&]() { return !paras.isEmpty() && paras.last().emitted ? QChar(u' ') : QChar(u'\n'); };
    auto flushPiece = [&]() {
        if (paras.isEmpty() || paras.last().text.isEmpty())
            return;
        ok = ok && b.add(place, paras.last().text, separator());
        paras.last().emitted = true;
        paras.last().text.clear();
    };
    auto flushChange = [&]() {
        if (change.isEmpty())
            return;
        ok = ok && b.add(changePlace, change, separator());
        if (!paras.isEmpty())
            paras.last().emitted = true;
        change.clear();
    };
    auto append = [&](QStringView s) {
        if (changeDepth > 0) {
            change += s;
            return;
        }
        if (paras.isEmpty())
            paras.append(Para{});
        paras.last().text += s;
    };

    while (ok && x.next()) {
        if (x.isStart()) {
            const QStringView n = x.name();
            if (!isW(x.ns())) {
                if (x.ns() == kMc && n == u"Fallback")
                    x.skipElement(); // the same content as mc:Choice, for older readers
                else if ((x.ns() == kPic && n == u"pic") || (x.ns() == kVml && n == u"imagedata"))
                    ++totals.pictures;
                continue;
            }
            if (n == u"pPr" || n == u"rPr" || n == u"sectPr" || n == u"tblPr" || n == u"trPr" || n == u"tcPr" ||
                n == u"tblGrid" || n == u"instrText" || n == u"delInstrText" || n == u"fldData" || n == u"tblPrEx") {
                x.skipElement();
            } else if ((n == u"footnote" || n == u"endnote") && !x.attr(u"w:type").isEmpty() &&
                       x.attr(u"w:type") != u"normal") {
                x.skipElement(); // separator lines
            } else if (n == u"comment") {
                const QString author = x.attr(u"w:author").toString();
                paras.clear();
                if (!author.isEmpty())
                    ok = b.add(place, author);
            } else if (n == u"p") {
                flushPiece();
                paras.append(Para{});
            } else if (n == u"ins" || n == u"del" || n == u"moveTo" || n == u"moveFrom") {
                const QString author = x.attr(u"w:author").toString();
                if (!author.isEmpty())
                    totals.changeAuthors.insert(author);
                if (changeDepth == 0) {
                    flushPiece();
                    changeDepth = x.depth();
                }
            } else if (n == u"t" || n == u"delText") {
                collect = true;
            } else if (n == u"tab" || n == u"ptab") {
                append(u"\t");
            } else if (n == u"br" || n == u"cr") {
                append(u"\n");
            } else if (n == u"noBreakHyphen") {
                append(u"-");
            }
        } else if (x.isEnd()) {
            const QStringView n = x.name();
            if (!isW(x.ns()))
                continue;
            if (n == u"t" || n == u"delText") {
                collect = false;
            } else if (changeDepth > 0 && x.depth() == changeDepth - 1) {
                flushChange();
                changeDepth = 0;
            } else if (n == u"p") {
                flushPiece();
                if (!paras.isEmpty())
                    paras.removeLast();
            }
        } else if (collect && x.isText()) {
            append(x.text());
        }
    }
    if (x.failed() || !ok)
        return false;
    flushChange();
    while (ok && !paras.isEmpty()) {
        flushPiece();
        paras.removeLast();
    }
    return ok;
}

bool readDocx(ZipContainer& zip, const QList<Relationship>& packageRels, Builder& b)
{
    QString main = relTarget(packageRels, u"officeDocument");
    if (main.isEmpty() || !zip.contains(main))
        main = QStringLiteral("word/document.xml");
    if (!zip.contains(main))
        return b.fail(Problem::Corrupt, Tr::tr("the Word document has no main part (entry word/document.xml is "
                                               "missing)"));
    QList<Relationship> rels;
    if (!readRelationships(zip, main, b, &rels))
        return false;
    const QString folder = main.left(main.lastIndexOf(u'/') + 1);

    struct Part
    {
        QString entry;
        Place::Kind kind;
    };
    QList<Part> parts{{main, Place::Kind::Body}};
    QSet<QString> seen{main};
    auto addPart = [&](const QString& entry, Place::Kind kind) {
        if (!entry.isEmpty() && zip.contains(entry) && !seen.contains(entry)) {
            seen.insert(entry);
            parts.append({entry, kind});
        }
    };
    // Through the relationships; without them, by the usual names.
    for (const Relationship& r : rels) {
        if (r.type == QLatin1String("header"))
            addPart(r.target, Place::Kind::Header);
        else if (r.type == QLatin1String("footer"))
            addPart(r.target, Place::Kind::Footer);
        else if (r.type == QLatin1String("footnotes") || r.type == QLatin1String("endnotes"))
            addPart(r.target, Place::Kind::Footnote);
        else if (r.type == QLatin1String("comments"))
            addPart(r.target, Place::Kind::Comment);
    }
    for (const QString& name : zip.namesUnder(folder)) {
        const QString file = name.mid(folder.size());
        if (file.contains(u'/') || !file.endsWith(QLatin1String(".xml")))
            continue;
        if (file.startsWith(QLatin1String("header")))
            addPart(name, Place::Kind::Header);
        else if (file.startsWith(QLatin1String("footer")))
            addPart(name, Place::Kind::Footer);
        else if (file == QLatin1String("footnotes.xml") || file == QLatin1String("endnotes.xml"))
            addPart(name, Place::Kind::Footnote);
        else if (file == QLatin1String("comments.xml"))
            addPart(name, Place::Kind::Comment);
    }

    WordTotals totals;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        b.progress(i, parts.size() + 1);
        if (b.cancelled() || !readWordPart(zip, parts[i].entry, parts[i].kind, b, totals))
            return false;
    }
    QStringList authors(totals.changeAuthors.cbegin(), totals.changeAuthors.cend());
    authors.sort();
    for (const QString& author : authors) {
        Place place;
        place.kind = Place::Kind::TrackedChange;
        place.name = QStringLiteral("author");
        if (!b.add(place, author))
            return false;
    }
    if (!readProperties(zip, packageRels, b))
        return false;

    int pictures = totals.pictures;
    if (pictures == 0)
        pictures = int(zip.namesUnder(folder + QStringLiteral("media/")).size());
    if (pictures > 0)
        b.addUnread(Unread{Unread::Kind::Images, {}, pictures, {}});
    const int embedded = int(zip.namesUnder(folder + QStringLiteral("embeddings/")).size());
    if (embedded > 0)
        b.addUnread(Unread{Unread::Kind::Embedded, {}, embedded, {}});
    b.progress(parts.size() + 1, parts.size() + 1);
    return true;
}

// ---------------------------------------------------------------- XLSX

// xl/sharedStrings.xml: each <si> is the text of its <t> elements (rich text runs included),
// without the phonetic guides (<rPh>).
bool readSharedStrings(ZipContainer& zip, const QString& entry, Builder& b, QList<QString>* strings)
{
    const std::optional<QByteArray> data = zip.read(entry);
    if (!data)
        return false;
    XmlParser x(*data, entry, b);
    QString current;
    bool inSi = false;
    while (x.next()) {
        if (x.isStart()) {
            const QStringView n = x.name();
            if (n == u"si") {
                inSi = true;
                current.clear();
            } else if (inSi && n == u"rPh") {
                x.skipElement();
            } else if (inSi && n == u"t") {
                const std::optional<QString> t = x.elementText();
                if (!t)
                    return false;
                current += *t;
            }
        } else if (x.isEnd() && x.name() == u"si") {
            strings->append(current);
            inSi = false;
        }
    }
    return !x.failed();
}

bool readSheetComments(ZipContainer& zip, const QString& entry, const QString& sheet, Builder& b)
{
    const std::optional<QByteArray> data = zip.read(entry);
    if (!data)
        return false;
    XmlParser x(*data, entry, b);
    QStringList authors;
    while (x.next()) {
        if (!x.isStart())
            continue;
        const QStringView n = x.name();
        if (n == u"author") {
            const std::optional<QString> t = x.elementText();
            if (!t)
                return false;
            authors.append(*t);
        } else if (n == u"comment") {
            Place place;
            place.kind = Place::Kind::Comment;
            place.sheet = sheet;
            place.cell = x.attr(u"ref").toString();
            bool okId = false;
            const int authorId = x.attr(u"authorId").toInt(&okId);
            const QString author = okId && authorId >= 0 && authorId < authors.size() ? authors[authorId] : QString();
            QString text;
            // The text of the comment's <t> elements, without phonetic guides.
            const int parent = x.depth() - 1;
            while (x.next()) {
                if (x.isEnd() && x.depth() == parent)
                    break;
                if (x.isStart() && x.name() == u"rPh") {
                    x.skipElement();
                } else if (x.isStart() && x.name() == u"t") {
                    const std::optional<QString> t = x.elementText();
                    if (!t)
                        return false;
                    text += *t;
                }
            }
            if (x.failed())
                return false;
            if (!author.isEmpty() && !text.contains(author) && !b.add(place, author))
                return false;
            if (!b.add(place, text.trimmed()))
                return false;
        }
    }
    return !x.failed();
}

enum class CellType
{
    Number,
    Shared,
    Inline,
    String,
    Boolean,
    Error,
};

bool readWorksheet(ZipContainer& zip, const QString& entry, const QString& sheet, const QList<QString>& shared,
                   int sheetIndex, int sheetCount, Builder& b)
{
    const std::optional<QByteArray> data = zip.read(entry);
    if (!data)
        return false;
    XmlParser x(*data, entry, b);
    Place place;
    place.kind = Place::Kind::Cell;
    place.sheet = sheet;
    qint64 row = 0;
    qint64 column = -1;
    qint64 rows = 0;
    bool firstInRow = true;
    bool inCell = false;
    bool inInline = false;
    CellType type = CellType::Number;
    QString cell;
    QString value;
    while (x.next()) {
        if (x.isStart()) {
            const QStringView n = x.name();
            if (n == u"row") {
                bool okRow = false;
                const qint64 r = x.attr(u"r").toLongLong(&okRow);
                row = okRow && r > 0 ? std::min<qint64>(r, 1LL << 40) : std::min<qint64>(row + 1, 1LL << 40);
                column = -1;
                firstInRow = true;
                if (++rows % 1000 == 0) {
                    b.progress(sheetIndex, sheetCount);
                    if (b.cancelled())
                        return false;
                }
            } else if (n == u"c") {
                inCell = true;
                value.clear();
                const QStringView t = x.attr(u"t");
                type = t == u"s"           ? CellType::Shared
                       : t == u"inlineStr" ? CellType::Inline
                       : t == u"str"       ? CellType::String
                       : t == u"b"         ? CellType::Boolean
                       : t == u"e"         ? CellType::Error
                                           : CellType::Number;
                const QStringView ref = x.attr(u"r");
                qint64 c = 0;
                qint64 r = 0;
                if (parseCellAddress(ref, &c, &r)) {
                    column = c;
                    if (r != row && row == 0)
                        row = r;
                    cell = ref.toString();
                } else {
                    ++column;
                    cell = cellAddress(column, std::max<qint64>(row, 1));
                }
            } else if (inCell && n == u"v") {
                const std::optional<QString> v = x.elementText();
                if (!v)
                    return false;
                value = *v;
            } else if (inCell && n == u"is") {
                inInline = true;
            } else if (inInline && n == u"rPh") {
                x.skipElement();
            } else if (inInline && n == u"t") {
                const std::optional<QString> t = x.elementText();
                if (!t)
                    return false;
                value += *t;
            } else if (n == u"f" || n == u"extLst") {
                x.skipElement();
            }
        } else if (x.isEnd()) {
            const QStringView n = x.name();
            if (n == u"is") {
                inInline = false;
            } else if (n == u"c" && inCell) {
                inCell = false;
                QStringView text = value;
                if (type == CellType::Shared) {
                    bool okIndex = false;
                    const qsizetype index = value.toLongLong(&okIndex);
                    text = okIndex && index >= 0 && index < shared.size() ? QStringView(shared[index]) : QStringView();
                } else if (type == CellType::Boolean && !value.isEmpty()) {
                    text = value.trimmed() == u"1" ? QStringView(u"TRUE") : QStringView(u"FALSE");
                }
                if (text.isEmpty())
                    continue;
                place.cell = cell;
                if (!b.add(place, text, firstInRow ? u'\n' : u'\t'))
                    return false;
                firstInRow = false;
            }
        }
    }
    return !x.failed();
}

bool readXlsx(ZipContainer& zip, const QList<Relationship>& packageRels, Builder& b)
{
    QString main = relTarget(packageRels, u"officeDocument");
    if (main.isEmpty() || !zip.contains(main))
        main = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(main))
        return b.fail(Problem::Corrupt, Tr::tr("the Excel workbook has no main part (entry xl/workbook.xml is "
                                               "missing)"));
    QList<Relationship> rels;
    if (!readRelationships(zip, main, b, &rels))
        return false;

    struct SheetRef
    {
        QString name;
        QString id;
    };
    QList<SheetRef> sheets;
    {
        const std::optional<QByteArray> data = zip.read(main);
        if (!data)
            return false;
        XmlParser x(*data, main, b);
        while (x.next()) {
            if (x.isStart() && x.name() == u"sheet") {
                QStringView id = x.attrNs(kR, u"id");
                if (id.isEmpty())
                    id = x.attrNs(kRStrict, u"id");
                if (id.isEmpty())
                    id = x.attr(u"r:id");
                sheets.append({x.attr(u"name").toString(), id.toString()});
            }
        }
        if (x.failed())
            return false;
    }

    QList<QString> shared;
    QString sharedEntry = relTarget(rels, u"sharedStrings");
    if (sharedEntry.isEmpty() || !zip.contains(sharedEntry))
        sharedEntry = main.left(main.lastIndexOf(u'/') + 1) + QStringLiteral("sharedStrings.xml");
    if (zip.contains(sharedEntry) && !readSharedStrings(zip, sharedEntry, b, &shared))
        return false;

    b.setSheets(int(sheets.size()));
    const int count = int(sheets.size());
    for (int i = 0; i < count; ++i) {
        b.progress(i, count);
        if (b.cancelled())
            return false;
        const SheetRef& s = sheets[i];
        Place namePlace;
        namePlace.kind = Place::Kind::SheetName;
        namePlace.sheet = s.name;
        if (!b.add(namePlace, s.name))
            return false;
        QString entry;
        QString type;
        for (const Relationship& r : rels)
            if (r.id == s.id) {
                entry = r.target;
                type = r.type;
            }
        if (type == QLatin1String("chartsheet") || type == QLatin1String("dialogsheet"))
            continue; // no cells
        if (entry.isEmpty() || !zip.contains(entry))
            return b.fail(
                Problem::Corrupt,
                Tr::tr("the part of sheet “%1” is missing (entry %2)").arg(s.name, entry.isEmpty() ? s.id : entry));
        if (!readWorksheet(zip, entry, s.name, shared, i, count, b))
            return false;
        QList<Relationship> sheetRels;
        if (!readRelationships(zip, entry, b, &sheetRels))
            return false;
        for (const Relationship& r : sheetRels)
            if (r.type == QLatin1String("comments") && zip.contains(r.target) &&
                !readSheetComments(zip, r.target, s.name, b))
                return false;
    }
    if (!readProperties(zip, packageRels, b))
        return false;
    const QString folder = main.left(main.lastIndexOf(u'/') + 1);
    const int pictures = int(zip.namesUnder(folder + QStringLiteral("media/")).size());
    if (pictures > 0)
        b.addUnread(Unread{Unread::Kind::Images, {}, pictures, {}});
    const int embedded = int(zip.namesUnder(folder + QStringLiteral("embeddings/")).size());
    if (embedded > 0)
        b.addUnread(Unread{Unread::Kind::Embedded, {}, embedded, {}});
    b.progress(count, count);
    return true;
}

} // namespace

bool readOoxml(const QByteArray& bytes, Format format, Builder& b)
{
    ZipContainer zip(bytes, b);
    if (!zip.open())
        return false;
    QList<Relationship> packageRels;
    if (!readRelationships(zip, QString(), b, &packageRels))
        return false;
    if (format == Format::Xlsx)
        return readXlsx(zip, packageRels, b);
    return readDocx(zip, packageRels, b);
}

} // namespace kilotse::documents::detail
