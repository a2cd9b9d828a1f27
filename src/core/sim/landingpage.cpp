// SPDX-License-Identifier: MIT
#include "sim/landingpage.h"

#include "base/amounttext.h"
#include "http/request.h"
#include "http/response.h"
#include "sim/paymentledger.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace Sim {

namespace {

const QByteArray kApprovePath = "/landing/approve";
const QByteArray kRejectPath = "/landing/reject";
const QByteArray kFormType = "application/x-www-form-urlencoded";
// Vipps' landing page is never shown in an iframe (docs/vipps-wire.md §6 "Create request"); the page needs no script,
// no image and no outside resource, and posts its forms only to itself.
const QByteArray kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// ---- forms ----

using FormFields = QList<QPair<QString, QString>>;

// WHATWG URL "application/x-www-form-urlencoded parsing": '&' separates the fields, the first '=' the name from
// the value; '+' is a space, then percent-decoding, then UTF-8. Used for a query and for a form body alike.
FormFields formFields(const QByteArray &encoded)
{
    const auto decode = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    FormFields fields;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        fields.append({decode(name), decode(value)});
    }
    return fields;
}

// The token, when the fields carry exactly one; empty otherwise (two tokens name no single payment).
QString singleToken(const FormFields &fields)
{
    QStringList tokens;
    for (const auto &[name, value] : fields) {
        if (name == QLatin1String("token"))
            tokens.append(value);
    }
    return tokens.size() == 1 ? tokens.first() : QString();
}

QByteArray queryOf(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QByteArray mediaType(const Http::Request &request)
{
    return request.headers.value("Content-Type").split(';').first().trimmed().toLower();
}

// ---- texts ----

// docs/vipps-wire.md §6: amounts are in minor units (øre, cents); NOK, DKK and EUR all have two decimals.
QString formatAmount(const Api::Amount &amount)
{
    return amount.currency + QLatin1Char(' ') + Base::amountText(amount.value, {});
}

// What happened to the payment, in the customer's words (docs/vipps-wire.md §6 "States and events").
QString outcomeText(PaymentState state)
{
    switch (state) {
    case PaymentState::Created:
        return QCoreApplication::translate("Sim::LandingPage", "Approve the payment to pay, or reject it.");
    case PaymentState::Authorized:
        return QCoreApplication::translate("Sim::LandingPage",
                                           "You approved this payment. The merchant can now capture it.");
    case PaymentState::Aborted:
        return QCoreApplication::translate("Sim::LandingPage", "You rejected this payment. No money was reserved.");
    case PaymentState::Expired:
        return QCoreApplication::translate("Sim::LandingPage", "This payment expired: it was not approved in time.");
    case PaymentState::Terminated:
        return QCoreApplication::translate("Sim::LandingPage",
                                           "The merchant cancelled this payment before it was approved.");
    }
    return {};
}

// docs/vipps-wire.md §6 returnUrl: https:// or a custom app scheme. Schemes that run code or read local data in the
// browser are never made a link, whatever the merchant sent.
QString linkableReturnUrl(const QString &returnUrl)
{
    static const QStringList refusedSchemes{
        QStringLiteral("javascript"), QStringLiteral("vbscript"), QStringLiteral("data"),      QStringLiteral("file"),
        QStringLiteral("blob"),       QStringLiteral("about"),    QStringLiteral("filesystem")};
    const QUrl url(returnUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (returnUrl.isEmpty() || !url.isValid() || scheme.isEmpty() || refusedSchemes.contains(scheme))
        return {};
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    return web && url.host().isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

// ---- HTML ----

const char *const kStyle = R"(
:root{color-scheme:light dark;--bg:#f4f3f8;--card:#fff;--text:#1c1b24;--muted:#5b5a6b;--line:#d9d7e3;
--accent:#c43e0e;--banner:#fff1c2;--banner-text:#4d3a00;--alert:#b3261e}
@media (prefers-color-scheme:dark){:root{--bg:#14131a;--card:#201e29;--text:#f0eff5;--muted:#b2b0c2;
--line:#3a3747;--accent:#ff8a5c;--banner:#3d3210;--banner-text:#ffe9a8;--alert:#ff8f86}}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,sans-serif}
main{max-width:30rem;margin:2rem auto;padding:1.5rem;background:var(--card);border:1px solid var(--line);
border-radius:12px}
h1{font-size:1.25rem;margin:0 0 .5rem}
.banner{margin:0 0 1rem;padding:.5rem .75rem;border-radius:8px;background:var(--banner);color:var(--banner-text)}
.amount{font-size:2rem;font-weight:700;margin:.25rem 0 1rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.notice{margin:1rem 0 0;padding:.75rem;border:2px solid var(--alert);border-radius:8px}
.outcome{margin:1.25rem 0 0;font-weight:600}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}form{flex:1;margin:0}
button{width:100%;padding:.75rem;border-radius:8px;font:inherit;font-weight:600;cursor:pointer}
.approve{background:var(--accent);color:var(--card);border:2px solid var(--accent)}
.reject{background:transparent;color:var(--text);border:2px solid var(--line)}
a{color:var(--accent)}
)";

// A whole HTML5 document around content, which must already be escaped.
QString document(const QString &title, const QString &content)
{
    const QString banner = QCoreApplication::translate(
        "Sim::LandingPage",
        "Local Vipps simulator: this is not the real Vipps, and no money moves. Use it to test your shop.");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n"
                          "<p class=\"banner\">%3</p>\n%4</main>\n</body>\n</html>\n")
        .arg(escaped(title), QLatin1String(kStyle), escaped(banner), content);
}

Http::Response htmlResponse(int status, const QString &html)
{
    Http::Response response;
    response.status = status;
    response.headers.append(Http::Header{"Content-Type", "text/html; charset=utf-8"});
    response.headers.append(Http::Header{"Cache-Control", "no-store"});
    response.headers.append(Http::Header{"Content-Security-Policy", kContentSecurityPolicy});
    response.headers.append(Http::Header{"Referrer-Policy", "no-referrer"}); // the URL carries the token
    response.body = html.toUtf8();
    return response;
}

Http::Response messagePage(int status, const QString &title, const QString &text)
{
    const QString content = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(escaped(title), escaped(text));
    return htmlResponse(status, document(title, content));
}

Http::Response invalidLink()
{
    return messagePage(404, QCoreApplication::translate("Sim::LandingPage", "Payment link not valid"),
                       QCoreApplication::translate(
                           "Sim::LandingPage",
                           "This payment link is not valid, or the payment is no longer in the simulator's memory "
                           "(it keeps payments only while it runs). Start a new payment from the shop."));
}

Http::Response methodNotAllowed(const QByteArray &allowed)
{
    Http::Response response =
        messagePage(405, QCoreApplication::translate("Sim::LandingPage", "Method not allowed"),
                    QCoreApplication::translate("Sim::LandingPage", "This address accepts only %1 requests.")
                        .arg(QString::fromLatin1(allowed)));
    response.headers.append(Http::Header{"Allow", allowed});
    return response;
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(name), escaped(value));
}

QString summary(const Payment &payment)
{
    const QString description = payment.paymentDescription.isEmpty()
                                    ? QCoreApplication::translate("Sim::LandingPage", "(no description)")
                                    : payment.paymentDescription;
    return QStringLiteral("<p class=\"amount\">%1</p>\n<dl>\n%2%3%4%5</dl>\n")
        .arg(escaped(formatAmount(payment.amount)),
             row(QCoreApplication::translate("Sim::LandingPage", "Description"), description),
             row(QCoreApplication::translate("Sim::LandingPage", "Merchant (MSN)"), payment.msn),
             row(QCoreApplication::translate("Sim::LandingPage", "Reference"), payment.reference),
             row(QCoreApplication::translate("Sim::LandingPage", "State"), paymentStateName(payment.state)));
}

QString actionForm(const QByteArray &path, const QString &token, const char *cssClass, const QString &label)
{
    return QStringLiteral("<form method=\"post\" action=\"%1\"><input type=\"hidden\" name=\"token\" value=\"%2\">"
                          "<button type=\"submit\" class=\"%3\">%4</button></form>\n")
        .arg(QString::fromLatin1(path), escaped(token), QLatin1String(cssClass), escaped(label));
}

// While CREATED: the customer's two choices. Afterwards: what happened, and the way back to the shop.
QString nextStep(const Payment &payment)
{
    const QString outcome = QStringLiteral("<p class=\"outcome\">%1</p>\n").arg(escaped(outcomeText(payment.state)));
    if (payment.state == PaymentState::Created) {
        return outcome + QStringLiteral("<div class=\"actions\">\n%1%2</div>\n")
                             .arg(actionForm(kApprovePath, payment.token, "approve",
                                             QCoreApplication::translate("Sim::LandingPage", "Approve")),
                                  actionForm(kRejectPath, payment.token, "reject",
                                             QCoreApplication::translate("Sim::LandingPage", "Reject")));
    }
    const QString href = linkableReturnUrl(payment.returnUrl);
    if (href.isEmpty())
        return outcome;
    return outcome +
           QStringLiteral("<p><a href=\"%1\" rel=\"noreferrer\">%2</a></p>\n")
               .arg(escaped(href), escaped(QCoreApplication::translate("Sim::LandingPage", "Back to the shop")));
}

QString notice(const Problem &problem)
{
    return QStringLiteral("<div class=\"notice\" role=\"alert\"><strong>%1</strong><p>%2</p></div>\n")
        .arg(escaped(problem.title), escaped(problem.detail));
}

Http::Response paymentPage(int status, const Payment &payment, const Problem *refusal = nullptr)
{
    const QString title = QCoreApplication::translate("Sim::LandingPage", "Payment to %1").arg(payment.msn);
    const QString content =
        QStringLiteral("<h1>%1</h1>\n%2%3%4")
            .arg(escaped(title), summary(payment), refusal ? notice(*refusal) : QString(), nextStep(payment));
    return htmlResponse(status, document(title, content));
}

// Post/redirect/get: the browser shows the page again with a GET, so a reload does not post twice.
Http::Response seeOther(const QString &token)
{
    Http::Response response;
    response.status = 303;
    response.headers.append(
        Http::Header{"Location", QByteArray(LandingPage::Path) + "?token=" + QUrl::toPercentEncoding(token)});
    response.headers.append(Http::Header{"Cache-Control", "no-store"});
    return response;
}

} // namespace

LandingPage::LandingPage(PaymentLedger *ledger) : m_ledger(ledger) {}

bool LandingPage::handles(const QByteArray &path)
{
    return path == Path || path.startsWith(QByteArray(Path) + '/');
}

Http::Response LandingPage::handle(const Http::Request &request)
{
    if (std::optional<Http::Response> refused = refuseBeforeBody(request))
        return *refused;
    if (request.path() == Path)
        return show(request);
    return act(request, *actionFor(request.path()));
}

// The address, the method and the form's media type, which need no body to be refused.
std::optional<Http::Response> LandingPage::refuseBeforeBody(const Http::Request &head)
{
    if (head.path() == Path)
        return head.method == "GET" ? std::nullopt : std::optional(methodNotAllowed("GET"));
    if (!actionFor(head.path()))
        return messagePage(
            404, QCoreApplication::translate("Sim::LandingPage", "Page not found"),
            QCoreApplication::translate("Sim::LandingPage", "The simulator's landing page has no such address."));
    if (head.method != "POST")
        return methodNotAllowed("POST");
    if (mediaType(head) != kFormType)
        return messagePage(415, QCoreApplication::translate("Sim::LandingPage", "Form not understood"),
                           QCoreApplication::translate("Sim::LandingPage", "Send the form as %1.")
                               .arg(QString::fromLatin1(kFormType)));
    return std::nullopt;
}

std::optional<LandingPage::Action> LandingPage::actionFor(const QByteArray &path)
{
    if (path == kApprovePath)
        return Action::Approve;
    if (path == kRejectPath)
        return Action::Reject;
    return std::nullopt;
}

const Payment *LandingPage::paymentFor(const QString &token)
{
    if (token.isEmpty())
        return nullptr;
    m_ledger->expireDue();
    return m_ledger->paymentForToken(token);
}

// GET /landing?token=T: the payment as the customer sees it.
Http::Response LandingPage::show(const Http::Request &request)
{
    const Payment *payment = paymentFor(singleToken(formFields(queryOf(request.pathAndQuery()))));
    return payment ? paymentPage(200, *payment) : invalidLink();
}

// POST /landing/approve or /landing/reject with the form body token=T: the customer's choice, given to the
// ledger as approve() or reject() (docs/vipps-wire.md §6 "States and events").
Http::Response LandingPage::act(const Http::Request &request, Action action)
{
    if (request.body.size() > MaxFormBytes)
        return messagePage(413, QCoreApplication::translate("Sim::LandingPage", "Form too large"),
                           QCoreApplication::translate("Sim::LandingPage",
                                                       "The form may be at most %1 bytes; it needs only the token.")
                               .arg(MaxFormBytes));
    const QString token = singleToken(formFields(request.body));
    if (token.isEmpty())
        return messagePage(
            400, QCoreApplication::translate("Sim::LandingPage", "Form not understood"),
            QCoreApplication::translate("Sim::LandingPage", "The form must carry exactly one token field."));
    const Payment *payment = paymentFor(token);
    if (!payment)
        return invalidLink();
    const QString msn = payment->msn;
    const QString reference = payment->reference;
    const Answer answer =
        action == Action::Approve ? m_ledger->approve(msn, reference) : m_ledger->reject(msn, reference);
    return answer.ok() ? seeOther(token) : refused(token, answer);
}

// The page again with the ledger's refusal: 409 once the payment has left CREATED (approved, rejected, expired
// or cancelled), else the ledger's own status, e.g. 400 for a test amount that fails (docs/vipps-wire.md §6, KIT-test).
Http::Response LandingPage::refused(const QString &token, const Answer &answer)
{
    const Payment *payment = paymentFor(token);
    if (!payment)
        return invalidLink();
    const int status = payment->state == PaymentState::Created ? answer.status : 409;
    return paymentPage(status, *payment, &answer.problem);
}

} // namespace Sim
