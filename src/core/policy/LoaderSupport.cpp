#include "policy/LoaderSupport.h"

#include "policy/SchemaValidator.h"

#include <QCoreApplication>
#include <QFile>

namespace kilotse::loader {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::PolicyLoader)
};
} // namespace

// Reads, parses and schema-checks one file, appending every problem to `out`.
CheckedFile readChecked(const QString& path, const QString& schema, Diagnostics& out, QCryptographicHash* hash)
{
    CheckedFile result;
    QFile file(path);
    if (!file.exists()) {
        out.append({path, 0, 0, {}, QString::fromLatin1(Diagnostic::CodeIo), Tr::tr("the file does not exist")});
        return result;
    }
    if (file.size() > json::kMaxFileBytes) {
        out.append(
            {path,
             0,
             0,
             {},
             QString::fromLatin1(Diagnostic::CodeTooLarge),
             Tr::tr("the file is %1 bytes; at most %2 bytes are accepted").arg(file.size()).arg(json::kMaxFileBytes)});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({path,
                    0,
                    0,
                    {},
                    QString::fromLatin1(Diagnostic::CodeIo),
                    Tr::tr("the file cannot be read: %1").arg(file.errorString())});
        return result;
    }
    const QByteArray bytes = file.read(json::kMaxFileBytes + 1);
    if (hash)
        hash->addData(bytes);
    result.text = JsonText::parse(bytes, path, out);
    if (!result.text)
        return result;
    try {
        result.conforms = json::SchemaValidator::bundled(schema).validate(*result.text, out);
    } catch (const std::exception& e) {
        out.append({path,
                    0,
                    0,
                    {},
                    QString::fromLatin1(Diagnostic::CodeIo),
                    Tr::tr("internal error while checking the file: %1").arg(QString::fromUtf8(e.what()))});
    }
    return result;
}

} // namespace kilotse::loader
