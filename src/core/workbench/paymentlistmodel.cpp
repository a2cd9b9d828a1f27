// SPDX-License-Identifier: MIT
#include "workbench/paymentlistmodel.h"

#include "base/visibletext.h"

#include <QLocale>

namespace Workbench {

PaymentListModel::PaymentListModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTime(); })
{}

void PaymentListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void PaymentListModel::addCreated(const QString &reference, const Api::Amount &amount, const QString &redirectUrl)
{
    Entry entry;
    entry.payment.reference = reference;
    entry.payment.state = QStringLiteral("CREATED");
    entry.payment.amount = amount;
    const Api::Amount zero{0, amount.currency};
    entry.payment.aggregate = {zero, zero, zero, zero};
    entry.payment.redirectUrl = redirectUrl;
    entry.updatedAt = m_clock();

    const int existing = rowForReference(reference);
    if (existing >= 0) {
        m_entries[existing] = entry;
        rowChanged(existing);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

bool PaymentListModel::update(const Api::Payment &payment)
{
    const int row = rowForReference(payment.reference);
    if (row < 0)
        return false;
    Entry &entry = m_entries[row];
    const QString redirectUrl = entry.payment.redirectUrl;
    entry.payment = payment;
    if (entry.payment.redirectUrl.isEmpty())
        entry.payment.redirectUrl = redirectUrl;
    entry.updatedAt = m_clock();
    rowChanged(row);
    return true;
}

void PaymentListModel::add(const Api::Payment &payment)
{
    if (update(payment))
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend({payment, m_clock(), {}});
    endInsertRows();
}

bool PaymentListModel::setLastError(const QString &reference, const QString &error)
{
    const int row = rowForReference(reference);
    if (row < 0)
        return false;
    if (m_entries.at(row).lastError == error)
        return true;
    m_entries[row].lastError = error;
    rowChanged(row);
    return true;
}

void PaymentListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void PaymentListModel::setEntries(const QList<Entry> &entries)
{
    if (entries.isEmpty() && m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PaymentListModel::rowForReference(const QString &reference) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).payment.reference == reference)
            return row;
    }
    return -1;
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    const PaymentState state = stateFromName(entry.payment.state);
    switch (role) {
    case Qt::DisplayRole: return displayData(entry, column);
    case Qt::ToolTipRole: return toolTipData(entry, column);
    case Qt::TextAlignmentRole:
        if (amountOf(entry, column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole: return int(state);
    case FinalRole: return isFinal(state);
    case HasErrorRole: return !entry.lastError.isEmpty();
    case ReferenceRole: return entry.payment.reference;
    case RedirectUrlRole: return entry.payment.redirectUrl;
    case MinorUnitsRole:
        if (const Api::Amount *amount = amountOf(entry, column))
            return amount->value;
        return {};
    default: return {};
    }
}

// The payment's fields are the API's answers: shown with their control characters escaped.
QVariant PaymentListModel::displayData(const Entry &entry, int column) const
{
    if (const Api::Amount *amount = amountOf(entry, column))
        return Base::visibleText(amount->text(QLocale())); // the user's decimal point and grouping
    switch (column) {
    case Reference: return Base::visibleText(entry.payment.reference);
    case State: return Base::visibleText(entry.payment.state);
    case Updated: return entry.updatedAt.toString(QStringLiteral("HH:mm:ss"));
    case Error: return Base::visibleText(entry.lastError);
    default: return {};
    }
}

QVariant PaymentListModel::toolTipData(const Entry &entry, int column) const
{
    const QString reference = Base::visibleText(entry.payment.reference);
    switch (column) {
    case Reference:
        if (entry.payment.redirectUrl.isEmpty())
            return reference;
        return tr("%1\nLanding page: %2").arg(reference, Base::visibleText(entry.payment.redirectUrl));
    case Updated: return QLocale().toString(entry.updatedAt, QLocale::LongFormat);
    case Error: return entry.lastError.isEmpty() ? QVariant() : QVariant(Base::visibleText(entry.lastError));
    default: return {};
    }
}

const Api::Amount *PaymentListModel::amountOf(const Entry &entry, int column)
{
    const Api::PaymentAggregate &aggregate = entry.payment.aggregate;
    switch (column) {
    case Amount: return &entry.payment.amount;
    case Authorized: return &aggregate.authorized;
    case Captured: return &aggregate.captured;
    case Refunded: return &aggregate.refunded;
    case Cancelled: return &aggregate.cancelled;
    default: return nullptr;
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case Authorized: return tr("Authorized");
    case Captured: return tr("Captured");
    case Refunded: return tr("Refunded");
    case Cancelled: return tr("Cancelled");
    case Updated: return tr("Updated");
    case Error: return tr("Last error");
    default: return {};
    }
}

PaymentListModel::PaymentState PaymentListModel::stateFromName(const QString &name)
{
    static const QList<std::pair<QString, PaymentState>> names{
        {QStringLiteral("CREATED"), PaymentState::Created},
        {QStringLiteral("AUTHORIZED"), PaymentState::Authorized},
        {QStringLiteral("ABORTED"), PaymentState::Aborted},
        {QStringLiteral("EXPIRED"), PaymentState::Expired},
        {QStringLiteral("TERMINATED"), PaymentState::Terminated},
    };
    for (const auto &[text, state] : names) {
        if (text == name)
            return state;
    }
    return PaymentState::Unknown;
}

bool PaymentListModel::isFinal(PaymentState state)
{
    return state == PaymentState::Aborted || state == PaymentState::Expired || state == PaymentState::Terminated;
}

void PaymentListModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Workbench
