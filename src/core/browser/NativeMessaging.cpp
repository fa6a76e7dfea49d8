#include "browser/NativeMessaging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace kilotse::browser {

QByteArray frameMessage(QByteArrayView json)
{
    const quint32 length = quint32(json.size());
    QByteArray frame(sizeof(length), Qt::Uninitialized);
    std::memcpy(frame.data(), &length, sizeof(length)); // native byte order, as the browsers use
    frame.append(json.data(), json.size());
    return frame;
}

void FrameReader::feed(QByteArrayView bytes)
{
    if (m_broken)
        return;
    // The rest of an oversized frame is counted away, never kept.
    if (m_skipRemaining > 0) {
        const qsizetype skip = qsizetype(qMin<quint64>(m_skipRemaining, quint64(bytes.size())));
        m_skipRemaining -= quint64(skip);
        bytes = bytes.sliced(skip);
    }
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<FrameReader::Event> FrameReader::next()
{
    if (m_broken || m_skipRemaining > 0 || m_buffer.size() < qsizetype(sizeof(quint32)))
        return std::nullopt;
    quint32 length = 0;
    std::memcpy(&length, m_buffer.constData(), sizeof(length));
    if (length > kMaxFrameBytes) {
        m_broken = true;
        m_buffer.clear();
        return Event{Event::Kind::Absurd, {}, length};
    }
    if (length > kMaxRequestBytes) {
        m_buffer.remove(0, sizeof(length));
        const qsizetype have = qMin<qsizetype>(m_buffer.size(), qsizetype(length));
        m_buffer.remove(0, have);
        m_skipRemaining = quint64(length) - quint64(have);
        // Bytes after the skipped frame that are already buffered stay for the next frame.
        return Event{Event::Kind::TooLarge, {}, length};
    }
    if (m_buffer.size() < qsizetype(sizeof(length)) + qsizetype(length))
        return std::nullopt;
    Event event{Event::Kind::Message, m_buffer.mid(sizeof(length), length), length};
    m_buffer.remove(0, qsizetype(sizeof(length)) + qsizetype(length));
    return event;
}

QByteArray errorAnswer(const QString& code, const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

namespace {
bool send(const WriteFunction& write, const QByteArray& answer)
{
    return write(frameMessage(answer));
}
} // namespace

SessionStats runSession(const ReadFunction& read, const WriteFunction& write, const HandleFunction& handle)
{
    SessionStats stats;
    FrameReader reader;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        while (auto event = reader.next()) {
            QByteArray answer;
            switch (event->kind) {
            case FrameReader::Event::Kind::Absurd:
                stats.end = SessionStats::End::AbsurdLength;
                return stats;
            case FrameReader::Event::Kind::TooLarge:
                ++stats.tooLarge;
                ++stats.errors;
                answer =
                    errorAnswer(QStringLiteral("too-large"),
                                QStringLiteral("the message of %1 bytes is too large: at most %2 bytes are checked")
                                    .arg(event->length)
                                    .arg(kMaxRequestBytes));
                break;
            case FrameReader::Event::Kind::Message:
                answer = handle(event->payload);
                if (answer.size() > kMaxAnswerBytes)
                    answer = errorAnswer(QStringLiteral("answer-too-large"),
                                         QStringLiteral("the answer would exceed %1 bytes").arg(kMaxAnswerBytes));
                if (answer.startsWith("{\"code\"") || answer.startsWith("{\"error\""))
                    ++stats.errors;
                break;
            }
            ++stats.messages;
            if (!send(write, answer)) {
                stats.end = SessionStats::End::WriteError;
                return stats;
            }
        }
        const qint64 got = read(chunk.data(), chunk.size());
        if (got < 0) {
            stats.end = SessionStats::End::ReadError;
            return stats;
        }
        if (got == 0) {
            stats.end = reader.pendingBytes() > 0 ? SessionStats::End::TruncatedFrame : SessionStats::End::EndOfInput;
            return stats;
        }
        reader.feed(QByteArrayView(chunk.constData(), got));
    }
}

SessionStats runSession(QIODevice& in, QIODevice& out, const HandleFunction& handle)
{
    return runSession(
        [&in](char* data, qint64 maxSize) -> qint64 {
            const qint64 got = in.read(data, maxSize);
            if (got == 0 && !in.atEnd() && in.isSequential())
                return in.waitForReadyRead(-1) ? in.read(data, maxSize) : 0;
            return got;
        },
        [&out](QByteArrayView bytes) { return out.write(bytes.data(), bytes.size()) == bytes.size(); }, handle);
}

} // namespace kilotse::browser
