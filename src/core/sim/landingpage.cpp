// SPDX-License-Identifier: MIT
#include "sim/landingpage.h"

#include "http/request.h"
#include "http/response.h"
#include "sim/paymentledger.h"

namespace Sim {

LandingPage::LandingPage(PaymentLedger *ledger) : m_ledger(ledger) {}

bool LandingPage::handles(const QByteArray &path)
{
    return path == Path || path.startsWith(QByteArray(Path) + '/');
}

Http::Response LandingPage::handle(const Http::Request &)
{
    Http::Response response;
    response.status = 501;
    return response;
}

} // namespace Sim
