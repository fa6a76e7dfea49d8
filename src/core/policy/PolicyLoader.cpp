#include "policy/PolicyLoader.h"

#include "policy/DemoLoader.h"
#include "policy/JsonText.h"
#include "policy/LoaderSupport.h"
#include "policy/PackTranslation.h"
#include "policy/PlaceholderGrammar.h"
#include "policy/SchemaValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <functional>
#include <set>

namespace kilotse {

using json::JsonText;
using json::qs;
using Json = nlohmann::json;
using namespace loader;

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::PolicyLoader)
};

// Cross-reference checks and conversion into typed structures. Also runs on files that failed
// their schema, to report every problem at once; a type error there only ends that file's checks
// (see run()). References are only checked against files that were built completely, so a
// structurally broken questionnaire does not cause a cascade of "unknown question" reports.
class PackBuilder
{
public:
    // `base`: the pack this one extends (its entries are the starting point), or nullptr.
    PackBuilder(PolicyPack& pack, Diagnostics& out, const PolicyPack* base) : m_pack(pack), m_out(out)
    {
        if (!base)
            return;
        const QString id = m_pack.manifest.id;
        const Manifest manifest = m_pack.manifest;
        const QString directory = m_pack.directory;
        const PackOrigin origin = m_pack.origin;
        const QList<ContentTranslation> translations = m_pack.translations;
        m_pack = *base;
        m_pack.manifest = manifest;
        m_pack.directory = directory;
        m_pack.origin = origin;
        // This pack's own translations (with their coverage); the base's texts only for sameText().
        m_pack.translations = translations;
        for (ContentTranslation t : base->translations) {
            t.applied = false;
            t.translatedTexts = t.untranslatedTexts = 0;
            t.unused.clear();
            m_pack.translations.append(t);
        }
        m_sourcesLoaded = m_questionsLoaded = m_useCasesLoaded = m_levelsLoaded = m_areasLoaded = true;
        for (int level = 0; level < 10; ++level)
            if (m_pack.level(level))
                m_levels.insert(level);
        Q_UNUSED(id);
    }

    // After building on a base pack: entries taken from the base must still fit the files this
    // pack replaced (e.g. a base rule naming a question the new questionnaire dropped).
    void recheckReferences(const JsonText& manifest)
    {
        auto report = [&](const QString& what) {
            m_out.append(manifest.at(QStringLiteral("/files"), Diagnostic::CodeUnknownQuestion,
                                     Tr::tr("with the files this pack replaces, %1").arg(what)));
        };
        std::function<void(const Condition&, const QString&)> check = [&](const Condition& c, const QString& owner) {
            if (c.kind == Condition::Kind::Answer) {
                const Question* q = m_pack.question(c.questionId);
                if (!q)
                    report(Tr::tr("%1 refers to the unknown question \"%2\"").arg(owner, c.questionId));
                else
                    for (const QString& v : c.values)
                        if (!q->option(v))
                            report(Tr::tr("%1 refers to the unknown option \"%2\" of \"%3\"").arg(owner, v, q->id));
            } else if (c.kind == Condition::Kind::UseCase) {
                for (const QString& v : c.values)
                    if (!m_pack.useCase(v))
                        report(Tr::tr("%1 refers to the unknown use case \"%2\"").arg(owner, v));
            }
            for (const Condition& child : c.children)
                check(child, owner);
        };
        for (const ClassificationRule& r : m_pack.rules)
            check(r.when, Tr::tr("classification rule \"%1\"").arg(r.id));
        for (const GuidanceRule& r : m_pack.guidanceRules) {
            if (r.when)
                check(*r.when, Tr::tr("guidance rule \"%1\"").arg(r.id));
            for (int level : r.levels)
                if (!m_pack.level(level))
                    report(Tr::tr("guidance rule \"%1\" refers to the unknown level %2").arg(r.id).arg(level));
        }
        for (const PromptTemplate& t : m_pack.templates)
            if (!m_pack.useCase(t.useCase))
                report(Tr::tr("template \"%1\" refers to the unknown use case \"%2\"").arg(t.id, t.useCase));
    }

    // Runs one build step. A file counts as a reference target once its step completed.
    template <typename Step> void run(const CheckedFile& file, bool& trusted, Step step)
    {
        if (!file.text)
            return;
        try {
            step(*file.text);
            trusted = true; // built completely, even if some values broke the schema
        } catch (const nlohmann::json::exception& e) {
            // Expected only for a schema-invalid file, whose problems are already reported. A file
            // the schema accepted must never load in part: fail closed, naming the file.
            if (file.conforms)
                m_out.append({file.text->fileName(),
                              0,
                              0,
                              {},
                              QString::fromLatin1(Diagnostic::CodeInvalidValue),
                              Tr::tr("the file could not be read completely (%1); nothing of the pack is loaded")
                                  .arg(QString::fromUtf8(e.what()))});
        }
    }

    void build(const std::array<CheckedFile, FileCount>& docs)
    {
        bool ignored = false;
        run(docs[Sources], m_sourcesLoaded, [this](const JsonText& d) { sources(d); });
        run(docs[Questionnaire], m_questionsLoaded, [this](const JsonText& d) { questionnaire(d); });
        run(docs[UseCases], m_useCasesLoaded, [this](const JsonText& d) { useCases(d); });
        run(docs[Classification], m_levelsLoaded, [this](const JsonText& d) { classification(d); });
        run(docs[Guidance], ignored, [this](const JsonText& d) { guidance(d); });
        run(docs[Templates], ignored, [this](const JsonText& d) { templates(d); });
        run(docs[Labels], ignored, [this](const JsonText& d) { labels(d); });
        run(docs[Registry], ignored, [this](const JsonText& d) { registry(d); });
        run(docs[Scan], ignored, [this](const JsonText& d) { scan(d); });
        run(docs[Demos], ignored, [this](const JsonText& d) {
            m_pack.demos = buildDemos(d, m_pack, m_questionsLoaded && m_useCasesLoaded, m_sourcesLoaded, m_out);
        });
    }

    void sources(const JsonText& doc)
    {
        QSet<QString> seen;
        const auto& list = doc.root().at("sources");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& s = list[i];
            const QString p = json::childPointer(QStringLiteral("/sources"), i);
            SourceDocument d{str(s, "id"),   str(s, "title"), str(s, "short"), str(s, "publisher"),
                             str(s, "date"), str(s, "url"),   str(s, "note")};
            if (!checkUnique(seen, d.id, doc, p + QStringLiteral("/id"), "source"))
                continue;
            upsert(m_pack.sources, d);
        }
    }

    void questionnaire(const JsonText& doc)
    {
        m_pack.questions.clear(); // a pack's questionnaire replaces its base's as a whole
        QSet<QString> seen;
        const auto& list = doc.root().at("questions");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& q = list[i];
            const QString p = json::childPointer(QStringLiteral("/questions"), i);
            Question question{
                str(q, "id"), str(q, "title"),          str(q, "text"), str(q, "help"), strList(q, "examples"),
                {},           sourceRef(q.at("source"))};
            QSet<QString> optionIds;
            const auto& options = q.at("options");
            for (std::size_t k = 0; k < options.size(); ++k) {
                const AnswerOption o{str(options[k], "id"), str(options[k], "label"), str(options[k], "counts_as")};
                const QString op = json::childPointer(p + QStringLiteral("/options"), k);
                if (checkUnique(optionIds, o.id, doc, op + QStringLiteral("/id"), "option"))
                    question.options.append(o);
            }
            for (std::size_t k = 0; k < options.size(); ++k) {
                const QString target = str(options[k], "counts_as");
                if (target.isEmpty())
                    continue;
                const QString op = json::childPointer(p + QStringLiteral("/options"), k) + QStringLiteral("/counts_as");
                const AnswerOption* t = question.option(target);
                if (!t || target == str(options[k], "id")) {
                    m_out.append(doc.at(
                        op, Diagnostic::CodeUnknownOption,
                        Tr::tr(
                            "\"counts_as\" must name another option of this question; \"%1\" is not one (options: %2)")
                            .arg(target, optionList(question))));
                } else if (!t->countsAs.isEmpty()) {
                    m_out.append(
                        doc.at(op, Diagnostic::CodeInvalidValue,
                               Tr::tr("\"counts_as\" must not point to an option that itself counts as another")));
                }
            }
            checkSource(question.source, doc, p + QStringLiteral("/source/doc"));
            if (!checkUnique(seen, question.id, doc, p + QStringLiteral("/id"), "question"))
                continue;
            m_pack.questions.append(question);
        }
    }

    void useCases(const JsonText& doc)
    {
        m_pack.useCases.clear();
        QSet<QString> seen;
        const auto& list = doc.root().at("use_cases");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& u = list[i];
            const QString p = json::childPointer(QStringLiteral("/use_cases"), i);
            UseCase useCase{str(u, "id"), str(u, "title"), str(u, "description"), strList(u, "examples"), {}};
            if (auto s = u.find("source"); s != u.end()) {
                useCase.source = sourceRef(*s);
                checkSource(*useCase.source, doc, p + QStringLiteral("/source/doc"));
            }
            if (checkUnique(seen, useCase.id, doc, p + QStringLiteral("/id"), "use case"))
                m_pack.useCases.append(useCase);
        }
    }

    void classification(const JsonText& doc)
    {
        const auto& root = doc.root();
        m_pack.defaultLevel = root.at("default_level").get<int>();
        m_pack.levels.clear();
        m_pack.rules.clear();
        QSet<int>& levels = m_levels;
        levels.clear();
        const auto& levelList = root.at("levels");
        for (std::size_t i = 0; i < levelList.size(); ++i) {
            const auto& l = levelList[i];
            const QString p = json::childPointer(QStringLiteral("/levels"), i);
            LevelText text;
            static_cast<OutcomeText&>(text) = outcome(l, doc, p);
            text.level = l.at("level").get<int>();
            if (levels.contains(text.level)) {
                m_out.append(doc.at(p + QStringLiteral("/level"), Diagnostic::CodeDuplicateId,
                                    Tr::tr("level %1 is defined twice").arg(text.level)));
                continue;
            }
            levels.insert(text.level);
            m_pack.levels.append(text);
        }
        if (!levels.contains(m_pack.defaultLevel))
            m_out.append(doc.at(QStringLiteral("/default_level"), Diagnostic::CodeUnknownLevel,
                                Tr::tr("default level %1 is not among the defined levels").arg(m_pack.defaultLevel)));
        m_pack.blocked = outcome(root.at("outcomes").at("blocked"), doc, QStringLiteral("/outcomes/blocked"));
        m_pack.escalate = outcome(root.at("outcomes").at("escalate"), doc, QStringLiteral("/outcomes/escalate"));

        QSet<QString> seen;
        const auto& rules = root.at("rules");
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const auto& r = rules[i];
            const QString p = json::childPointer(QStringLiteral("/rules"), i);
            ClassificationRule rule;
            rule.id = str(r, "id");
            rule.reason = str(r, "reason");
            rule.advice = str(r, "advice");
            rule.source = sourceRef(r.at("source"));
            checkSource(rule.source, doc, p + QStringLiteral("/source/doc"));
            rule.when = condition(r.at("when"), doc, p + QStringLiteral("/when"));
            const auto& then = r.at("then");
            rule.then.level = then.value("level", 0);
            rule.then.escalate = then.value("escalate", false);
            rule.then.blocked = then.value("blocked", false);
            rule.then.specialSecrecy = then.value("special_secrecy", false);
            if (rule.then.level != 0 && !levels.contains(rule.then.level))
                m_out.append(doc.at(p + QStringLiteral("/then/level"), Diagnostic::CodeUnknownLevel,
                                    Tr::tr("level %1 is not defined in \"levels\"").arg(rule.then.level)));
            if (rule.then.level == 0 && !rule.then.escalate && !rule.then.blocked && !rule.then.specialSecrecy)
                m_out.append(
                    doc.at(p + QStringLiteral("/then"), Diagnostic::CodeInvalidValue,
                           Tr::tr("the rule has no effect: give a level, \"escalate\": true, \"blocked\": true "
                                  "or \"special_secrecy\": true")));
            if (checkUnique(seen, rule.id, doc, p + QStringLiteral("/id"), "rule"))
                m_pack.rules.append(rule);
        }
    }

    void guidance(const JsonText& doc)
    {
        const auto& root = doc.root();
        QSet<QString> seenAreas;
        const auto& areas = root.at("areas");
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const auto& a = areas[i];
            const QString p = json::childPointer(QStringLiteral("/areas"), i);
            GuidanceArea area{str(a, "id"), str(a, "title"), str(a, "description"), sourceRef(a.at("source")),
                              m_pack.manifest.id};
            checkSource(area.source, doc, p + QStringLiteral("/source/doc"));
            if (checkUnique(seenAreas, area.id, doc, p + QStringLiteral("/id"), "area"))
                upsert(m_pack.guidanceAreas, area);
        }
        m_areasLoaded = true;

        QSet<QString> seen;
        const auto& rules = root.at("rules");
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const auto& r = rules[i];
            const QString p = json::childPointer(QStringLiteral("/rules"), i);
            GuidanceRule rule;
            rule.id = str(r, "id");
            rule.area = str(r, "area");
            rule.title = str(r, "title");
            rule.doText = str(r, "do");
            rule.explanation = str(r, "explanation");
            rule.audience = strList(r, "audience");
            rule.priority = r.at("priority").get<int>();
            rule.source = sourceRef(r.at("source"));
            rule.packId = m_pack.manifest.id;
            if (!m_pack.guidanceArea(rule.area))
                m_out.append(doc.at(p + QStringLiteral("/area"), Diagnostic::CodeUnknownArea,
                                    Tr::tr("unknown area \"%1\" (not listed in \"areas\")").arg(rule.area)));
            if (auto levels = r.find("levels"); levels != r.end()) {
                for (std::size_t k = 0; k < levels->size(); ++k) {
                    const int level = (*levels)[k].get<int>();
                    rule.levels << level;
                    if (m_levelsLoaded && !m_levels.contains(level))
                        m_out.append(doc.at(json::childPointer(p + QStringLiteral("/levels"), k),
                                            Diagnostic::CodeUnknownLevel,
                                            Tr::tr("level %1 is not defined in the classification file").arg(level)));
                }
            }
            if (auto when = r.find("when"); when != r.end())
                rule.when = condition(*when, doc, p + QStringLiteral("/when"));
            checkSource(rule.source, doc, p + QStringLiteral("/source/doc"));
            if (checkUnique(seen, rule.id, doc, p + QStringLiteral("/id"), "rule"))
                upsert(m_pack.guidanceRules, rule);
        }
    }

    void templates(const JsonText& doc)
    {
        QSet<QString> seen;
        const auto& list = doc.root().at("templates");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& t = list[i];
            const QString p = json::childPointer(QStringLiteral("/templates"), i);
            PromptTemplate tpl;
            tpl.id = str(t, "id");
            tpl.title = str(t, "title");
            tpl.useCase = str(t, "use_case");
            tpl.purpose = str(t, "purpose");
            tpl.prompt = str(t, "prompt");
            tpl.followUps = strList(t, "follow_ups");
            tpl.qualityChecks = strList(t, "quality_checks");
            tpl.source = sourceRef(t.at("source"));
            tpl.packId = m_pack.manifest.id;
            if (m_useCasesLoaded && !m_pack.useCase(tpl.useCase))
                m_out.append(doc.at(p + QStringLiteral("/use_case"), Diagnostic::CodeUnknownUseCase,
                                    Tr::tr("unknown use case \"%1\"").arg(tpl.useCase)));
            checkSource(tpl.source, doc, p + QStringLiteral("/source/doc"));

            QSet<QString> names;
            const auto& placeholders = t.at("placeholders");
            for (std::size_t k = 0; k < placeholders.size(); ++k) {
                const QString pp = json::childPointer(p + QStringLiteral("/placeholders"), k);
                Placeholder ph = placeholder(placeholders[k], doc, pp);
                if (checkUnique(names, ph.name, doc, pp + QStringLiteral("/name"), "placeholder"))
                    tpl.placeholders.append(ph);
            }
            QStringList malformed;
            const QStringList used = placeholderNamesIn(tpl.prompt, &malformed);
            for (const QString& bad : malformed)
                m_out.append(
                    doc.at(p + QStringLiteral("/prompt"), Diagnostic::CodeInvalidValue,
                           Tr::tr("malformed placeholder \"%1\" (write {{name}} with a lowercase name)").arg(bad)));
            for (const QString& name : used)
                if (!names.contains(name))
                    m_out.append(
                        doc.at(p + QStringLiteral("/prompt"), Diagnostic::CodeUnknownPlaceholder,
                               Tr::tr("the prompt uses {{%1}}, which is not declared in \"placeholders\"").arg(name)));
            for (std::size_t k = 0; k < placeholders.size(); ++k) {
                const QString name = str(placeholders[k], "name");
                if (!used.contains(name))
                    m_out.append(
                        doc.at(json::childPointer(p + QStringLiteral("/placeholders"), k) + QStringLiteral("/name"),
                               Diagnostic::CodeUnusedPlaceholder,
                               Tr::tr("placeholder \"%1\" is declared but the prompt never uses {{%1}}").arg(name)));
            }
            if (checkUnique(seen, tpl.id, doc, p + QStringLiteral("/id"), "template"))
                upsert(m_pack.templates, tpl);
        }
    }

    void labels(const JsonText& doc)
    {
        const auto& root = doc.root();
        LabelTexts texts;
        QSet<QString> seen;
        const auto& involvements = root.at("involvements");
        for (std::size_t i = 0; i < involvements.size(); ++i) {
            const QString id = str(involvements[i], "id");
            if (!checkUnique(seen, id, doc,
                             json::childPointer(QStringLiteral("/involvements"), i) + QStringLiteral("/id"),
                             "involvement"))
                continue;
            texts.involvements << id;
            texts.digitalSourceType.insert(id, str(involvements[i], "digital_source_type"));
        }
        const auto& languages = root.at("languages");
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            const QString lp = json::childPointer(QStringLiteral("/languages"), it.key());
            const auto& w = it.value();
            LabelWording wording;
            const auto& involvement = w.at("involvement");
            for (auto inv = involvement.begin(); inv != involvement.end(); ++inv)
                wording.involvement.insert(json::qs(inv.key()), json::qs(inv.value().get<std::string>()));
            wording.shortText = str(w, "short");
            wording.longText = str(w, "long");
            wording.email = str(w, "email");
            wording.reviewed = str(w, "reviewed");
            wording.notReviewed = str(w, "not_reviewed");
            wording.model = str(w, "model");
            wording.audienceInternal = str(w.at("audience"), "internal");
            wording.audienceIndividual = str(w.at("audience"), "individual");
            wording.audiencePublic = str(w.at("audience"), "public");
            const auto& subject = w.at("subject");
            for (auto s = subject.begin(); s != subject.end(); ++s)
                wording.subject.insert(json::qs(s.key()), json::qs(s.value().get<std::string>()));
            const QStringList sentence{QStringLiteral("involvement"), QStringLiteral("tool"),
                                       QStringLiteral("model"),       QStringLiteral("date"),
                                       QStringLiteral("review"),      QStringLiteral("audience"),
                                       QStringLiteral("subject")};
            checkWordingPlaceholders(doc, lp + QStringLiteral("/short"), wording.shortText, sentence);
            checkWordingPlaceholders(doc, lp + QStringLiteral("/long"), wording.longText, sentence);
            checkWordingPlaceholders(doc, lp + QStringLiteral("/email"), wording.email, sentence);
            checkWordingPlaceholders(doc, lp + QStringLiteral("/reviewed"), wording.reviewed,
                                     {QStringLiteral("reviewer")});
            checkWordingPlaceholders(doc, lp + QStringLiteral("/not_reviewed"), wording.notReviewed, {});
            checkWordingPlaceholders(doc, lp + QStringLiteral("/model"), wording.model, {QStringLiteral("name")});
            texts.languages.insert(json::qs(it.key()), wording);
        }
        const auto& art50 = root.at("art50");
        texts.art50Applies = str(art50, "applies");
        texts.art50Reviewed = str(art50, "reviewed");
        texts.art50InternalOnly = str(art50, "internal_only");
        texts.art50NotPublic = str(art50, "not_public");
        texts.art50NotPublicInterest = str(art50, "not_public_interest");
        texts.art50DeepFake = str(art50, "deepfake");
        texts.art50DeepFakeArtistic = str(art50, "deepfake_artistic");
        texts.art50MediaNotDeepFake = str(art50, "media_not_deepfake");
        texts.art50ReviewWarning = str(art50, "review_warning");
        texts.art50Source = sourceRef(art50.at("source"));
        checkSource(texts.art50Source, doc, QStringLiteral("/art50/source/doc"));
        m_pack.labels = texts;
    }

    void registry(const JsonText& doc)
    {
        const auto& root = doc.root();
        RegistryPolicy policy;
        policy.reviewIntervalDays = root.at("review_interval_days").get<int>();
        const auto& l2 = root.at("level2");
        policy.level2BackflowExcluded = l2.at("backflow_excluded").get<bool>();
        policy.level2Locations = strList(l2, "allowed_locations");
        policy.level2ProcessorContract = l2.at("processor_contract").get<bool>();
        policy.level2Dpia = l2.at("dpia").get<bool>();
        policy.level2StaffCouncil = l2.value("staff_council", false);
        policy.level2Source = sourceRef(l2.at("source"));
        checkSource(policy.level2Source, doc, QStringLiteral("/level2/source/doc"));
        QSet<QString> seen;
        const auto& items = root.at("checklist");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& c = items[i];
            const QString p = json::childPointer(QStringLiteral("/checklist"), i);
            ChecklistItem item{str(c, "id"),
                               str(c, "phase"),
                               str(c, "title"),
                               str(c, "question"),
                               str(c, "help"),
                               c.at("must").get<bool>(),
                               {},
                               sourceRef(c.at("source"))};
            const auto& levels = c.at("levels");
            for (std::size_t k = 0; k < levels.size(); ++k) {
                item.levels << levels[k].get<int>();
                if (m_levelsLoaded && !m_levels.contains(item.levels.last()))
                    m_out.append(
                        doc.at(json::childPointer(p + QStringLiteral("/levels"), k), Diagnostic::CodeUnknownLevel,
                               Tr::tr("level %1 is not defined in the classification file").arg(item.levels.last())));
            }
            checkSource(item.source, doc, p + QStringLiteral("/source/doc"));
            if (checkUnique(seen, item.id, doc, p + QStringLiteral("/id"), "checklist item"))
                policy.checklist.append(item);
        }
        m_pack.registry = policy;
    }

    void scan(const JsonText& doc)
    {
        const auto& root = doc.root();
        ScanRules rules;
        rules.pseudonymisedIsPersonal = root.at("pseudonymised_is_personal").get<bool>();
        rules.pseudonymisedNote = str(root, "pseudonymised_note");
        const SourceRef source = sourceRef(root.at("source"));
        rules.sourceDoc = source.docId;
        rules.sourceSection = source.section;
        checkSource(source, doc, QStringLiteral("/source/doc"));

        rules.categories.resize(kScanCategoryCount);
        QSet<QString> seen;
        const auto& categories = root.at("categories");
        for (std::size_t i = 0; i < categories.size(); ++i) {
            const auto& c = categories[i];
            const QString p = json::childPointer(QStringLiteral("/categories"), i);
            const QString id = str(c, "id");
            const ScanCategory category = scanCategoryFromId(id);
            if (category == ScanCategory::Count || !checkUnique(seen, id, doc, p + QStringLiteral("/id"), "category"))
                continue; // an unknown id is reported by the schema's enum
            ScanCategoryInfo info;
            info.category = category;
            info.label = str(c, "label");
            info.placeholder = str(c, "placeholder");
            info.description = str(c, "description");
            const SourceRef ref = sourceRef(c.at("source"));
            info.sourceDoc = ref.docId;
            info.sourceSection = ref.section;
            checkSource(ref, doc, p + QStringLiteral("/source/doc"));
            const auto& answers = c.at("answers");
            for (std::size_t k = 0; k < answers.size(); ++k) {
                const ScanAnswer a{str(answers[k], "question"), str(answers[k], "option")};
                const QString ap = json::childPointer(p + QStringLiteral("/answers"), k);
                if (m_questionsLoaded) {
                    const Question* q = m_pack.question(a.question);
                    if (!q) {
                        m_out.append(
                            doc.at(ap + QStringLiteral("/question"), Diagnostic::CodeUnknownQuestion,
                                   Tr::tr("unknown question \"%1\" (questions: %2)").arg(a.question, questionList())));
                        continue;
                    }
                    if (!q->option(a.option)) {
                        m_out.append(doc.at(ap + QStringLiteral("/option"), Diagnostic::CodeUnknownOption,
                                            Tr::tr("question \"%1\" has no option \"%2\" (options: %3)")
                                                .arg(q->id, a.option, optionList(*q))));
                        continue;
                    }
                }
                info.answers.append(a);
            }
            rules.categories[static_cast<int>(category)] = info;
        }
        for (int k = 0; k < kScanCategoryCount; ++k)
            if (!seen.contains(scanCategoryId(static_cast<ScanCategory>(k))))
                m_out.append(
                    doc.at(QStringLiteral("/categories"), Diagnostic::CodeMissingField,
                           Tr::tr("category \"%1\" is missing").arg(scanCategoryId(static_cast<ScanCategory>(k)))));

        const auto& cues = root.at("cues");
        for (int k = 0; k < kScanCueCount; ++k)
            rules.cues.append(strList(cues, scanCueId(static_cast<ScanCue>(k)).toLatin1().constData()));

        const auto& phrases = root.at("phrases");
        for (std::size_t i = 0; i < phrases.size(); ++i) {
            const auto& g = phrases[i];
            const auto flag = [&g](const char* key) {
                const auto it = g.find(key);
                return it != g.end() && it->is_boolean() && it->get<bool>();
            };
            rules.phrases.append(ScanPhraseGroup{scanCategoryFromId(str(g, "category")), str(g, "group"),
                                                 str(g, "explanation"), strList(g, "terms"), flag("needs_person"),
                                                 flag("only_as_marking")});
        }
        rules.firstNames = strList(root, "first_names");
        const auto& inst = root.at("institutional");
        rules.institutionalEmailLocalParts = strList(inst, "email_local_parts");
        rules.institutionalPhoneNumbers = strList(inst, "phone_numbers");
        rules.institutionalAddressCues = strList(inst, "address_cues");
        rules.institutionalAddresses = strList(inst, "addresses");
        // Optional since pack 2.1 (a pack without them keeps the 2.0 behaviour).
        rules.officeWordSuffixes = strList(inst, "office_word_suffixes");
        rules.officeCues = strList(inst, "office_cues");
        rules.personalCues = strList(inst, "personal_cues");
        rules.freeMailDomains = strList(inst, "free_mail_domains");

        const auto& explanations = root.at("explanations");
        for (int k = 0; k < kScanReasonCount; ++k) {
            const auto reason = static_cast<ScanReason>(k);
            const QString key = scanReasonId(reason);
            const QString text = str(explanations, key.toLatin1().constData());
            const bool needsArg = reason == ScanReason::AfterCue || reason == ScanReason::KnownFirstName ||
                                  reason == ScanReason::Signature;
            if (needsArg && !text.isEmpty() && !text.contains(QLatin1String("%1")))
                m_out.append(doc.at(QStringLiteral("/explanations/") + key, Diagnostic::CodeInvalidValue,
                                    Tr::tr("the wording must contain %1 where the cue or name is inserted")));
            rules.explanations.append(text);
        }
        m_pack.scan = rules;
    }

private:
    Placeholder placeholder(const Json& j, const JsonText& doc, const QString& p)
    {
        static const QMap<QString, Placeholder::Type> types{{QStringLiteral("text"), Placeholder::Type::Text},
                                                            {QStringLiteral("multiline"), Placeholder::Type::Multiline},
                                                            {QStringLiteral("number"), Placeholder::Type::Number},
                                                            {QStringLiteral("choice"), Placeholder::Type::Choice},
                                                            {QStringLiteral("date"), Placeholder::Type::Date}};
        Placeholder ph;
        ph.name = str(j, "name");
        ph.label = str(j, "label");
        ph.type = types.value(str(j, "type"), Placeholder::Type::Text);
        ph.required = j.at("required").get<bool>();
        ph.help = str(j, "help");
        ph.example = str(j, "example");
        ph.choices = strList(j, "choices");
        if (auto m = j.find("min"); m != j.end())
            ph.min = m->get<double>();
        if (auto m = j.find("max"); m != j.end())
            ph.max = m->get<double>();
        ph.personalData = j.at("personal_data").get<bool>();
        if (ph.type == Placeholder::Type::Choice && ph.choices.isEmpty())
            m_out.append(doc.at(p, Diagnostic::CodeMissingField, Tr::tr("a choice placeholder needs \"choices\"")));
        if (ph.type != Placeholder::Type::Choice && j.contains("choices"))
            m_out.append(doc.at(p + QStringLiteral("/choices"), Diagnostic::CodeInvalidValue,
                                Tr::tr("\"choices\" is only allowed for type \"choice\"")));
        if ((ph.min || ph.max) && ph.type != Placeholder::Type::Number)
            m_out.append(doc.at(p, Diagnostic::CodeInvalidValue,
                                Tr::tr("\"min\"/\"max\" are only allowed for type \"number\"")));
        if (ph.min && ph.max && *ph.min > *ph.max)
            m_out.append(doc.at(p + QStringLiteral("/min"), Diagnostic::CodeInvalidValue,
                                Tr::tr("\"min\" is greater than \"max\"")));
        if (!ph.example.isEmpty() || ph.required) {
            Placeholder asRequired = ph;
            asRequired.required = true;
            const QString problem = checkPlaceholderValue(asRequired, ph.example);
            if (!problem.isEmpty())
                m_out.append(doc.at(p + QStringLiteral("/example"), Diagnostic::CodeInvalidValue,
                                    Tr::tr("the example is not a valid value of this placeholder (%1)").arg(problem)));
        }
        return ph;
    }

    void checkWordingPlaceholders(const JsonText& doc, const QString& pointer, const QString& text,
                                  const QStringList& allowed)
    {
        QStringList malformed;
        for (const QString& name : placeholderNamesIn(text, &malformed))
            if (!allowed.contains(name))
                m_out.append(doc.at(
                    pointer, Diagnostic::CodeUnknownPlaceholder,
                    Tr::tr("{{%1}} is not available here (available: %2)")
                        .arg(name, allowed.isEmpty() ? QStringLiteral("none") : allowed.join(QStringLiteral(", ")))));
        for (const QString& bad : malformed)
            m_out.append(
                doc.at(pointer, Diagnostic::CodeInvalidValue, Tr::tr("malformed placeholder \"%1\"").arg(bad)));
    }

    OutcomeText outcome(const Json& o, const JsonText& doc, const QString& p)
    {
        OutcomeText text{str(o, "title"), str(o, "summary"), strList(o, "next_steps"), sourceRef(o.at("source"))};
        checkSource(text.source, doc, p + QStringLiteral("/source/doc"));
        return text;
    }

    Condition condition(const Json& c, const JsonText& doc, const QString& p)
    {
        Condition result;
        const bool hasQuestion = c.contains("question");
        const bool hasIs = c.contains("is");
        const bool hasChosen = c.contains("chosen");
        int forms = (hasQuestion || hasIs || hasChosen) + c.contains("use_case") + c.contains("all") +
                    c.contains("any") + c.contains("not");
        if (forms != 1 || hasQuestion != (hasIs != hasChosen)) {
            m_out.append(
                doc.at(p, Diagnostic::CodeInvalidValue,
                       Tr::tr("a condition is exactly one of: {\"question\", \"is\"}, {\"question\", \"chosen\"}, "
                              "{\"use_case\"}, {\"all\"}, {\"any\"} or {\"not\"}")));
            return result;
        }
        if (hasQuestion) {
            const char* valuesKey = hasChosen ? "chosen" : "is";
            result.kind = Condition::Kind::Answer;
            result.exact = hasChosen;
            result.questionId = str(c, "question");
            result.values = strList(c, valuesKey);
            if (!m_questionsLoaded)
                return result;
            const Question* q = m_pack.question(result.questionId);
            if (!q) {
                m_out.append(
                    doc.at(p + QStringLiteral("/question"), Diagnostic::CodeUnknownQuestion,
                           Tr::tr("unknown question \"%1\" (questions: %2)").arg(result.questionId, questionList())));
                return result;
            }
            for (qsizetype i = 0; i < result.values.size(); ++i)
                if (!q->option(result.values[i]))
                    m_out.append(
                        doc.at(json::childPointer(p + u'/' + QLatin1String(valuesKey), static_cast<std::size_t>(i)),
                               Diagnostic::CodeUnknownOption,
                               Tr::tr("question \"%1\" has no option \"%2\" (options: %3)")
                                   .arg(q->id, result.values[i], optionList(*q))));
        } else if (c.contains("use_case")) {
            result.kind = Condition::Kind::UseCase;
            result.values = strList(c, "use_case");
            if (m_useCasesLoaded)
                for (qsizetype i = 0; i < result.values.size(); ++i)
                    if (!m_pack.useCase(result.values[i]))
                        m_out.append(doc.at(
                            json::childPointer(p + QStringLiteral("/use_case"), static_cast<std::size_t>(i)),
                            Diagnostic::CodeUnknownUseCase, Tr::tr("unknown use case \"%1\"").arg(result.values[i])));
        } else if (c.contains("not")) {
            result.kind = Condition::Kind::Not;
            result.children.push_back(condition(c.at("not"), doc, p + QStringLiteral("/not")));
        } else {
            const char* key = c.contains("all") ? "all" : "any";
            result.kind = c.contains("all") ? Condition::Kind::All : Condition::Kind::Any;
            const auto& list = c.at(key);
            for (std::size_t i = 0; i < list.size(); ++i)
                result.children.push_back(
                    condition(list[i], doc, json::childPointer(p + u'/' + QLatin1String(key), i)));
        }
        return result;
    }

    bool checkUnique(QSet<QString>& seen, const QString& id, const JsonText& doc, const QString& pointer,
                     const char* what)
    {
        if (seen.contains(id)) {
            m_out.append(doc.at(pointer, Diagnostic::CodeDuplicateId,
                                Tr::tr("duplicate %1 id \"%2\"").arg(QLatin1String(what), id)));
            return false;
        }
        seen.insert(id);
        return true;
    }

    void checkSource(const SourceRef& ref, const JsonText& doc, const QString& pointer)
    {
        if (m_sourcesLoaded && !m_pack.source(ref.docId))
            m_out.append(
                doc.at(pointer, Diagnostic::CodeUnknownSource,
                       Tr::tr("unknown source document \"%1\" (not listed in the sources file)").arg(ref.docId)));
    }

    QString questionList() const
    {
        QStringList ids;
        for (const auto& q : m_pack.questions)
            ids << q.id;
        return ids.join(QStringLiteral(", "));
    }

    static QString optionList(const Question& q)
    {
        QStringList ids;
        for (const auto& o : q.options)
            ids << o.id;
        return ids.join(QStringLiteral(", "));
    }

    PolicyPack& m_pack;
    Diagnostics& m_out;
    bool m_sourcesLoaded = false;
    bool m_questionsLoaded = false;
    bool m_useCasesLoaded = false;
    bool m_levelsLoaded = false;
    bool m_areasLoaded = false;
    QSet<int> m_levels;
};

} // namespace

QString bundledPolicyDirectory()
{
    return QStringLiteral(":/ki-lotse/policies");
}

namespace {
// A pack cannot be valid before, or rest on a legal state older than, the sources it cites: an
// ISO date (or year, or year-month) compares correctly as text.
void checkPackDates(const PolicyPack& pack, const JsonText& manifest, Diagnostics& out)
{
    const struct
    {
        const char* key;
        QString value;
    } dates[] = {{"valid_from", pack.manifest.validFrom}, {"legal_status_as_of", pack.manifest.legalStatusAsOf}};
    for (const auto& d : dates) {
        if (d.value.isEmpty())
            continue;
        const QString pointer = u'/' + QLatin1String(d.key);
        if (!QDate::fromString(d.value, Qt::ISODate).isValid()) {
            out.append(manifest.at(pointer, Diagnostic::CodeInvalidValue,
                                   Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(d.value)));
            continue;
        }
        for (const SourceDocument& src : pack.sources)
            if (!src.date.isEmpty() && d.value < src.date)
                out.append(manifest.at(
                    pointer, Diagnostic::CodeInvalidValue,
                    Tr::tr("%1 precedes the source \"%2\" of %3 that the pack cites").arg(d.value, src.id, src.date)));
    }
}
} // namespace

PolicyLoadResult loadPolicyPack(const QString& directory, PackOrigin origin, TranslationLoading translationLoading,
                                const QString& contentLanguage)
{
    PolicyLoadResult result;
    Diagnostics& out = result.diagnostics;
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir()) {
        out.append({directory,
                    0,
                    0,
                    {},
                    QString::fromLatin1(Diagnostic::CodeIo),
                    Tr::tr("the policy folder does not exist or is not a folder")});
        return result;
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    const CheckedFile manifestFile =
        readChecked(dir.filePath(QStringLiteral("manifest.json")), QStringLiteral("manifest.schema.json"), out, &hash);
    if (!manifestFile.conforms) {
        sortDiagnostics(out);
        return result; // without a valid manifest there is no list of files to check
    }
    const JsonText& manifest = *manifestFile.text;
    const auto& m = manifest.root();
    PolicyPack pack;
    pack.directory = directory;
    pack.origin = origin;
    pack.manifest = Manifest{m.at("format").get<int>(), str(m, "id"),         str(m, "version"),
                             str(m, "title"),           str(m, "issuer"),     str(m, "description"),
                             str(m, "language"),        str(m, "valid_from"), str(m, "legal_status_as_of"),
                             str(m, "extends")};
    const auto& files = m.at("files");

    // A municipal pack may build on the bundled pack: what it leaves out comes from there, and its
    // guidance rules, templates and sources override the base's entries with the same id.
    std::optional<PolicyPack> base;
    if (!pack.manifest.extends.isEmpty()) {
        PolicyLoadResult bundled =
            directory == bundledPolicyDirectory()
                ? PolicyLoadResult{}
                : loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled, translationLoading, contentLanguage);
        if (bundled.ok() && bundled.pack->manifest.id == pack.manifest.extends &&
            bundled.pack->manifest.extends.isEmpty()) {
            base = std::move(bundled.pack);
        } else {
            out.append(manifest.at(
                QStringLiteral("/extends"), Diagnostic::CodeInvalidValue,
                Tr::tr("unknown base pack \"%1\" (a pack can only extend the bundled pack \"%2\")")
                    .arg(pack.manifest.extends, bundled.ok() ? bundled.pack->manifest.id : QStringLiteral("?"))));
            sortDiagnostics(out);
            return result;
        }
    } else {
        for (FileIndex required : kRequiredFiles)
            if (!files.contains(kFiles[required].key))
                out.append(manifest.at(
                    QStringLiteral("/files"), Diagnostic::CodeMissingField,
                    Tr::tr("required field \"%1\" is missing (only a pack with \"extends\" may leave it out)")
                        .arg(QLatin1String(kFiles[required].key))));
    }

    std::array<CheckedFile, FileCount> docs;
    for (std::size_t i = 0; i < kFiles.size(); ++i) {
        if (!files.contains(kFiles[i].key))
            continue;
        const QString name = qs(files.at(kFiles[i].key).get<std::string>());
        docs[i] = readChecked(dir.filePath(name), QLatin1String(kFiles[i].schema), out, &hash);
    }

    // Translations are read and checked whatever the language (the SHA and `policy validate` do not
    // depend on it); the one for the content language is applied before the pack is built.
    if (m.contains("translations")) {
        const QString& language = contentLanguage;
        for (const auto& [lang, fileName] : m.at("translations").items()) {
            const QString l = qs(lang);
            const bool apply = l == language && l != pack.manifest.language;
            if (!apply && translationLoading == TranslationLoading::ShownLanguage) {
                // Not shown: hashed (the pack's SHA covers it) but neither parsed nor checked now.
                const QString name = qs(fileName.get<std::string>());
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly))
                    hash.addData(file.read(json::kMaxFileBytes + 1));
                ContentTranslation deferred;
                deferred.language = l;
                deferred.file = name;
                deferred.deferred = std::make_shared<DeferredTexts>(dir.filePath(name));
                pack.translations.append(std::move(deferred));
                continue;
            }
            if (std::optional<ContentTranslation> t =
                    readTranslation(dir, l, qs(fileName.get<std::string>()), docs, pack.manifest, apply, out, hash))
                pack.translations.append(std::move(*t));
        }
    }

    PackBuilder builder(pack, out, base ? &*base : nullptr);
    builder.build(docs);
    if (base && out.isEmpty())
        builder.recheckReferences(manifest);
    if (out.isEmpty())
        checkPackDates(pack, manifest, out);

    if (!out.isEmpty()) {
        sortDiagnostics(out);
        return result;
    }
    pack.sha256 = hash.result().toHex();
    result.pack = std::move(pack);
    return result;
}

} // namespace kilotse
