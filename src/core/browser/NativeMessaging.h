#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <functional>
#include <optional>

namespace kilotse::browser {

// The browsers' native messaging framing (Chrome, Edge, Firefox): every message is a 32-bit
// length in the machine's byte order followed by that many bytes of UTF-8 JSON; a session carries
// any number of messages in both directions until the browser closes the host's stdin.
//
// Limits, as the browsers define them and as this host decides within them (docs/cli.md):
// * browser → host: Chrome sends at most 64 MiB. The host accepts requests up to
//   kMaxRequestBytes (4 MiB of text is far more than anyone pastes into a prompt); a longer frame
//   is answered with {"error": …, "code": "too-large"} and its bytes are skipped exactly, so the
//   next frame is read in sync. A length above kMaxFrameBytes (64 MiB) cannot come from a browser:
//   the stream is out of sync or not a browser, and the session ends (the host exits).
// * host → browser: at most kMaxAnswerBytes (1 MiB, Chrome's limit). The answer builder keeps
//   below it (it cuts the findings list and says so); the session refuses to send a larger frame.
// * A frame cut off by the end of the input ends the session quietly (the browser went away).
inline constexpr quint32 kMaxRequestBytes = 4u * 1024u * 1024u;
inline constexpr quint32 kMaxFrameBytes = 64u * 1024u * 1024u;
inline constexpr qsizetype kMaxAnswerBytes = 1024 * 1024;

// One frame: the length in native byte order, then the bytes.
QByteArray frameMessage(QByteArrayView json);

// An incremental reader of frames: feed() what the input gave (any split), next() hands out what
// is complete. The payload of an oversized frame is never kept: it is counted away as it arrives.
class FrameReader
{
public:
    struct Event
    {
        enum class Kind
        {
            Message,  // payload holds the frame's bytes
            TooLarge, // a frame above kMaxRequestBytes (its bytes are being skipped); length says how long
            Absurd    // a length above kMaxFrameBytes: the session must end
        };
        Kind kind = Kind::Message;
        QByteArray payload;
        quint32 length = 0;
    };

    void feed(QByteArrayView bytes);
    // The next complete event, nullopt when more input is needed. After Absurd nothing follows.
    std::optional<Event> next();
    // Bytes of a frame that has begun but is not complete (at the end of the input: a cut frame).
    qsizetype pendingBytes() const { return m_buffer.size() + qsizetype(m_skipRemaining); }
    bool broken() const { return m_broken; }

private:
    QByteArray m_buffer;
    quint64 m_skipRemaining = 0;
    bool m_broken = false;
};

struct SessionStats
{
    enum class End
    {
        EndOfInput,     // stdin closed between frames: the normal end
        TruncatedFrame, // stdin closed inside a frame
        AbsurdLength,   // a length above kMaxFrameBytes
        ReadError,
        WriteError
    };
    int messages = 0; // frames answered (including error answers)
    int errors = 0;   // of which error answers (broken JSON, too large, …)
    int tooLarge = 0;
    End end = End::EndOfInput;
};

// Reads frames until the input ends, answers each with `handle` (the request's bytes → the
// answer's JSON), writes each answer framed and flushes it at once. `read` returns the number of
// bytes read (0 at the end of the input, < 0 on an error), `write` returns false on an error.
// An answer above kMaxAnswerBytes is replaced by an error answer.
using ReadFunction = std::function<qint64(char* data, qint64 maxSize)>;
using WriteFunction = std::function<bool(QByteArrayView bytes)>;
using HandleFunction = std::function<QByteArray(const QByteArray& request)>;
SessionStats runSession(const ReadFunction& read, const WriteFunction& write, const HandleFunction& handle);
// The same over Qt devices (tests, buffers): reads until `in` reports the end.
SessionStats runSession(QIODevice& in, QIODevice& out, const HandleFunction& handle);

// {"error": message, "code": code} as compact JSON.
QByteArray errorAnswer(const QString& code, const QString& message);

} // namespace kilotse::browser
