// SPDX-License-Identifier: MIT
#include "signature/secret.h"

namespace Signature {

Secret Secret::ofWebhook(const QString &webhookId, const QByteArray &value)
{
    //: The name of a webhook's secret in the verification's reasons; %1 is the webhook's id.
    return {webhookId, value, Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "webhook %1"), {webhookId})};
}

Secret Secret::numbered(int number, const QByteArray &value)
{
    //: The name of a secret given without its webhook's id (vipps-hooks --secret); %1 counts from 1.
    return {QString(), value, Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "secret #%1"), {QString::number(number)})};
}

} // namespace Signature
