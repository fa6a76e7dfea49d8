#include "policy/Diagnostic.h"

#include <algorithm>
#include <tuple>

namespace kilotse {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line) + u':' + QString::number(column);
    QString text = where + u": ";
    if (!pointer.isEmpty())
        text += pointer + u": ";
    text += message;
    if (!code.isEmpty())
        text += u" [" + code + u']';
    return text;
}

void sortDiagnostics(Diagnostics& diagnostics)
{
    auto key = [](const Diagnostic& d) { return std::tie(d.file, d.line, d.column, d.pointer, d.message); };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                  [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
                      diagnostics.end());
}

} // namespace kilotse
