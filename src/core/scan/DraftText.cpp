#include "scan/DraftText.h"

#include <QStringDecoder>

#include <cstdint>

namespace kilotse {

DraftDecodeResult decodeDraftText(const QByteArray& bytes)
{
    DraftDecodeResult result;
    if (bytes.size() > kMaxDraftBytes) {
        result.error =
            QStringLiteral("the text is %1 bytes; at most %2 bytes are accepted").arg(bytes.size()).arg(kMaxDraftBytes);
        return result;
    }
    const auto* raw = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    // Control characters other than tab, line feed, form feed and carriage return: first a
    // branch-free pass over the whole text (the common case: none), the place only if there is one.
    constexpr std::uint32_t allowed = (1u << '\t') | (1u << '\n') | (1u << '\f') | (1u << '\r');
    unsigned bad = 0;
    for (qsizetype k = 0; k < size; ++k)
        bad |= static_cast<unsigned>(raw[k] < 0x20) & ~(allowed >> (raw[k] & 31u));
    for (qsizetype k = 0; bad && k < size; ++k) {
        const unsigned char c = raw[k];
        if (c < 0x20 && ((allowed >> c) & 1u) == 0) {
            result.error = QStringLiteral("byte %1: control character 0x%2 — this is not a text file")
                               .arg(k)
                               .arg(c, 2, 16, QLatin1Char('0'));
            result.errorOffset = k;
            return result;
        }
    }
    const QByteArrayView data = QByteArrayView(bytes).sliced(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        result.ok = true;
        result.text = std::move(text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    result.ok = true;
    result.text = QString::fromLatin1(data);
    result.encoding = QStringLiteral("ISO-8859-1");
    return result;
}

} // namespace kilotse
