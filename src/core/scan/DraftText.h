#pragma once

#include <QByteArray>
#include <QString>

namespace kilotse {

// The most a draft may have: far beyond a prompt, small enough to stay responsive.
constexpr qint64 kMaxDraftBytes = 64 * 1024 * 1024;

struct DraftDecodeResult
{
    bool ok = false;
    QString text;
    QString encoding; // "UTF-8" or "ISO-8859-1"
    QString error;    // English, names the problem and the byte offset
    qsizetype errorOffset = -1;
};

// Turns the bytes of a dropped or piped text file into a draft: UTF-8 (a BOM is dropped), or, when
// the bytes are not UTF-8, Latin-1 (old Windows exports). Binary content — NUL bytes or control
// characters other than tab, line breaks and form feed — is refused with the offset of the first
// such byte, as is anything above kMaxDraftBytes.
DraftDecodeResult decodeDraftText(const QByteArray& bytes);

} // namespace kilotse
