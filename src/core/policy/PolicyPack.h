#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kilotse {

// Where a statement in the pack comes from: a source document (by id) and a section of it.
struct SourceRef
{
    QString docId;
    QString section;
};

struct SourceDocument
{
    QString id;
    QString title;
    QString shortTitle; // citation name, e.g. "VITAKO-Folien 2025"; falls back to title
    QString publisher;
    QString date;
    QString url;
    QString note;

    QString citationName() const { return shortTitle.isEmpty() ? title : shortTitle; }
};

struct AnswerOption
{
    QString id;
    QString label;
    // The option this one is evaluated as ("unsure" counts as the stricter "yes"); empty = itself.
    QString countsAs;
};

struct Question
{
    QString id;
    QString title;
    QString text;
    QString help;
    QStringList examples;
    QList<AnswerOption> options;
    SourceRef source;

    const AnswerOption* option(const QString& optionId) const;
    // The option id an answer is evaluated as (follows counts_as once).
    QString effectiveAnswer(const QString& optionId) const;
};

struct UseCase
{
    QString id;
    QString title;
    QString description;
    QStringList examples;
    std::optional<SourceRef> source;
};

// A condition of a classification rule, as declared in classification.json.
struct Condition
{
    enum class Kind { Answer, UseCase, All, Any, Not };
    Kind kind = Kind::Answer;
    QString questionId;         // Kind::Answer
    QStringList values;         // Kind::Answer: option ids; Kind::UseCase: use-case ids
    std::vector<Condition> children; // All / Any: the operands; Not: exactly one
};

// What a rule demands when it applies. level == 0: the rule demands no level.
struct Effect
{
    int level = 0;
    bool escalate = false;
    bool blocked = false;
};

struct ClassificationRule
{
    QString id;
    Condition when;
    Effect then;
    QString reason;
    QString advice;
    SourceRef source;
};

struct OutcomeText
{
    QString title;
    QString summary;
    QStringList nextSteps;
    SourceRef source;
};

struct LevelText : OutcomeText
{
    int level = 0;
};

struct Manifest
{
    int format = 0;
    QString id;
    QString version;
    QString title;
    QString issuer;
    QString description;
    QString language;
    QString validFrom;
};

// Where a pack was found, in the order they are searched.
enum class PackOrigin { CommandLine, Environment, System, Bundled };
QString packOriginName(PackOrigin origin); // "command-line", "environment", "system", "bundled"

// A fully loaded and validated policy pack. Immutable once loaded; cheap to copy around is not a
// goal, so pass it by const reference. Instances only come from PolicyLoader.
struct PolicyPack
{
    Manifest manifest;
    QString directory; // folder it was loaded from (":/..." for the bundled pack)
    PackOrigin origin = PackOrigin::Bundled;
    QByteArray sha256; // hex digest over the manifest and every file it lists, in manifest order

    QList<SourceDocument> sources;
    QList<Question> questions;
    QList<UseCase> useCases;
    int defaultLevel = 1;
    QList<LevelText> levels;
    OutcomeText blocked;
    OutcomeText escalate;
    QList<ClassificationRule> rules;

    const SourceDocument* source(const QString& id) const;
    const Question* question(const QString& id) const;
    const UseCase* useCase(const QString& id) const;
    const LevelText* level(int level) const;
    // "VITAKO-Folien 2025, Das Stufenmodell" — the citation as shown to people.
    QString citation(const SourceRef& ref) const;
};

} // namespace kilotse
