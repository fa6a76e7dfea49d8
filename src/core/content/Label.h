#pragma once

#include "policy/PolicyPack.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace kilotse {

// What the transparency label describes. Tool, model and reviewer are free text from the user or
// the registry: every output escapes them for its format.
struct LabelRequest
{
    // Who receives the content: staff only, individual recipients (a letter to one citizen), or the
    // general public (website, press, gazette). Only the public audience can trigger Art. 50(4) for text.
    enum class Audience
    {
        Internal,
        Individual,
        Public
    };
    // What was generated: text (Art. 50(4) second sentence) or image/audio/video (deep fakes,
    // Art. 50(4) first subparagraph, with no human-review exception).
    enum class Medium
    {
        Text,
        Image,
        Audio,
        Video
    };

    QString tool;        // required
    QString model;       // optional
    QString involvement; // "generated", "assisted", "manipulated", "translated", "summarised", "ideas"
    QString reviewer;    // unit (preferably a function) that reviewed the content and takes editorial responsibility
    QDate date;          // defaults to today when invalid
    Audience audience = Audience::Internal;
    Medium medium = Medium::Text;
    bool publicInterest = false; // text published to inform the public on matters of public interest
    bool deepFake = false;       // image/audio/video resembling real persons, places, objects or events (Art. 3(60))
    bool artistic = false;       // … part of an evidently artistic, creative, satirical or fictional work
    QString language;            // "de" or "en"; empty: the UI language (see labelLanguage())
};
// Stable ids: "internal", "individual", "public"; "text", "image", "audio", "video".
QString labelAudienceId(LabelRequest::Audience audience);
std::optional<LabelRequest::Audience> labelAudienceFromId(const QString& id);
QString labelMediumId(LabelRequest::Medium medium);
std::optional<LabelRequest::Medium> labelMediumFromId(const QString& id);

enum class LabelFormat
{
    Short,
    Long,
    Html,
    Markdown,
    Email,
    JsonLd
};
// "text", "long", "html", "markdown", "email", "jsonld" (CLI names); nullopt for anything else.
std::optional<LabelFormat> labelFormatFromName(const QString& name);
QString labelFormatName(LabelFormat format);

// Whether Art. 50(4) AI Act obliges disclosure, and why — decided from the request, not guessed.
struct Art50Assessment
{
    enum class Basis
    {
        LegalDuty,            // public text on a matter of public interest, nobody reviewed it
        ReviewedByHuman,      // … reviewed, editorial responsibility: Art. 50(4) subparagraph 2
        NotPublicInterest,    // published, but not on a matter of public interest
        IndividualRecipients, // sent to individual recipients, not published
        InternalOnly,         // internal use
        DeepFake,             // image/audio/video deep fake: always disclosed
        DeepFakeArtistic,     // … in an evidently artistic or satirical work: disclosed without hampering it
        MediaNotDeepFake,     // image/audio/video that does not falsely appear authentic
    };
    Basis basis = Basis::InternalOnly;
    bool legalDuty = false;
    QString reason;  // the pack's explanation for this basis
    QString warning; // public and nobody reviewed it: the pack's own rules require review before publishing
    SourceRef source;
};

// The language the label is written in: the request's, else the UI language (uiLanguage()), else
// — when the pack has no wording in the UI language — German, or the pack's first language.
QString labelLanguage(const PolicyPack& pack, const LabelRequest& request);

// Problems with a request: "missing-tool", "unknown-involvement", "unknown-language",
// "labels-missing" (the pack has no label wording). Empty = renderable.
QStringList checkLabelRequest(const PolicyPack& pack, const LabelRequest& request);

Art50Assessment assessArt50(const PolicyPack& pack, const LabelRequest& request);

// A label request prefilled from a finished check: public audience and "public interest" when the
// result is published (question published answered yes or unsure), individual recipients when it
// only goes out (public_output), else internal; the involvement that matches the use case
// (translating → translated, summarising/minutes → summarised, ideas → ideas, else assisted).
LabelRequest labelRequestForCheck(const PolicyPack& pack, const struct AnswerSet& answers);

// Renders the label. Precondition: checkLabelRequest() is empty. HTML and JSON-LD are escaped
// so that any tool name yields valid, harmless output.
QString renderLabel(const PolicyPack& pack, const LabelRequest& request, LabelFormat format);

} // namespace kilotse
