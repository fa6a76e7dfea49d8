#pragma once

#include "policy/ScanRules.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
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
    enum class Kind
    {
        Answer,
        UseCase,
        All,
        Any,
        Not
    };
    Kind kind = Kind::Answer;
    QString questionId; // Kind::Answer
    QStringList values; // Kind::Answer: option ids; Kind::UseCase: use-case ids
    // Kind::Answer: true for {"chosen": [...]} (only the literally chosen option matches), false for
    // {"is": [...]} (the chosen option or the option it counts as matches).
    bool exact = false;
    std::vector<Condition> children; // All / Any: the operands; Not: exactly one
};

// What a rule demands when it applies. level == 0: the rule demands no level.
struct Effect
{
    int level = 0;
    bool escalate = false;
    bool blocked = false;
    // Only registry services cleared for data under a special secrecy law (social, tax, registration
    // data, professional secrets) may be offered.
    bool specialSecrecy = false;
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

// A group of guidance rules, e.g. the guideline's rule area "Transparenz".
struct GuidanceArea
{
    QString id;
    QString title;
    QString description;
    SourceRef source;
    QString packId; // the pack this entry comes from (a municipal pack may override the base)
};

// A rule of conduct ("Was gilt für mich?"): what to do, why, for whom and when it applies.
struct GuidanceRule
{
    QString id;
    QString area;
    QString title;
    QString doText; // the one-line "do this"
    QString explanation;
    QStringList audience;          // "clerk", "admin", "trainer"
    int priority = 2;              // 1 = most important
    QList<int> levels;             // empty = every level
    std::optional<Condition> when; // empty = always
    SourceRef source;
    QString packId;
};

// A typed field of a prompt template, written {{name}} in the prompt.
struct Placeholder
{
    enum class Type
    {
        Text,
        Multiline,
        Number,
        Choice,
        Date
    };
    QString name;
    QString label;
    Type type = Type::Text;
    bool required = false;
    QString help;
    QString example;
    QStringList choices;
    std::optional<double> min;
    std::optional<double> max;
    bool personalData = false; // filling it in may put personal data into the prompt
};
QString placeholderTypeName(Placeholder::Type type); // "text", "multiline", ...

struct PromptTemplate
{
    QString id;
    QString title;
    QString useCase;
    QString purpose;
    QString prompt;
    QList<Placeholder> placeholders;
    QStringList followUps;
    QStringList qualityChecks;
    SourceRef source;
    QString packId;

    const Placeholder* placeholder(const QString& name) const;
    bool mayCarryPersonalData() const;
};

// Wording of transparency labels in one language ({{...}} filled by content/Label).
struct LabelWording
{
    QMap<QString, QString> involvement; // involvement id -> phrase
    QMap<QString, QString> subject;     // medium id (text, image, audio, video) -> "Dieser Text", "Dieses Bild", …
    QString shortText;
    QString longText;
    QString email;
    QString reviewed;
    QString notReviewed;
    QString model;
    QString audienceInternal;   // sentence for internal use
    QString audienceIndividual; // sentence for individual recipients (a letter to one citizen)
    QString audiencePublic;     // sentence for publication
};

struct LabelTexts
{
    QStringList involvements;                 // ids in pack order
    QMap<QString, QString> digitalSourceType; // involvement id -> IPTC digital source type
    QMap<QString, LabelWording> languages;    // "de", "en"
    QString art50Applies;
    QString art50Reviewed;
    QString art50InternalOnly;
    QString art50NotPublic;         // individual recipients
    QString art50NotPublicInterest; // published, but not on a matter of public interest
    QString art50DeepFake;          // image/audio/video resembling real persons, places or events
    QString art50DeepFakeArtistic;  // … as part of an evidently artistic, satirical or fictional work
    QString art50MediaNotDeepFake;  // image/audio/video that does not falsely appear authentic
    QString art50ReviewWarning;     // public and nobody reviewed it: the house rules require review
    SourceRef art50Source;
};

// One criterion of the approval checklist an admin walks through before raising a service.
struct ChecklistItem
{
    QString id;
    QString phase; // governance, planning, procurement, adaptation, integration, operation, termination
    QString title;
    QString question;
    QString help;
    bool must = false;
    QList<int> levels;
    SourceRef source;
};

// The pack's rules for the registry: what Schutzstufe 2 demands of a service, how often services
// are reviewed, and the approval checklist. A municipality tightens these in its own pack.
struct RegistryPolicy
{
    int reviewIntervalDays = 365;
    bool level2BackflowExcluded = true;
    QStringList level2Locations{QStringLiteral("DE"), QStringLiteral("EU")};
    bool level2ProcessorContract = true;
    bool level2Dpia = false;
    bool level2StaffCouncil = false;
    SourceRef level2Source;
    QList<ChecklistItem> checklist;
};

// A workshop scenario (demos.json): a realistic situation, the answers a careful clerk gives, the
// outcome the pack's rules must produce for them, and what the room should learn. Trainers present
// them; tests run every scenario through the classifier.
struct DemoScenario
{
    QString id;
    QString title;
    QString situation;
    QString question;
    QString useCase;
    QMap<QString, QString> answers; // question id -> option id, every question of the pack
    int expectedLevel = 1;
    bool expectedEscalate = false;
    bool expectedBlocked = false;
    QString reveal;
    QString teachingPoint;
    QString discussion; // optional open question for the room
    SourceRef source;
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
    QString legalStatusAsOf; // the date of the legal state the pack rests on (ISO date); may be empty
    QString extends;         // id of the base pack this pack builds on; empty = stands alone
};

// Where a pack was found, in the order they are searched.
enum class PackOrigin
{
    CommandLine,
    Environment,
    Configured,
    System,
    Bundled
};
// "command-line", "environment", "configured" (setting policy/dir), "system", "bundled"
QString packOriginName(PackOrigin origin);

// The texts of a translation overlay read only when first needed (thread-safe, read once). A file
// that cannot be read gives no texts: they are only used to match records across languages.
struct DeferredTexts
{
    explicit DeferredTexts(QString path);
    const QHash<QString, QString>& texts() const;

private:
    QString m_path;
    mutable std::once_flag m_once;
    mutable QHash<QString, QString> m_texts;
};

// The pack's texts in another language (manifest "translations"): German text -> translation.
struct ContentTranslation
{
    QString language;
    QString file;                  // the overlay file, relative to the pack folder
    QHash<QString, QString> texts; // source text -> translated text (all files together)
    // Set when the overlay was not read at load time (a language not shown, loaded for the app's
    // start-up speed without checks): sameText() reads the texts from `path` on first use.
    std::shared_ptr<struct DeferredTexts> deferred;
    bool applied = false;      // the pack's texts are shown in this language
    int translatedTexts = 0;   // when applied: texts replaced
    int untranslatedTexts = 0; // when applied: translatable texts left in the pack's language
    QStringList unused;        // entries whose source text does not occur in the pack
};

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
    QList<GuidanceArea> guidanceAreas;
    QList<GuidanceRule> guidanceRules;
    QList<PromptTemplate> templates;
    std::optional<LabelTexts> labels;
    QList<DemoScenario> demos; // empty when the pack has no demos file
    std::optional<RegistryPolicy> registry;
    std::optional<ScanRules> scan;
    QList<ContentTranslation> translations; // checked always; at most one applied

    // True when `a` and `b` are the same text or one is a translation of the other in this pack
    // (a record made in English still matches the German question).
    bool sameText(const QString& a, const QString& b) const;

    const SourceDocument* source(const QString& id) const;
    const Question* question(const QString& id) const;
    const UseCase* useCase(const QString& id) const;
    const LevelText* level(int level) const;
    const GuidanceArea* guidanceArea(const QString& id) const;
    const GuidanceRule* guidanceRule(const QString& id) const;
    const PromptTemplate* promptTemplate(const QString& id) const;
    const DemoScenario* demo(const QString& id) const;
    // "VITAKO-Folien 2025, Das Stufenmodell" — the citation as shown to people.
    QString citation(const SourceRef& ref) const;
};

} // namespace kilotse
