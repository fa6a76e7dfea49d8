#include "registry/ImportSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::ImportSource)
};

Diagnostic fileProblem(const QString& file, const char* code, const QString& message)
{
    return Diagnostic{file, 0, 0, {}, QString::fromLatin1(code), message};
}

QString notRegularMessage(const QString& kind)
{
    return Tr::tr("this is not a regular file but %1: give the path of a .csv or .json file").arg(kind);
}

QString tooLargeMessage(qint64 maxBytes)
{
    return Tr::tr("the file is larger than %1 MiB: split it into several files").arg(maxBytes / (1024 * 1024));
}

// Windows-1252 bytes 0x80-0x9F (0 = not defined); every other byte is its Latin-1 code point.
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decoding in blocks keeps the memory small for a large file; the decoder keeps state across them.
    constexpr qsizetype kBlock = 1 << 20;
    for (qsizetype at = 0; at < bytes.size(); at += kBlock) {
        const QString part = utf8.decode(bytes.sliced(at, std::min(kBlock, bytes.size() - at)));
        if (utf8.hasError())
            return false;
    }
    (void)utf8.decode(QByteArrayView()); // flush: a truncated sequence at the end is an error
    return !utf8.hasError();
}

QString howToSaveAsUtf8()
{
    return Tr::tr("save it as UTF-8 and import it again (Excel: Datei → Speichern unter → Dateityp "
                  "\"CSV UTF-8 (durch Trennzeichen getrennt)\"; LibreOffice: Datei → Speichern unter, "
                  "\"Filtereinstellungen bearbeiten\", Zeichensatz \"Unicode (UTF-8)\"), or confirm the "
                  "conversion (ki-lotse-cli registry import --encoding %1)");
}

} // namespace

std::optional<QByteArray> readImportFile(const QString& path, qint64 maxBytes, Diagnostic* problem)
{
    auto fail = [&](const char* code, const QString& message) -> std::optional<QByteArray> {
        if (problem)
            *problem = fileProblem(path, code, message);
        return std::nullopt;
    };
    // The type first, without opening: opening a FIFO for reading blocks until a writer comes.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Diagnostic::CodeIo, Tr::tr("the file does not exist"));
    if (info.isDir())
        return fail(kImportCodeNotRegular, notRegularMessage(Tr::tr("a folder")));
    if (!info.isFile())
        return fail(kImportCodeNotRegular, notRegularMessage(Tr::tr("a pipe, device or socket")));
    if (info.size() > maxBytes)
        return fail(Diagnostic::CodeTooLarge, tooLargeMessage(maxBytes));
#ifdef Q_OS_UNIX
    // Non-blocking open and a second check on the handle: the path may have been replaced meanwhile.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fail(Diagnostic::CodeIo,
                    Tr::tr("the file cannot be read (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return fail(Diagnostic::CodeIo,
                    Tr::tr("the file cannot be read (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return fail(kImportCodeNotRegular, notRegularMessage(Tr::tr("a pipe, device or socket")));
    if (st.st_size > maxBytes)
        return fail(Diagnostic::CodeTooLarge, tooLargeMessage(maxBytes));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QByteArray data;
    data.resize(static_cast<qsizetype>(std::min<qint64>(st.st_size, maxBytes) + 1));
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, static_cast<size_t>(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(Diagnostic::CodeIo,
                        Tr::tr("the file cannot be read (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        got += n;
        if (got == data.size() && got <= maxBytes) // the file grew while it was read
            data.resize(std::min<qsizetype>(data.size() * 2, maxBytes + 1));
    }
    if (got > maxBytes)
        return fail(Diagnostic::CodeTooLarge, tooLargeMessage(maxBytes));
    data.resize(got);
    return data;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Diagnostic::CodeIo, Tr::tr("the file cannot be read (%1)").arg(file.errorString()));
    if (file.isSequential())
        return fail(kImportCodeNotRegular, notRegularMessage(Tr::tr("a pipe, device or socket")));
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return fail(Diagnostic::CodeTooLarge, tooLargeMessage(maxBytes));
    return data;
#endif
}

QString detectImportEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return validUtf8(QByteArrayView(bytes).sliced(3)) ? QStringLiteral("utf-8") : QStringLiteral("binary");
    if (bytes.startsWith("\xFF\xFE") && !bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return QStringLiteral("utf-16le");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("utf-16be");
    const auto* raw = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    if (bytes.contains('\0')) {
        // UTF-16 without BOM: text that is mostly ASCII has a NUL in every other byte.
        const qsizetype pairs = std::min<qsizetype>(size, 64 * 1024) / 2;
        qsizetype evenNul = 0;
        qsizetype oddNul = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenNul += raw[2 * i] == 0;
            oddNul += raw[2 * i + 1] == 0;
        }
        if (size % 2 == 0 && pairs > 0) {
            if (oddNul * 10 >= pairs * 7 && evenNul * 10 <= pairs)
                return QStringLiteral("utf-16le");
            if (evenNul * 10 >= pairs * 7 && oddNul * 10 <= pairs)
                return QStringLiteral("utf-16be");
        }
        return QStringLiteral("binary");
    }
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = raw[i] < 0x80;
    if (ascii || validUtf8(bytes))
        return QStringLiteral("utf-8");
    for (qsizetype i = 0; i < size; ++i)
        if (raw[i] >= 0x80 && raw[i] <= 0x9F && kCp1252High[raw[i] - 0x80] == 0)
            return QStringLiteral("binary");
    return QStringLiteral("windows-1252");
}

QString importEncodingName(const QString& id)
{
    if (id == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (id == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16 LE");
    if (id == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16 BE");
    if (id == QLatin1String("windows-1252"))
        return QStringLiteral("Windows-1252 (ANSI)");
    return Tr::tr("unknown (not a text file)");
}

std::optional<QByteArray> importBytesAsUtf8(const QByteArray& bytes, const QString& confirmedEncoding,
                                            const QString& fileName, Diagnostics* problems)
{
    const QString found = detectImportEncoding(bytes);
    const QString confirmed = confirmedEncoding.trimmed().toLower();
    auto fail = [&](const char* code, const QString& message) -> std::optional<QByteArray> {
        if (problems)
            problems->append(fileProblem(fileName, code, message));
        return std::nullopt;
    };
    if (!confirmed.isEmpty() && confirmed != QLatin1String("utf-8") && confirmed != QLatin1String("windows-1252") &&
        confirmed != QLatin1String("utf-16") && confirmed != QLatin1String("utf-16le") &&
        confirmed != QLatin1String("utf-16be"))
        return fail(kImportCodeEncodingMismatch,
                    Tr::tr("unknown encoding \"%1\" (known: utf-8, windows-1252, utf-16)").arg(confirmedEncoding));
    if (found == QLatin1String("binary"))
        return fail(Diagnostic::CodeNulByte,
                    Tr::tr("the file is not a text file in a known encoding (control bytes or bytes that are "
                           "neither UTF-8 nor Windows-1252)"));
    if (found == QLatin1String("utf-8")) {
        // Plain ASCII is the same in every encoding: a confirmation changes nothing then.
        const bool ascii = std::none_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) != 0; });
        if (confirmed.isEmpty() || confirmed == QLatin1String("utf-8") || ascii)
            return bytes;
        return fail(kImportCodeEncodingMismatch,
                    Tr::tr("the file is UTF-8, not %1: import it without --encoding")
                        .arg(importEncodingName(
                            confirmed.startsWith(QLatin1String("utf-16")) ? QStringLiteral("utf-16le") : confirmed)));
    }
    const bool confirmedMatches =
        confirmed == found || (confirmed == QLatin1String("utf-16") && found.startsWith(QLatin1String("utf-16")));
    if (confirmed.isEmpty())
        return fail(kImportCodeEncoding,
                    Tr::tr("the file is not UTF-8 but apparently %1: %2")
                        .arg(importEncodingName(found),
                             howToSaveAsUtf8().arg(found.startsWith(QLatin1String("utf-16")) ? QStringLiteral("utf-16")
                                                                                             : found)));
    if (!confirmedMatches)
        return fail(kImportCodeEncodingMismatch,
                    Tr::tr("the file is apparently %1, not %2: check the file or the --encoding given")
                        .arg(importEncodingName(found), confirmedEncoding));
    if (found == QLatin1String("windows-1252")) {
        QString text;
        text.resize(bytes.size());
        char16_t* out = reinterpret_cast<char16_t*>(text.data());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            out[i] = c >= 0x80 && c <= 0x9F ? kCp1252High[c - 0x80] : char16_t(c);
        }
        return text.toUtf8();
    }
    QStringDecoder decoder(found == QLatin1String("utf-16le") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.size() % 2 != 0)
        return fail(Diagnostic::CodeNulByte, Tr::tr("the file is not valid %1").arg(importEncodingName(found)));
    // The BOM (if any) becomes U+FEFF at the start, which the parsers skip like a UTF-8 BOM.
    return text.toUtf8();
}

QString normalizedServiceName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString serviceNameKey(const QString& name)
{
    return normalizedServiceName(name).toCaseFolded();
}

QStringList openMustItemsForImport(const RegistryPolicy& policy, const Service& service)
{
    QStringList open;
    if (service.status != Service::Status::Approved || service.maxLevel < 2)
        return open;
    for (const ChecklistItem& item : policy.checklist) {
        if (!item.must || !item.levels.contains(service.maxLevel))
            continue;
        const QString answer = service.checklist.value(item.id);
        if (answer != QLatin1String("yes") && answer != QLatin1String("n/a"))
            open << item.id;
    }
    return open;
}

} // namespace kilotse
