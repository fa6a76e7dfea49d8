#include "documents/Readers.h"

namespace kilotse::documents::detail {
// (being written in this session)
} // namespace kilotse::documents::detail
namespace kilotse::documents::detail {
bool readOoxml(const QByteArray&, Format, Builder& b) { return b.fail(Problem::Unsupported, QStringLiteral("OOXML: not yet")); }
}
