// The native messaging host of the browser extension: framing, limits, site matching, the answer
// and the whole `ki-lotse-cli native-host` process (issue 21).

#include "TestConfig.h"
#include "TestSupport.h"
#include "browser/HostRequest.h"
#include "browser/NativeMessaging.h"
#include "browser/SiteMatch.h"
#include "registry/Registry.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

using namespace kilotse;
using namespace kilotse::browser;

namespace {

const QString kIbanText = QStringLiteral("Bitte überweisen Sie den Betrag auf DE89 3704 0044 0532 0130 00.");

QByteArray request(const QString& text, const QString& url, const QString& language = QString())
{
    QJsonObject o{{QStringLiteral("text"), text}, {QStringLiteral("url"), url}};
    if (!language.isEmpty())
        o.insert(QStringLiteral("language"), language);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray lengthOnly(quint32 length)
{
    QByteArray b(4, Qt::Uninitialized);
    std::memcpy(b.data(), &length, 4);
    return b;
}

// Splits a stream of frames into their payloads; fails on a cut frame.
QList<QByteArray> unframe(QByteArray bytes)
{
    QList<QByteArray> list;
    while (!bytes.isEmpty()) {
        REQUIRE(bytes.size() >= 4);
        quint32 length = 0;
        std::memcpy(&length, bytes.constData(), 4);
        REQUIRE(bytes.size() >= 4 + qsizetype(length));
        list << bytes.mid(4, length);
        bytes.remove(0, 4 + qsizetype(length));
    }
    return list;
}

QJsonObject object(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(json.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// A session over an in-memory input, delivered in pieces of `chunk` bytes (any split must work).
struct SessionRun
{
    SessionStats stats;
    QList<QByteArray> answers;
    QList<QByteArray> requests; // what the handler saw
};
SessionRun session(const QByteArray& input, qsizetype chunk = 1 << 20)
{
    SessionRun run;
    qsizetype pos = 0;
    QByteArray output;
    run.stats = runSession(
        [&](char* data, qint64 maxSize) -> qint64 {
            const qsizetype n = std::min({qsizetype(maxSize), chunk, input.size() - pos});
            std::memcpy(data, input.constData() + pos, size_t(n));
            pos += n;
            return n;
        },
        [&](QByteArrayView bytes) {
            output.append(bytes.data(), bytes.size());
            return true;
        },
        [&](const QByteArray& req) -> QByteArray {
            run.requests << req;
            return QByteArray("{\"echo\":") + QByteArray::number(req.size()) + "}";
        });
    run.answers = unframe(output);
    return run;
}

Service service(const QString& name, const QString& url, int maxLevel,
                Service::Status status = Service::Status::Approved)
{
    Service s;
    s.name = name;
    s.vendor = QStringLiteral("Stadt Musterstadt");
    s.product = QStringLiteral("Assistent");
    s.models = {QStringLiteral("Modell A")};
    s.deployment = Service::Deployment::OnPremises;
    s.location = Service::Location::DE;
    s.backflowExcluded = true;
    s.avvPresent = true;
    s.avvReference = QStringLiteral("AVV-1");
    s.maxLevel = maxLevel;
    s.personalDataPermitted = maxLevel >= 2;
    s.useCases = {QStringLiteral("drafting")};
    s.accessUrl = url;
    s.status = status;
    s.approvedOn = QDate(2026, 1, 10);
    s.nextReview = QDate(2027, 1, 10);
    return s;
}

RegistryView viewOf(const QList<Service>& services)
{
    RegistryView v;
    v.available = true;
    v.services = services;
    return v;
}

QList<Service> testServices()
{
    return {service(QStringLiteral("Bürger-Chat"), QStringLiteral("https://ki.musterstadt.example/buerger"), 1),
            service(QStringLiteral("Stadt-KI"), QStringLiteral("https://ki.musterstadt.example/"), 2),
            service(QStringLiteral("Alt-KI"), QStringLiteral("https://alt.musterstadt.example/"), 2,
                    Service::Status::Retired)};
}

} // namespace

// ---- framing ----------------------------------------------------------------------------------

TEST_CASE("nativeHost_oneMessage_andSeveralInOneSession_inAnySplit", "[native-host]")
{
    const QByteArray one = frameMessage("{\"text\":\"a\"}");
    SessionRun r = session(one);
    CHECK(r.stats.end == SessionStats::End::EndOfInput);
    REQUIRE(r.answers.size() == 1);
    CHECK(r.requests.value(0) == QByteArray("{\"text\":\"a\"}"));

    const QByteArray three = frameMessage("{\"n\":1}") + frameMessage("{\"n\":22}") + frameMessage("{}");
    for (qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(5), qsizetype(1 << 20)}) {
        INFO("chunk " << chunk);
        r = session(three, chunk);
        CHECK(r.stats.end == SessionStats::End::EndOfInput);
        CHECK(r.stats.messages == 3);
        CHECK(r.requests == QList<QByteArray>{"{\"n\":1}", "{\"n\":22}", "{}"});
        CHECK(r.answers.size() == 3);
    }
}

TEST_CASE("nativeHost_lengthIsNativeByteOrder", "[native-host]")
{
    const QByteArray frame = frameMessage("abc");
    quint32 length = 0;
    std::memcpy(&length, frame.constData(), 4);
    CHECK(length == 3u);
    CHECK(frame.mid(4) == QByteArray("abc"));
}

TEST_CASE("nativeHost_oversizedMessage_getsAnError_andTheNextFrameIsReadInSync", "[native-host]")
{
    const QByteArray big(qsizetype(kMaxRequestBytes) + 10, 'x');
    const QByteArray input = frameMessage(big) + frameMessage("{\"after\":1}");
    for (qsizetype chunk : {qsizetype(7), qsizetype(65536), qsizetype(8 << 20)}) {
        INFO("chunk " << chunk);
        const SessionRun r = session(input, chunk);
        CHECK(r.stats.end == SessionStats::End::EndOfInput);
        CHECK(r.stats.tooLarge == 1);
        REQUIRE(r.answers.size() == 2);
        const QJsonObject error = object(r.answers[0]);
        CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("too-large"));
        CHECK(error.value(QStringLiteral("error")).toString().contains(QStringLiteral("too large")));
        CHECK(r.requests == QList<QByteArray>{"{\"after\":1}"}); // the big frame never reached the handler
    }
}

TEST_CASE("nativeHost_absurdLength_endsTheSession", "[native-host]")
{
    const QByteArray input = frameMessage("{}") + lengthOnly(kMaxFrameBytes + 1) + frameMessage("{}");
    const SessionRun r = session(input);
    CHECK(r.stats.end == SessionStats::End::AbsurdLength);
    CHECK(r.answers.size() == 1);
}

TEST_CASE("nativeHost_truncatedFrameAtEof_endsCleanly", "[native-host]")
{
    const QByteArray input = frameMessage("{}") + lengthOnly(100) + QByteArray("{\"te");
    const SessionRun r = session(input, 3);
    CHECK(r.stats.end == SessionStats::End::TruncatedFrame);
    CHECK(r.answers.size() == 1);
    // A cut length field is a cut frame as well.
    CHECK(session(frameMessage("{}") + QByteArray("\x05\x00", 2)).stats.end == SessionStats::End::TruncatedFrame);
    CHECK(session(QByteArray()).stats.end == SessionStats::End::EndOfInput);
}

TEST_CASE("nativeHost_sessionOverQIODevice", "[native-host]")
{
    QByteArray inBytes = frameMessage("{\"a\":1}") + frameMessage("{\"b\":2}");
    QBuffer in(&inBytes);
    QByteArray outBytes;
    QBuffer out(&outBytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    REQUIRE(out.open(QIODevice::WriteOnly));
    const SessionStats stats = runSession(in, out, [](const QByteArray& r) { return r; });
    CHECK(stats.messages == 2);
    CHECK(unframe(outBytes) == QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"});
}

// ---- site matching ----------------------------------------------------------------------------

TEST_CASE("nativeHost_siteMatch_schemeHostPortAndPathPrefix", "[native-host]")
{
    const QList<Service> services = testServices();
    auto name = [&](const char* url) {
        const auto m = matchSite(services, QString::fromUtf8(url));
        return m ? m->service : QStringLiteral("<none>");
    };
    CHECK(name("https://ki.musterstadt.example/") == QStringLiteral("Stadt-KI"));
    CHECK(name("https://ki.musterstadt.example") == QStringLiteral("Stadt-KI"));
    CHECK(name("https://KI.Musterstadt.EXAMPLE./chat?x=1#y") == QStringLiteral("Stadt-KI"));
    CHECK(name("https://ki.musterstadt.example:443/chat") == QStringLiteral("Stadt-KI"));
    // The longest prefix wins, at a segment boundary only.
    CHECK(name("https://ki.musterstadt.example/buerger") == QStringLiteral("Bürger-Chat"));
    CHECK(name("https://ki.musterstadt.example/buerger/") == QStringLiteral("Bürger-Chat"));
    CHECK(name("https://ki.musterstadt.example/buerger/thread/7") == QStringLiteral("Bürger-Chat"));
    CHECK(name("https://ki.musterstadt.example/buergerbuero") == QStringLiteral("Stadt-KI"));
    CHECK(name("https://ki.musterstadt.example/x/../buerger/1") == QStringLiteral("Bürger-Chat"));
    // Paths are case-sensitive, hosts are not.
    CHECK(name("https://ki.musterstadt.example/Buerger") == QStringLiteral("Stadt-KI"));
    // Never a suffix or prefix match of the host; scheme and port must agree.
    CHECK(name("https://ki.musterstadt.example.evil.com/buerger") == QStringLiteral("<none>"));
    CHECK(name("https://evil-ki.musterstadt.example/") == QStringLiteral("<none>"));
    CHECK(name("https://xki.musterstadt.example/") == QStringLiteral("<none>"));
    CHECK(name("http://ki.musterstadt.example/") == QStringLiteral("<none>"));
    CHECK(name("https://ki.musterstadt.example:8443/") == QStringLiteral("<none>"));
    CHECK(name("https://ki.musterstadt.example@evil.com/") == QStringLiteral("<none>"));
    CHECK(name("not a url") == QStringLiteral("<none>"));
    CHECK(name("") == QStringLiteral("<none>"));
    CHECK(name("file:///ki.musterstadt.example/") == QStringLiteral("<none>"));
}

TEST_CASE("nativeHost_siteMatch_statusLevelIdnAndLocalhost", "[native-host]")
{
    QList<Service> services = testServices();
    services << service(QStringLiteral("Lokal"), QStringLiteral("http://127.0.0.1:8080/level1"), 1)
             << service(QStringLiteral("Umlaut"), QStringLiteral("https://ki.münchen.example/"), 1);
    auto bm = matchSite(services, QStringLiteral("https://ki.musterstadt.example/buerger/1"));
    REQUIRE(bm);
    CHECK(bm->maxLevel == 1);
    CHECK(bm->approved());
    const auto retired = matchSite(services, QStringLiteral("https://alt.musterstadt.example/"));
    REQUIRE(retired);
    CHECK(retired->service == QStringLiteral("Alt-KI"));
    CHECK_FALSE(retired->approved());
    CHECK(retired->status == Service::Status::Retired);
    CHECK(matchSite(services, QStringLiteral("http://127.0.0.1:8080/level1/page.html")));
    CHECK_FALSE(matchSite(services, QStringLiteral("http://127.0.0.1:8081/level1/page.html")));
    CHECK_FALSE(matchSite(services, QStringLiteral("http://127.0.0.1:8080/level2/page.html")));
    // IDN: the Unicode and the ASCII form are one host.
    const auto idn = matchSite(services, QStringLiteral("https://ki.xn--mnchen-3ya.example/chat"));
    REQUIRE(idn);
    CHECK(idn->service == QStringLiteral("Umlaut"));
    CHECK(matchSite(services, QStringLiteral("https://KI.MÜNCHEN.example/")));
    // Of two services with the same prefix, the approved one wins over the retired one.
    services << service(QStringLiteral("Alt-KI neu"), QStringLiteral("https://alt.musterstadt.example"), 1);
    const auto both = matchSite(services, QStringLiteral("https://alt.musterstadt.example/x"));
    REQUIRE(both);
    CHECK(both->service == QStringLiteral("Alt-KI neu"));
}

// ---- the answer -------------------------------------------------------------------------------

TEST_CASE("nativeHost_answer_unknownSiteWithIban_warns", "[native-host]")
{
    const HostRequestHandler handler(test::defaultPack(), viewOf(testServices()));
    const QJsonObject a = object(handler.handle(request(kIbanText, QStringLiteral("https://chat.example.com/"))));
    CHECK(a.value(QStringLiteral("suggested_level")).toInt() == 2);
    CHECK(a.value(QStringLiteral("suggested_verdict")).toString() == QStringLiteral("level_2"));
    const QJsonObject site = a.value(QStringLiteral("site")).toObject();
    CHECK(site.value(QStringLiteral("service")).isNull());
    CHECK(site.value(QStringLiteral("approved_level")).isNull());
    CHECK(site.value(QStringLiteral("status")).toString() == QStringLiteral("unknown"));
    const QJsonObject verdict = a.value(QStringLiteral("verdict")).toObject();
    CHECK(verdict.value(QStringLiteral("warn")).toBool());
    CHECK(verdict.value(QStringLiteral("text")).toString().contains(QStringLiteral("IBAN")));
    const QJsonArray findings = a.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject f = findings[0].toObject();
    CHECK(f.value(QStringLiteral("category")).toString() == QStringLiteral("IBAN"));
    CHECK(f.value(QStringLiteral("placeholder")).toString() ==
          test::defaultPack().scan->info(ScanCategory::Iban).placeholder);
    CHECK(f.value(QStringLiteral("pseudonymisable")).toBool());
    CHECK(kIbanText.mid(f.value(QStringLiteral("start")).toInt(), f.value(QStringLiteral("length")).toInt()) ==
          QStringLiteral("DE89 3704 0044 0532 0130 00"));
    // The text itself is not echoed.
    CHECK_FALSE(QString::fromUtf8(handler.handle(request(kIbanText, QStringLiteral("https://chat.example.com/"))))
                    .contains(QStringLiteral("3704")));
    // A text without findings on an unknown site: no warning.
    const QJsonObject clean =
        object(handler.handle(request(QStringLiteral("Hallo"), QStringLiteral("https://x.org/"))));
    CHECK_FALSE(clean.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());
}

TEST_CASE("nativeHost_answer_level1SiteWarns_level2SiteDoesNot", "[native-host]")
{
    const HostRequestHandler handler(test::defaultPack(), viewOf(testServices()));
    const QJsonObject l1 =
        object(handler.handle(request(kIbanText, QStringLiteral("https://ki.musterstadt.example/buerger/neu"))));
    CHECK(l1.value(QStringLiteral("site")).toObject().value(QStringLiteral("service")).toString() ==
          QStringLiteral("Bürger-Chat"));
    CHECK(l1.value(QStringLiteral("site")).toObject().value(QStringLiteral("approved_level")).toInt() == 1);
    CHECK(l1.value(QStringLiteral("site")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("approved"));
    const QJsonObject v1 = l1.value(QStringLiteral("verdict")).toObject();
    CHECK(v1.value(QStringLiteral("warn")).toBool());
    const QString text = v1.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral("Bürger-Chat")));
    CHECK(text.contains(QStringLiteral("nur für Schutzstufe 1 freigegeben")));
    CHECK(text.contains(QStringLiteral("IBAN")));

    const QJsonObject en = object(handler.handle(
        request(kIbanText, QStringLiteral("https://ki.musterstadt.example/buerger"), QStringLiteral("en"))));
    CHECK(en.value(QStringLiteral("verdict"))
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("approved only up to protection level 1")));

    const QJsonObject l2 =
        object(handler.handle(request(kIbanText, QStringLiteral("https://ki.musterstadt.example/"))));
    CHECK(l2.value(QStringLiteral("site")).toObject().value(QStringLiteral("approved_level")).toInt() == 2);
    CHECK_FALSE(l2.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());

    // An approved service without any level: every finding warns, and the text says so.
    const HostRequestHandler noLevel(
        test::defaultPack(),
        viewOf({service(QStringLiteral("Ohne Stufe"), QStringLiteral("https://null.musterstadt.example/"), 0)}));
    const QJsonObject l0 =
        object(noLevel.handle(request(kIbanText, QStringLiteral("https://null.musterstadt.example/"))));
    CHECK(l0.value(QStringLiteral("site")).toObject().value(QStringLiteral("approved_level")).isNull());
    CHECK(l0.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());
    CHECK(l0.value(QStringLiteral("verdict"))
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("für keine Schutzstufe freigegeben")));

    // A retired service is named, but not approved: warn.
    const QJsonObject old =
        object(handler.handle(request(kIbanText, QStringLiteral("https://alt.musterstadt.example/"))));
    CHECK(old.value(QStringLiteral("site")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("retired"));
    CHECK(old.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());
}

TEST_CASE("nativeHost_answer_offlineAndUnavailableRegistry", "[native-host]")
{
    RegistryView offline = viewOf(testServices());
    offline.offline = true;
    offline.snapshot = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    const HostRequestHandler handler(test::defaultPack(), offline);
    const QJsonObject a = object(handler.handle(request(kIbanText, QStringLiteral("https://ki.musterstadt.example/"))));
    const QJsonObject reg = a.value(QStringLiteral("registry")).toObject();
    CHECK(reg.value(QStringLiteral("offline")).toBool());
    CHECK(reg.value(QStringLiteral("snapshot")).toString() == QStringLiteral("2026-12-01T08:30:00Z"));
    CHECK(a.value(QStringLiteral("site")).toObject().value(QStringLiteral("service")).toString() ==
          QStringLiteral("Stadt-KI"));

    const HostRequestHandler none(test::defaultPack(), unavailableRegistry(QStringLiteral("gone")));
    const QJsonObject b = object(none.handle(request(kIbanText, QStringLiteral("https://ki.musterstadt.example/"))));
    CHECK(b.value(QStringLiteral("site")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("registry-unavailable"));
    CHECK_FALSE(b.value(QStringLiteral("registry")).toObject().value(QStringLiteral("available")).toBool());
    const QJsonObject v = b.value(QStringLiteral("verdict")).toObject();
    CHECK(v.value(QStringLiteral("warn")).toBool());
    CHECK(v.value(QStringLiteral("text")).toString().contains(QStringLiteral("nicht verfügbar")));
}

TEST_CASE("nativeHost_answer_badRequests_getErrors", "[native-host]")
{
    const HostRequestHandler handler(test::defaultPack(), viewOf({}));
    auto code = [&](const QByteArray& req) {
        return object(handler.handle(req)).value(QStringLiteral("code")).toString();
    };
    CHECK(code("{broken") == QStringLiteral("bad-json"));
    CHECK(code("[1,2]") == QStringLiteral("bad-request"));
    CHECK(code("{\"url\":\"https://x\"}") == QStringLiteral("bad-request"));
    CHECK(code("{\"text\":1}") == QStringLiteral("bad-request"));
    CHECK(code("{\"text\":\"a\",\"language\":\"fr\"}") == QStringLiteral("bad-request"));
    CHECK(code("{\"text\":\"a\"}").isEmpty()); // no url: an unknown site
}

TEST_CASE("nativeHost_answer_staysBelowTheLimit_andSaysItWasCut", "[native-host]")
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Konto DE89 3704 0044 0532 0130 00 und ");
    const HostRequestHandler handler(test::defaultPack(), viewOf(testServices()));
    const QByteArray answer = handler.handle(request(text, QStringLiteral("https://ki.musterstadt.example/buerger")));
    CHECK(answer.size() <= kMaxAnswerBytes);
    const QJsonObject a = object(answer);
    CHECK(a.value(QStringLiteral("truncated")).toBool());
    CHECK(a.value(QStringLiteral("finding_count")).toInt() == 20000);
    CHECK(a.value(QStringLiteral("findings")).toArray().size() < 20000);
    CHECK(a.value(QStringLiteral("findings")).toArray().size() > 1000);
    CHECK(a.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());

    const QJsonObject small = object(handler.handle(request(kIbanText, QStringLiteral("https://x.org/"))));
    CHECK_FALSE(small.value(QStringLiteral("truncated")).toBool());
}

// ---- the process ------------------------------------------------------------------------------

TEST_CASE("nativeHost_process_answersTwoFramedRequests_fromASqliteRegistry", "[native-host][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        REQUIRE(registry);
        REQUIRE(
            registry->add(service(QStringLiteral("Lokal Stufe 1"), QStringLiteral("http://127.0.0.1:8765/level1/"), 1),
                          QStringLiteral("test"), &error));
        INFO(error.message.toStdString());
        REQUIRE(
            registry->add(service(QStringLiteral("Lokal Stufe 2"), QStringLiteral("http://127.0.0.1:8765/level2"), 2),
                          QStringLiteral("test"), &error));
    }
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH), {QStringLiteral("native-host"), QStringLiteral("--registry"), path,
                                                QStringLiteral("chrome-extension://abcdefghijklmnopabcdefghijklmnop/"),
                                                QStringLiteral("--parent-window=0")});
    REQUIRE(p.waitForStarted(10000));
    p.write(frameMessage(request(kIbanText, QStringLiteral("http://127.0.0.1:8765/level1/page.html"))));
    // The first answer comes while the session is still open (flushed per message).
    QByteArray out;
    while (out.size() < 4 && p.waitForReadyRead(10000))
        out += p.readAllStandardOutput();
    REQUIRE(out.size() >= 4);
    p.write(frameMessage(request(kIbanText, QStringLiteral("http://127.0.0.1:8765/level2/page.html"))));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    out += p.readAllStandardOutput();
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    const QList<QByteArray> answers = unframe(out);
    REQUIRE(answers.size() == 2);
    const QJsonObject a1 = object(answers[0]);
    const QJsonObject a2 = object(answers[1]);
    CHECK(a1.value(QStringLiteral("site")).toObject().value(QStringLiteral("service")).toString() ==
          QStringLiteral("Lokal Stufe 1"));
    CHECK(a1.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());
    CHECK(a2.value(QStringLiteral("site")).toObject().value(QStringLiteral("service")).toString() ==
          QStringLiteral("Lokal Stufe 2"));
    CHECK_FALSE(a2.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("warn")).toBool());
    CHECK_FALSE(a1.value(QStringLiteral("registry")).toObject().value(QStringLiteral("offline")).toBool());
}

TEST_CASE("nativeHost_process_firefoxArguments_brokenFrame_andAbsurdLength", "[native-host][cli]")
{
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH),
            {QStringLiteral("native-host"),
             QStringLiteral("/usr/lib/mozilla/native-messaging-hosts/de.ki_lotse.host.json"),
             QStringLiteral("ki-lotse@ki-lotse.de")});
    REQUIRE(p.waitForStarted(10000));
    p.write(frameMessage("{oops") + frameMessage(request(QStringLiteral("Hallo"), QStringLiteral("https://x.org/"))) +
            lengthOnly(0xFFFFFFFFu));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    const QList<QByteArray> answers = unframe(p.readAllStandardOutput());
    REQUIRE(answers.size() == 2);
    CHECK(object(answers[0]).value(QStringLiteral("code")).toString() == QStringLiteral("bad-json"));
    CHECK(object(answers[1]).value(QStringLiteral("suggested_level")).toInt() == 1);
    CHECK(p.exitCode() == 2); // the absurd length ended the session
}

TEST_CASE("nativeHost_process_neverLogsTheTextOrThePageAddress", "[native-host][cli][privacy]")
{
    QTemporaryDir state;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH),
            {QStringLiteral("native-host"), QStringLiteral("chrome-extension://canaryorigin/")});
    REQUIRE(p.waitForStarted(10000));
    const QString canaryText = QStringLiteral("Kanarienvogel-7f3a Herr Max Mustermann ") + kIbanText;
    p.write(frameMessage(request(canaryText, QStringLiteral("https://secret-host-9c1.example/pfad-4e2/"))));
    p.write(frameMessage("{kaputt-5d7"));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    CHECK(unframe(p.readAllStandardOutput()).size() == 2);
    const QByteArray err = p.readAllStandardError();

    QByteArray logs;
    QDirIterator it(state.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        logs += f.readAll();
    }
    INFO(logs.toStdString());
    CHECK(logs.contains("native-host: session ended")); // the log was written where we look
    CHECK(logs.contains("2 messages answered"));
    for (const QByteArray& secret : {QByteArray("Kanarienvogel"), QByteArray("Mustermann"), QByteArray("3704"),
                                     QByteArray("secret-host"), QByteArray("pfad-4e2"), QByteArray("kaputt")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(logs.contains(secret));
        CHECK_FALSE(err.contains(secret));
    }
}

// The installed manifests name the wrapper and admit exactly the extension whose key is in
// browser/manifest.json (its Chromium id: the first 32 hex digits of SHA-256 of the key, a-p).
TEST_CASE("nativeHost_manifests_admitTheExtensionOfTheKey", "[native-host]")
{
    auto read = [](const QString& path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QJsonObject extension = object(read(QStringLiteral(KI_LOTSE_SOURCE_DIR "/browser/manifest.json")));
    const QByteArray key = QByteArray::fromBase64(extension.value(QStringLiteral("key")).toString().toLatin1());
    REQUIRE(!key.isEmpty());
    QString id;
    for (const char c : QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
        id += QChar(u'a' + QByteArray(1, c).toInt(nullptr, 16));
    CHECK(QString::fromLatin1(read(QStringLiteral(KI_LOTSE_SOURCE_DIR "/browser/EXTENSION_ID")).trimmed()) == id);
    const QString gecko = extension.value(QStringLiteral("browser_specific_settings"))
                              .toObject()
                              .value(QStringLiteral("gecko"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();

    const QString built = QStringLiteral(KI_LOTSE_CLI_PATH).section(u'/', 0, -3) + QStringLiteral("/native-messaging/");
    const QJsonObject chromium = object(read(built + QStringLiteral("chromium/de.ki_lotse.host.json")));
    const QJsonObject firefox = object(read(built + QStringLiteral("firefox/de.ki_lotse.host.json")));
    for (const QJsonObject& m : {chromium, firefox}) {
        CHECK(m.value(QStringLiteral("name")).toString() == QStringLiteral("de.ki_lotse.host"));
        CHECK(m.value(QStringLiteral("type")).toString() == QStringLiteral("stdio"));
        CHECK(m.value(QStringLiteral("path")).toString() == QStringLiteral("/usr/lib/ki-lotse/native-host"));
    }
    CHECK(chromium.value(QStringLiteral("allowed_origins")).toArray() ==
          QJsonArray{QStringLiteral("chrome-extension://%1/").arg(id)});
    CHECK(firefox.value(QStringLiteral("allowed_extensions")).toArray() == QJsonArray{gecko});
    // The host name is the one the extension asks for.
    CHECK(read(QStringLiteral(KI_LOTSE_SOURCE_DIR "/browser/background.js")).contains("\"de.ki_lotse.host\""));

    // The wrapper starts the CLI next to it (…/lib/ki-lotse/native-host → …/bin/ki-lotse-cli).
    const QString wrapper = QString::fromUtf8(read(built + QStringLiteral("native-host")));
    CHECK(wrapper.startsWith(QStringLiteral("#!/bin/sh\n")));
    CHECK(wrapper.contains(QStringLiteral("exec \"$here/../../bin/ki-lotse-cli\" native-host \"$@\"")));
}

TEST_CASE("nativeHost_process_unusableSettings_everyRequestGetsTheReasonFramed", "[native-host][cli]")
{
    // IT's system file is broken: the host does not run on defaults (demo registry, bundled pack)
    // and does not just die either (the browser never shows stderr): each request gets the reason.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("etc/ki-lotse")));
    QFile conf(dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write("[registry\nlocation=/srv/registry.sqlite\n"); // an unclosed "[": not an INI file
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("etc")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home-config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("KI_LOTSE_REGISTRY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH),
            {QStringLiteral("native-host"), QStringLiteral("chrome-extension://abcdefghijklmnopabcdefghijklmnop/")});
    REQUIRE(p.waitForStarted(10000));
    p.write(frameMessage(request(kIbanText, QStringLiteral("https://x.org/"))) +
            frameMessage(request(QStringLiteral("Hallo"), QStringLiteral("https://x.org/"))));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    const QList<QByteArray> answers = unframe(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(answers.size() == 2);
    for (const QByteArray& a : answers) {
        const QJsonObject o = object(a);
        CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("settings-unusable"));
        CHECK(o.value(QStringLiteral("error")).toString().contains(dir.filePath(QStringLiteral("etc"))));
        CHECK_FALSE(o.contains(QStringLiteral("findings")));
    }
    CHECK(err.contains(dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf"))));
    CHECK(p.exitCode() == 0);
    // Every other command still refuses to run.
    QProcess scan;
    scan.setProcessEnvironment(env);
    scan.start(QStringLiteral(KI_LOTSE_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("-")});
    REQUIRE(scan.waitForStarted(10000));
    scan.write("Hallo");
    scan.closeWriteChannel();
    REQUIRE(scan.waitForFinished(30000));
    CHECK(scan.exitCode() == 1);
}
