// SPDX-License-Identifier: MIT
#include "sim/createbodyreader.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace Sim::RequestBody {

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::floor(number) == number && std::abs(number) < 9e15;
}

void appendRuleErrors(const Base::FieldErrors &ruleErrors, QList<Api::ExtraDetail> *errors)
{
    for (const Base::FieldError &error : ruleErrors)
        errors->append({error.field, error.message});
}

void requireMember(const QJsonObject &object, const QString &name, const QString &field,
                   QList<Api::ExtraDetail> *errors)
{
    if (!object.contains(name))
        errors->append({field, QStringLiteral("The %1 field is required.").arg(field)});
}

void checkKnownMembers(const QJsonObject &object, const QStringList &known, const QString &prefix,
                       QList<Api::ExtraDetail> *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append({prefix + it.key(),
                            QStringLiteral("Unknown field %1; it is not part of the request.").arg(prefix + it.key())});
    }
}

// {"currency":"NOK","value":1000}: both present and of the right JSON type.
Api::Amount readAmount(const QJsonValue &json, const QString &field, QList<Api::ExtraDetail> *errors)
{
    const QJsonObject object = json.toObject();
    if (!json.isObject()) {
        errors->append(
            {field, QStringLiteral("The %1 field is required: {\"currency\":\"NOK\",\"value\":1000}.").arg(field)});
        return {};
    }
    checkKnownMembers(object, {QStringLiteral("currency"), QStringLiteral("value")}, field + QLatin1Char('.'), errors);
    const QString valueField = field + QLatin1String(".value");
    if (!isWholeNumber(object.value(QStringLiteral("value"))))
        errors->append(
            {valueField,
             QStringLiteral("The %1 field must be a whole number of minor units (øre/cents).").arg(valueField)});
    if (!object.value(QStringLiteral("currency")).isString())
        errors->append(
            {field + QLatin1String(".currency"), QStringLiteral("The currency must be a string: NOK, DKK or EUR.")});
    const QJsonValue value = object.value(QStringLiteral("value"));
    return {isWholeNumber(value) ? static_cast<qint64>(value.toDouble()) : 0,
            object.value(QStringLiteral("currency")).toString()};
}

QString readString(const QJsonObject &object, const QString &name, const QString &field,
                   QList<Api::ExtraDetail> *errors)
{
    const QJsonValue value = object.value(name);
    if (!value.isUndefined() && !value.isString())
        errors->append({field, QStringLiteral("The %1 field must be a string.").arg(field)});
    return value.toString();
}

QStringList createMembers()
{
    // docs/vipps-wire.md §6 create fields; the simulator keeps those of CreatePaymentRequest and metadata.
    return {QStringLiteral("amount"),
            QStringLiteral("paymentMethod"),
            QStringLiteral("customer"),
            QStringLiteral("reference"),
            QStringLiteral("returnUrl"),
            QStringLiteral("userFlow"),
            QStringLiteral("paymentDescription"),
            QStringLiteral("customerInteraction"),
            QStringLiteral("metadata"),
            QStringLiteral("receipt"),
            QStringLiteral("receiptUrl"),
            QStringLiteral("profile"),
            QStringLiteral("qrFormat"),
            QStringLiteral("expiresAt"),
            QStringLiteral("industryData"),
            QStringLiteral("minimumUserAge"),
            QStringLiteral("shipping"),
            QStringLiteral("blockedSources")};
}

void readCustomer(const QJsonObject &body, Api::CreatePaymentRequest *request, QList<Api::ExtraDetail> *errors)
{
    const QJsonValue customer = body.value(QStringLiteral("customer"));
    if (customer.isUndefined())
        return;
    if (!customer.isObject())
        errors->append({QStringLiteral("customer"),
                        QStringLiteral("customer must be an object: {\"phoneNumber\":\"4712345678\"}.")});
    const QString prefix = QStringLiteral("customer.");
    checkKnownMembers(customer.toObject(), {QStringLiteral("phoneNumber")}, prefix, errors);
    request->phoneNumber =
        readString(customer.toObject(), QStringLiteral("phoneNumber"), QStringLiteral("customer.phoneNumber"), errors);
}

} // namespace

Api::CreatePaymentRequest readCreate(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    Api::CreatePaymentRequest request;
    checkKnownMembers(body, createMembers(), {}, errors);
    request.amount = readAmount(body.value(QStringLiteral("amount")), QStringLiteral("amount"), errors);
    const QJsonObject method = body.value(QStringLiteral("paymentMethod")).toObject();
    requireMember(method, QStringLiteral("type"), QStringLiteral("paymentMethod.type"), errors);
    request.paymentMethodType =
        readString(method, QStringLiteral("type"), QStringLiteral("paymentMethod.type"), errors);
    readCustomer(body, &request, errors);
    for (const char *name : {"reference", "userFlow"})
        requireMember(body, QString::fromLatin1(name), QString::fromLatin1(name), errors);
    request.reference = readString(body, QStringLiteral("reference"), QStringLiteral("reference"), errors);
    request.userFlow = readString(body, QStringLiteral("userFlow"), QStringLiteral("userFlow"), errors);
    request.returnUrl = readString(body, QStringLiteral("returnUrl"), QStringLiteral("returnUrl"), errors);
    request.paymentDescription =
        readString(body, QStringLiteral("paymentDescription"), QStringLiteral("paymentDescription"), errors);
    request.customerInteraction =
        readString(body, QStringLiteral("customerInteraction"), QStringLiteral("customerInteraction"), errors);
    return request;
}

Api::ModificationRequest readModification(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    Api::ModificationRequest request;
    const qsizetype before = errors->size();
    checkKnownMembers(body, {QStringLiteral("modificationAmount")}, {}, errors);
    request.modificationAmount =
        readAmount(body.value(QStringLiteral("modificationAmount")), QStringLiteral("modificationAmount"), errors);
    if (errors->size() == before)
        appendRuleErrors(request.validate(), errors);
    return request;
}

Api::CancelRequest readCancel(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    checkKnownMembers(body, {QStringLiteral("cancelTransactionOnly")}, {}, errors);
    const QJsonValue only = body.value(QStringLiteral("cancelTransactionOnly"));
    if (!only.isUndefined() && !only.isBool())
        errors->append(
            {QStringLiteral("cancelTransactionOnly"), QStringLiteral("cancelTransactionOnly must be true or false.")});
    Api::CancelRequest request;
    request.cancelTransactionOnly = only.toBool();
    return request;
}

Api::ForceApproveRequest readForceApprove(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    checkKnownMembers(body, {QStringLiteral("customer"), QStringLiteral("token")}, {}, errors);
    Api::ForceApproveRequest request;
    request.phoneNumber = readString(body.value(QStringLiteral("customer")).toObject(), QStringLiteral("phoneNumber"),
                                     QStringLiteral("customer.phoneNumber"), errors);
    request.token = readString(body, QStringLiteral("token"), QStringLiteral("token"), errors);
    appendRuleErrors(request.validate(), errors);
    return request;
}

} // namespace Sim::RequestBody
