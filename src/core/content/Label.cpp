#include "content/Label.h"

#include "LocaleFormat.h"
#include "classify/AnswerSet.h"
#include "core/Version.h"

#include <QMap>

#include <nlohmann/json.hpp>

namespace kilotse {

namespace {

// Replaces {{name}} with values (single pass; values are never expanded again).
QString substitute(const QString& text, const QMap<QString, QString>& values)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(text).mid(pos, open - pos);
        const QString name = text.mid(open + 2, close - open - 2);
        out += values.contains(name) ? values.value(name) : text.mid(open, close - open + 2);
        pos = close + 2;
    }
    out += QStringView(text).mid(pos);
    return out;
}

// Markdown: escape characters that would otherwise format the text.
QString markdownEscaped(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]()<>#+-.!|~").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

const LabelWording& wording(const PolicyPack& pack, const LabelRequest& r)
{
    return pack.labels->languages.find(r.language).value();
}

QDate effectiveDate(const LabelRequest& r)
{
    return r.date.isValid() ? r.date : QDate::currentDate();
}

// In the label's language (a German label in the English UI keeps German dates).
QString formattedDate(const LabelRequest& r)
{
    return displayDate(effectiveDate(r), r.language);
}

QMap<QString, QString> sentenceValues(const PolicyPack& pack, const LabelRequest& r)
{
    const LabelWording& w = wording(pack, r);
    const QString model =
        r.model.trimmed().isEmpty() ? QString() : substitute(w.model, {{QStringLiteral("name"), r.model.trimmed()}});
    const QString review = r.reviewer.trimmed().isEmpty()
                               ? w.notReviewed
                               : substitute(w.reviewed, {{QStringLiteral("reviewer"), r.reviewer.trimmed()}});
    QString audience = w.audienceInternal;
    if (r.audience == LabelRequest::Audience::Individual)
        audience = w.audienceIndividual;
    else if (r.audience == LabelRequest::Audience::Public)
        audience = w.audiencePublic;
    return {{QStringLiteral("involvement"), w.involvement.value(r.involvement)},
            {QStringLiteral("subject"), w.subject.value(labelMediumId(r.medium))},
            {QStringLiteral("tool"), r.tool.trimmed()},
            {QStringLiteral("model"), model},
            {QStringLiteral("date"), formattedDate(r)},
            {QStringLiteral("review"), review},
            {QStringLiteral("audience"), audience}};
}

} // namespace

QString labelAudienceId(LabelRequest::Audience audience)
{
    switch (audience) {
    case LabelRequest::Audience::Internal:
        return QStringLiteral("internal");
    case LabelRequest::Audience::Individual:
        return QStringLiteral("individual");
    case LabelRequest::Audience::Public:
        return QStringLiteral("public");
    }
    return {};
}

std::optional<LabelRequest::Audience> labelAudienceFromId(const QString& id)
{
    for (auto a :
         {LabelRequest::Audience::Internal, LabelRequest::Audience::Individual, LabelRequest::Audience::Public})
        if (labelAudienceId(a) == id)
            return a;
    return std::nullopt;
}

QString labelMediumId(LabelRequest::Medium medium)
{
    switch (medium) {
    case LabelRequest::Medium::Text:
        return QStringLiteral("text");
    case LabelRequest::Medium::Image:
        return QStringLiteral("image");
    case LabelRequest::Medium::Audio:
        return QStringLiteral("audio");
    case LabelRequest::Medium::Video:
        return QStringLiteral("video");
    }
    return {};
}

std::optional<LabelRequest::Medium> labelMediumFromId(const QString& id)
{
    for (auto m : {LabelRequest::Medium::Text, LabelRequest::Medium::Image, LabelRequest::Medium::Audio,
                   LabelRequest::Medium::Video})
        if (labelMediumId(m) == id)
            return m;
    return std::nullopt;
}

std::optional<LabelFormat> labelFormatFromName(const QString& name)
{
    static const QMap<QString, LabelFormat> formats{
        {QStringLiteral("text"), LabelFormat::Short},        {QStringLiteral("short"), LabelFormat::Short},
        {QStringLiteral("long"), LabelFormat::Long},         {QStringLiteral("html"), LabelFormat::Html},
        {QStringLiteral("markdown"), LabelFormat::Markdown}, {QStringLiteral("email"), LabelFormat::Email},
        {QStringLiteral("jsonld"), LabelFormat::JsonLd}};
    const auto it = formats.constFind(name);
    return it == formats.cend() ? std::nullopt : std::optional<LabelFormat>(*it);
}

QString labelFormatName(LabelFormat format)
{
    switch (format) {
    case LabelFormat::Short:
        return QStringLiteral("text");
    case LabelFormat::Long:
        return QStringLiteral("long");
    case LabelFormat::Html:
        return QStringLiteral("html");
    case LabelFormat::Markdown:
        return QStringLiteral("markdown");
    case LabelFormat::Email:
        return QStringLiteral("email");
    case LabelFormat::JsonLd:
        return QStringLiteral("jsonld");
    }
    return {};
}

LabelRequest labelRequestForCheck(const PolicyPack& pack, const AnswerSet& answers)
{
    LabelRequest r;
    r.date = QDate::currentDate();
    auto yes = [&](const char* id) {
        const Question* q = pack.question(QLatin1String(id));
        return q && q->effectiveAnswer(answers.answers.value(q->id)) == QLatin1String("yes");
    };
    if (yes("published")) {
        r.audience = LabelRequest::Audience::Public;
        r.publicInterest = true; // a published administration text usually informs on public matters
    } else if (yes("public_output")) {
        r.audience = LabelRequest::Audience::Individual;
    }
    static const QMap<QString, QString> involvementByUseCase{
        {QStringLiteral("translating"), QStringLiteral("translated")},
        {QStringLiteral("summarising"), QStringLiteral("summarised")},
        {QStringLiteral("minutes"), QStringLiteral("summarised")},
        {QStringLiteral("ideas"), QStringLiteral("ideas")}};
    r.involvement = involvementByUseCase.value(answers.useCase, QStringLiteral("assisted"));
    return r;
}

QString labelLanguage(const PolicyPack& pack, const LabelRequest& request)
{
    if (!request.language.isEmpty())
        return request.language;
    const QString ui = uiLanguage();
    if (!pack.labels || pack.labels->languages.isEmpty() || pack.labels->languages.contains(ui))
        return ui;
    return pack.labels->languages.contains(QStringLiteral("de")) ? QStringLiteral("de")
                                                                 : pack.labels->languages.firstKey();
}

QStringList checkLabelRequest(const PolicyPack& pack, const LabelRequest& r)
{
    if (!pack.labels)
        return {QStringLiteral("labels-missing")};
    QStringList problems;
    if (r.tool.trimmed().isEmpty())
        problems << QStringLiteral("missing-tool");
    if (!pack.labels->involvements.contains(r.involvement))
        problems << QStringLiteral("unknown-involvement");
    if (!pack.labels->languages.contains(labelLanguage(pack, r)))
        problems << QStringLiteral("unknown-language");
    return problems;
}

Art50Assessment assessArt50(const PolicyPack& pack, const LabelRequest& r)
{
    Art50Assessment a;
    if (!pack.labels)
        return a;
    const LabelTexts& t = *pack.labels;
    a.source = t.art50Source;
    using B = Art50Assessment::Basis;
    if (r.audience == LabelRequest::Audience::Public && r.reviewer.trimmed().isEmpty())
        a.warning = t.art50ReviewWarning;
    if (r.medium != LabelRequest::Medium::Text) {
        // Deep fakes are disclosed whoever reviewed them and whoever sees them (Art. 50(4) subpara. 1).
        a.basis = !r.deepFake ? B::MediaNotDeepFake : r.artistic ? B::DeepFakeArtistic : B::DeepFake;
        a.legalDuty = r.deepFake;
        a.reason = !r.deepFake ? t.art50MediaNotDeepFake : r.artistic ? t.art50DeepFakeArtistic : t.art50DeepFake;
        return a;
    }
    if (r.audience == LabelRequest::Audience::Internal) {
        a.basis = B::InternalOnly;
        a.reason = t.art50InternalOnly;
    } else if (r.audience == LabelRequest::Audience::Individual) {
        a.basis = B::IndividualRecipients;
        a.reason = t.art50NotPublic;
    } else if (!r.publicInterest) {
        a.basis = B::NotPublicInterest;
        a.reason = t.art50NotPublicInterest;
    } else if (!r.reviewer.trimmed().isEmpty()) {
        // Art. 50(4) subparagraph 2: human review and editorial responsibility lift the duty.
        a.basis = Art50Assessment::Basis::ReviewedByHuman;
        a.reason = t.art50Reviewed.isEmpty() ? t.art50NotPublic : t.art50Reviewed;
    } else {
        a.basis = Art50Assessment::Basis::LegalDuty;
        a.legalDuty = true;
        a.reason = t.art50Applies;
    }
    return a;
}

QString renderLabel(const PolicyPack& pack, const LabelRequest& request, LabelFormat format)
{
    // Free text becomes one line: a line break must not break the quote or inject a signature.
    LabelRequest r = request;
    r.language = labelLanguage(pack, request);
    r.tool = r.tool.simplified();
    r.model = r.model.simplified();
    r.reviewer = r.reviewer.simplified();
    const LabelWording& w = wording(pack, r);
    const QMap<QString, QString> values = sentenceValues(pack, r);
    const QString shortText = substitute(w.shortText, values);
    const QString longText = substitute(w.longText, values);
    switch (format) {
    case LabelFormat::Short:
        return shortText;
    case LabelFormat::Long:
        return longText;
    case LabelFormat::Email:
        return substitute(w.email, values); // the pack's wording includes any signature delimiter
    case LabelFormat::Markdown:
        return QStringLiteral("> ") + markdownEscaped(shortText) + QStringLiteral("\n>\n> ") +
               markdownEscaped(longText).replace(u'\n', QStringLiteral("\n> "));
    case LabelFormat::Html:
        return QStringLiteral("<aside class=\"ki-transparenzhinweis\" lang=\"%1\">\n  <p><strong>%2</strong></p>\n"
                              "  <p>%3</p>\n</aside>")
            .arg(r.language.toHtmlEscaped(), shortText.toHtmlEscaped(), longText.toHtmlEscaped());
    case LabelFormat::JsonLd: {
        using ojson = nlohmann::ordered_json;
        const QString sourceType = pack.labels->digitalSourceType.value(r.involvement);
        ojson j;
        j["@context"] = "https://schema.org";
        static const char* const types[] = {"CreativeWork", "ImageObject", "AudioObject", "VideoObject"};
        j["@type"] = types[static_cast<int>(r.medium)];
        j["inLanguage"] = r.language.toStdString();
        j["dateCreated"] = effectiveDate(r).toString(Qt::ISODate).toStdString();
        j["digitalSourceType"] = "http://cv.iptc.org/newscodes/digitalsourcetype/" + sourceType.toStdString();
        ojson tool{{"@type", "SoftwareApplication"}, {"name", r.tool.trimmed().toStdString()}};
        if (!r.model.trimmed().isEmpty())
            tool["softwareVersion"] = r.model.trimmed().toStdString();
        j["contributor"] = tool;
        if (!r.reviewer.trimmed().isEmpty())
            j["editor"] = ojson{{"@type", "Organization"}, {"name", r.reviewer.trimmed().toStdString()}};
        j["audience"] = ojson{{"@type", "Audience"}, {"audienceType", labelAudienceId(r.audience).toStdString()}};
        j["creditText"] = shortText.toStdString();
        j["description"] = longText.toStdString();
        j["sdPublisher"] = ojson{{"@type", "SoftwareApplication"}, {"name", "KI-Lotse"}, {"softwareVersion", kVersion}};
        QString out = QString::fromStdString(j.dump(2, ' ', false, ojson::error_handler_t::replace));
        // Safe inside <script type="application/ld+json">: '<', '>' and '&' only occur in strings.
        out.replace(u'<', QStringLiteral("\\u003c"))
            .replace(u'>', QStringLiteral("\\u003e"))
            .replace(u'&', QStringLiteral("\\u0026"));
        return out;
    }
    }
    return shortText;
}

} // namespace kilotse
