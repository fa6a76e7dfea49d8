#pragma once

#include "policy/PolicyPack.h"

#include <QByteArray>
#include <QDate>

namespace kilotse {

// What the transparency label describes. Tool, model and reviewer are free text from the user or
// the registry: every output escapes them for its format.
struct LabelRequest
{
    QString tool;          // required
    QString model;         // optional
    QString involvement;   // "generated", "assisted", "translated", "summarised", "ideas"
    QString reviewer;      // person or unit that reviewed the text and takes editorial responsibility; optional
    QDate date;            // defaults to today when invalid
    bool publicAudience = false; // published or sent outside the administration
    bool publicInterest = false; // published to inform the public on matters of public interest
    QString language = QStringLiteral("de"); // "de" or "en"
};

enum class LabelFormat { Short, Long, Html, Markdown, Email, JsonLd };
// "text", "long", "html", "markdown", "email", "jsonld" (CLI names); nullopt for anything else.
std::optional<LabelFormat> labelFormatFromName(const QString& name);
QString labelFormatName(LabelFormat format);

// Whether Art. 50(4) AI Act obliges disclosure, and why — decided from the request, not guessed.
struct Art50Assessment
{
    enum class Basis { LegalDuty, ReviewedByHuman, NotPublicInterest, InternalOnly };
    Basis basis = Basis::InternalOnly;
    bool legalDuty = false;
    QString reason; // the pack's explanation for this basis
    SourceRef source;
};

// Problems with a request: "missing-tool", "unknown-involvement", "unknown-language",
// "labels-missing" (the pack has no label wording). Empty = renderable.
QStringList checkLabelRequest(const PolicyPack& pack, const LabelRequest& request);

Art50Assessment assessArt50(const PolicyPack& pack, const LabelRequest& request);

// A label request prefilled from a finished check: public audience when the result goes out
// (public_output answered yes or unsure), the involvement that matches the use case
// (translating → translated, summarising/minutes → summarised, ideas → ideas, else assisted).
LabelRequest labelRequestForCheck(const PolicyPack& pack, const struct AnswerSet& answers);

// Renders the label. Precondition: checkLabelRequest() is empty. HTML and JSON-LD are escaped
// so that any tool name yields valid, harmless output.
QString renderLabel(const PolicyPack& pack, const LabelRequest& request, LabelFormat format);

} // namespace kilotse
