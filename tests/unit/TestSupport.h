#pragma once

#include "classify/AnswerSet.h"
#include "policy/PolicyPack.h"

#include <QMap>
#include <QString>

#include <catch2/catch.hpp>

#include <initializer_list>
#include <utility>

namespace kilotse::test {

// Points HOME and the XDG folders at a fresh temporary folder, so tests never touch the real
// user's settings or logs. Call before creating the Q*Application.
void isolateUserFolders();

// The bundled default pack, loaded once (fails the test run if it does not load).
const PolicyPack& defaultPack();

// All questions of the default pack answered "no", then `overrides` applied.
AnswerSet answers(const QString& useCase, std::initializer_list<std::pair<const char*, const char*>> overrides = {});

// Copies tests/data/packs/minimal into a fresh temporary folder, then the files of
// tests/data/packs/invalid/<overlay> over it (if overlay is not empty). Returns the folder.
QString packWithOverlay(const QString& overlay);

} // namespace kilotse::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch
