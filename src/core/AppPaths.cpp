#include "AppPaths.h"

#include <QDir>

namespace kilotse {

QString stateDirectory()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(base).filePath(QStringLiteral("ki-lotse"));
}

} // namespace kilotse
