// SPDX-License-Identifier: MIT
// Error answers of the Vipps APIs (docs/vipps-wire.md §7, §2) and how an ApiError reads for people and the CLI.
#include "api/apierror.h"

#include <QTest>

using Api::ApiError;
using Api::ExtraDetail;
using Base::FieldError;

Q_DECLARE_METATYPE(Api::ApiError)

namespace {

QStringList extraDetailTexts(const QList<ExtraDetail> &details)
{
    QStringList texts;
    for (const ExtraDetail &item : details)
        texts.append(item.name + QLatin1String(": ") + item.reason);
    return texts;
}

ApiError httpError(int status, const QString &title, const QString &detail, const QList<ExtraDetail> &extras = {},
                   const QString &traceId = {})
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.status = status;
    error.title = title;
    error.detail = detail;
    error.extraDetails = extras;
    error.traceId = traceId;
    return error;
}

const QString kUrlRequired = QStringLiteral("The property is required and cannot be null or empty.");
const QString kValidationDetail = QStringLiteral("One or more validation errors occurred.");
const QString kTraceId = QStringLiteral("00-6614b5c7ea5c404b17e45c3a398c4754-5ca6de688e27022d-01");
const QString kApimMessage = QStringLiteral(
    "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.");

ApiError webhookValidationError()
{
    return httpError(400, QStringLiteral("Bad Request"), kValidationDetail,
                     {ExtraDetail{QStringLiteral("url"), kUrlRequired}}, kTraceId);
}

} // namespace

class TestProblemDetails : public QObject
{
    Q_OBJECT

private slots:
    void fromResponse_data();
    void fromResponse();
    void fromResponseKeepsTypeAndInstance();
    void errorCode_data();
    void errorCode();
    void summary_data();
    void summary();
    void lines_data();
    void lines();
    void exitCode_data();
    void exitCode();
};

void TestProblemDetails::fromResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QStringList>("extraDetails");
    QTest::addColumn<QString>("message");

    const QString none;
    QTest::newRow("problem: webhook validation error")
        << 400
        << QByteArray(
               R"({"type":"https://httpstatuses.io/400","title":"Bad Request","status":400,)"
               R"("detail":"One or more validation errors occurred.","instance":"/v1/webhooks",)"
               R"("traceId":"00-6614b5c7ea5c404b17e45c3a398c4754-5ca6de688e27022d-01",)"
               R"("extraDetails":[{"name":"url","reason":"The property is required and cannot be null or empty."}]})")
        << QStringLiteral("Bad Request") << kValidationDetail << kTraceId
        << QStringList{QLatin1String("url: ") + kUrlRequired} << none;
    QTest::newRow("problem: domain error with ErrorCode")
        << 400
        << QByteArray(R"({"title":"Capture failed","status":400,"detail":"Cannot capture before reservation",)"
                      R"("extraDetails":[{"name":"ErrorCode","reason":"6080"}]})")
        << QStringLiteral("Capture failed") << QStringLiteral("Cannot capture before reservation") << none
        << QStringList{QStringLiteral("ErrorCode: 6080")} << none;
    QTest::newRow("problem: every field null")
        << 400
        << QByteArray(R"({"type":null,"title":null,"status":null,"detail":null,"instance":null,"traceId":null,)"
                      R"("extraDetails":null})")
        << none << none << none << QStringList() << none;
    QTest::newRow("problem: wrong-typed fields are ignored")
        << 400 << QByteArray(R"({"title":true,"detail":["x"],"traceId":{},"extraDetails":{"name":"url"}})") << none
        << none << none << QStringList() << none;
    QTest::newRow("problem: numeric values read as text")
        << 409 << QByteArray(R"({"title":1234,"extraDetails":[{"name":"ErrorCode","reason":4150}]})")
        << QStringLiteral("1234") << none << none << QStringList{QStringLiteral("ErrorCode: 4150")} << none;
    QTest::newRow("problem: odd extraDetails items skipped, partial ones kept")
        << 400 << QByteArray(R"({"title":"Bad Request","extraDetails":[1,null,"x",{"name":"reference"},{}]})")
        << QStringLiteral("Bad Request") << none << none << QStringList{QStringLiteral("reference: ")} << none;
    QTest::newRow("problem: ASP.NET errors map when extraDetails is absent")
        << 400
        << QByteArray(R"({"title":"One or more validation errors occurred.","status":400,)"
                      R"("errors":{"Reference":["The field Reference must match the regular expression."]}})")
        << QStringLiteral("One or more validation errors occurred.") << none << none
        << QStringList{QStringLiteral("Reference: The field Reference must match the regular expression.")} << none;
    QTest::newRow("problem: only a status")
        << 400 << QByteArray(R"({"status":400})") << none << none << none << QStringList() << none;
    QTest::newRow("APIM: invalid subscription key")
        << 401 << (R"({"statusCode":401,"message":")" + kApimMessage.toUtf8() + R"("})") << none << kApimMessage << none
        << QStringList() << kApimMessage;
    QTest::newRow("APIM: rate limit, statusCode as text")
        << 429 << QByteArray(R"({"statusCode":"429","message":"Rate limit is exceeded. Try again in 5 seconds."})")
        << none << QStringLiteral("Rate limit is exceeded. Try again in 5 seconds.") << none << QStringList()
        << QStringLiteral("Rate limit is exceeded. Try again in 5 seconds.");
    QTest::newRow("Azure AD: historical token error")
        << 400
        << QByteArray(R"({"error":"unauthorized_client","error_description":"AADSTS70001: Application is disabled.",)"
                      R"("error_codes":[70001],"timestamp":"2017-12-01 12:00:00Z","trace_id":"t-1",)"
                      R"("correlation_id":"c-1"})")
        << QStringLiteral("unauthorized_client") << QStringLiteral("AADSTS70001: Application is disabled.")
        << QStringLiteral("t-1") << QStringList{QStringLiteral("correlation_id: c-1")} << none;
    QTest::newRow("HTML error page, trimmed")
        << 503 << QByteArray("\r\n  <html><body>Service down</body></html>\n") << QStringLiteral("Service Unavailable")
        << QStringLiteral("<html><body>Service down</body></html>") << none << QStringList() << none;
    QTest::newRow("plain text") << 500 << QByteArray("Something went wrong, please try again later")
                                << QStringLiteral("Internal Server Error")
                                << QStringLiteral("Something went wrong, please try again later") << none
                                << QStringList() << none;
    QTest::newRow("empty body") << 401 << QByteArray() << QStringLiteral("Unauthorized") << none << none
                                << QStringList() << none;
    QTest::newRow("long text cut to 300 characters")
        << 500 << (QByteArray(300, 'a') + QByteArray(200, 'b')) << QStringLiteral("Internal Server Error")
        << QString(300, QLatin1Char('a')) << none << QStringList() << none;
    QTest::newRow("cut never splits a surrogate pair")
        << 500 << (QByteArray(299, 'a') + "\xf0\x9f\x98\x80" + "tail") << QStringLiteral("Internal Server Error")
        << QString(299, QLatin1Char('a')) << none << QStringList() << none;
    QTest::newRow("JSON array is text") << 400 << QByteArray(R"([{"title":"x"}])") << QStringLiteral("Bad Request")
                                        << QStringLiteral(R"([{"title":"x"}])") << none << QStringList() << none;
    QTest::newRow("JSON object of another shape is text")
        << 404 << QByteArray(R"({"foo":1})") << QStringLiteral("Not Found") << QStringLiteral(R"({"foo":1})") << none
        << QStringList() << none;
    QTest::newRow("truncated JSON is text") << 400 << QByteArray(R"({"title":"Bad)") << QStringLiteral("Bad Request")
                                            << QStringLiteral(R"({"title":"Bad)") << none << QStringList() << none;
    QTest::newRow("status without a known phrase")
        << 418 << QByteArray("Teapot") << none << QStringLiteral("Teapot") << none << QStringList() << none;
    QTest::newRow("invalid UTF-8 does not crash")
        << 599 << QByteArray("\xff\xfe bad") << none
        << (QChar(QChar::ReplacementCharacter) + QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral(" bad"))
        << none << QStringList() << none;
}

void TestProblemDetails::fromResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, traceId);
    QFETCH(QStringList, extraDetails);
    QFETCH(QString, message);

    const ApiError error = Api::ProblemDetails::fromResponse(status, body);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.status, status);
    QCOMPARE(error.title, title);
    QCOMPARE(error.detail, detail);
    QCOMPARE(error.traceId, traceId);
    QCOMPARE(extraDetailTexts(error.extraDetails), extraDetails);
    QCOMPARE(error.message, message);
    QVERIFY(!error.ok());
}

void TestProblemDetails::fromResponseKeepsTypeAndInstance()
{
    const ApiError error = Api::ProblemDetails::fromResponse(
        404, R"({"type":"https://httpstatuses.io/404","title":"Not Found","status":400,"instance":"/v1/payments/x"})");
    QCOMPARE(error.type, QStringLiteral("https://httpstatuses.io/404"));
    QCOMPARE(error.instance, QStringLiteral("/v1/payments/x"));
    QCOMPARE(error.status, 404); // the answer's status wins over the body's
}

void TestProblemDetails::errorCode_data()
{
    QTest::addColumn<QList<ExtraDetail>>("extraDetails");
    QTest::addColumn<QString>("code");

    QTest::newRow("ErrorCode") << QList<ExtraDetail>{{QStringLiteral("reference"), QStringLiteral("bad")},
                                                     {QStringLiteral("ErrorCode"), QStringLiteral("6080")}}
                               << QStringLiteral("6080");
    QTest::newRow("name in another case")
        << QList<ExtraDetail>{{QStringLiteral("errorcode"), QStringLiteral("4150")}} << QStringLiteral("4150");
    QTest::newRow("surrounding spaces trimmed")
        << QList<ExtraDetail>{{QStringLiteral("ErrorCode"), QStringLiteral(" 6040 ")}} << QStringLiteral("6040");
    QTest::newRow("only validation details")
        << QList<ExtraDetail>{{QStringLiteral("reference"), QStringLiteral("must match")}} << QString();
    QTest::newRow("no details") << QList<ExtraDetail>() << QString();
}

void TestProblemDetails::errorCode()
{
    QFETCH(QList<ExtraDetail>, extraDetails);
    QFETCH(QString, code);

    ApiError error = httpError(400, QStringLiteral("Bad Request"), QString());
    error.extraDetails = extraDetails;
    QCOMPARE(error.errorCode(), code);
}

void TestProblemDetails::summary_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("summary");

    QTest::newRow("HTTP validation error")
        << webhookValidationError()
        << QStringLiteral("400 Bad Request: One or more validation errors occurred. "
                          "(url: The property is required and cannot be null or empty.)");
    QTest::newRow("HTTP domain error")
        << httpError(400, QStringLiteral("Capture failed"), QStringLiteral("Cannot capture before reservation"),
                     {{QStringLiteral("ErrorCode"), QStringLiteral("6080")}})
        << QStringLiteral("400 Capture failed: Cannot capture before reservation (ErrorCode: 6080)");
    QTest::newRow("HTTP without title uses the reason phrase")
        << httpError(404, QString(), QString()) << QStringLiteral("404 Not Found");
    QTest::newRow("HTTP status without a phrase")
        << httpError(418, QString(), QStringLiteral("Teapot")) << QStringLiteral("418: Teapot");
    QTest::newRow("APIM answer") << Api::ProblemDetails::fromResponse(
                                        401, R"({"statusCode":401,"message":"Access denied."})")
                                 << QStringLiteral("401 Unauthorized: Access denied.");
    QTest::newRow("multi-line text body stays on one line")
        << Api::ProblemDetails::fromResponse(500, "<html>\n<body>\n  Oops\n</body>\n</html>")
        << QStringLiteral("500 Internal Server Error: <html> <body> Oops </body> </html>");
    QTest::newRow("control characters escaped")
        << Api::ProblemDetails::fromResponse(
               400, R"({"title":"Bad\u001b[2K\rRequest","detail":"\u009b2J\u0007","traceId":"t\u202e"})")
        << QStringLiteral("400 Bad\\x1b[2K\\x0dRequest: \\x9b2J\\x07");
    QTest::newRow("network") << ApiError::network(QStringLiteral("Connection refused"))
                             << QStringLiteral("network error: Connection refused");
    QTest::newRow("timeout in seconds") << ApiError::timeout(30000) << QStringLiteral("timed out after 30 s");
    QTest::newRow("timeout in milliseconds") << ApiError::timeout(1500) << QStringLiteral("timed out after 1500 ms");
    QTest::newRow("validation") << ApiError::validation({{QStringLiteral("reference"), QStringLiteral("too short")},
                                                         {QStringLiteral("amount.value"), QStringLiteral("too big")}})
                                << QStringLiteral("invalid input: reference: too short; amount.value: too big");
    QTest::newRow("configuration") << ApiError::configuration(QStringLiteral("no client secret"))
                                   << QStringLiteral("configuration error: no client secret");
    QTest::newRow("malformed") << ApiError::malformed(200, QStringLiteral("no access_token"))
                               << QStringLiteral("unexpected response (HTTP 200): no access_token");
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    QTest::newRow("cancelled") << cancelled << QStringLiteral("cancelled");
    QTest::newRow("none") << ApiError() << QStringLiteral("no error");
}

void TestProblemDetails::summary()
{
    QFETCH(ApiError, error);
    QFETCH(QString, summary);

    QCOMPARE(error.summary(), summary);
    QVERIFY(!error.summary().contains(QLatin1Char('\n')));
}

void TestProblemDetails::lines_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("HTTP with every field")
        << webhookValidationError()
        << QStringList{QStringLiteral("HTTP 400 Bad Request"), QStringLiteral("detail: ") + kValidationDetail,
                       QStringLiteral("extraDetails: url: ") + kUrlRequired, QStringLiteral("traceId: ") + kTraceId};
    QTest::newRow("HTTP with two extra details")
        << httpError(400, QStringLiteral("Bad Request"), QString(),
                     {{QStringLiteral("reference"), QStringLiteral("bad")},
                      {QStringLiteral("ErrorCode"), QStringLiteral("4150")}})
        << QStringList{QStringLiteral("HTTP 400 Bad Request"), QStringLiteral("extraDetails: reference: bad"),
                       QStringLiteral("extraDetails: ErrorCode: 4150")};
    QTest::newRow("HTTP with status only")
        << httpError(404, QString(), QString()) << QStringList{QStringLiteral("HTTP 404 Not Found")};
    QTest::newRow("APIM message as detail")
        << Api::ProblemDetails::fromResponse(401, R"({"statusCode":401,"message":"Access denied."})")
        << QStringList{QStringLiteral("HTTP 401 Unauthorized"), QStringLiteral("detail: Access denied.")};
    QTest::newRow("validation: one line per field")
        << ApiError::validation({{QStringLiteral("reference"), QStringLiteral("too short")},
                                 {QStringLiteral("amount.value"), QStringLiteral("too big")}})
        << QStringList{QStringLiteral("reference: too short"), QStringLiteral("amount.value: too big")};
    QTest::newRow("network") << ApiError::network(QStringLiteral("Host not found"))
                             << QStringList{QStringLiteral("network error: Host not found")};
    QTest::newRow("control characters escaped, line feeds too")
        << httpError(400, QStringLiteral("Bad Request"), QStringLiteral("line one\nline two\u001b]52;c;aGk=\u0007"),
                     {{QStringLiteral("reference"), QStringLiteral("\u009b2J")}}, QStringLiteral("\u202etrace"))
        << QStringList{QStringLiteral("HTTP 400 Bad Request"),
                       QStringLiteral("detail: line one\\x0aline two\\x1b]52;c;aGk=\\x07"),
                       QStringLiteral("extraDetails: reference: \\x9b2J"), QStringLiteral("traceId: \\u202etrace")};
    QTest::newRow("none") << ApiError() << QStringList();
}

void TestProblemDetails::lines()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, lines);

    QCOMPARE(error.lines(), lines);
}

void TestProblemDetails::exitCode_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("exitCode");

    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    QTest::newRow("none") << ApiError() << 0;
    QTest::newRow("http") << httpError(500, QString(), QString()) << 1;
    QTest::newRow("malformed response") << ApiError::malformed(200, QStringLiteral("x")) << 1;
    QTest::newRow("validation") << ApiError::validation({{QStringLiteral("reference"), QStringLiteral("x")}}) << 2;
    QTest::newRow("configuration") << ApiError::configuration(QStringLiteral("x")) << 2;
    QTest::newRow("network") << ApiError::network(QStringLiteral("x")) << 3;
    QTest::newRow("timeout") << ApiError::timeout(1000) << 3;
    QTest::newRow("cancelled") << cancelled << 3;
}

void TestProblemDetails::exitCode()
{
    QFETCH(ApiError, error);
    QFETCH(int, exitCode);

    QCOMPARE(error.exitCode(), exitCode);
    QCOMPARE(error.ok(), exitCode == 0);
}

QTEST_GUILESS_MAIN(TestProblemDetails)
#include "tst_problemdetails.moc"
