// SPDX-License-Identifier: MIT
// The payments created or opened in this app session, newest first: state, aggregates and the last failed action of
// each.
#pragma once

#include "api/epaymentapi.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Workbench {

class PaymentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Amount, State, Authorized, Captured, Refunded, Cancelled, Updated, Error, ColumnCount };
    // docs/vipps-wire.md §6 "States and events"; Unknown for a name the API may add later.
    enum class PaymentState { Unknown, Created, Authorized, Aborted, Expired, Terminated };
    Q_ENUM(PaymentState)
    enum Role {
        StateRole = Qt::UserRole + 1, // PaymentState as int
        FinalRole,                    // bool: ABORTED, EXPIRED or TERMINATED; nothing more can happen to it
        HasErrorRole,                 // bool: the last action on this payment failed
        ReferenceRole,                // QString
        RedirectUrlRole,              // QString, empty when the API gave none (PUSH_MESSAGE)
        MinorUnitsRole,               // qint64 for the amount columns
    };

    struct Entry
    {
        Api::Payment payment; // reference, state, amount, aggregate, redirectUrl
        QDateTime updatedAt;
        QString lastError; // one line; empty when the last action succeeded
    };
    using Clock = std::function<QDateTime()>;

    explicit PaymentListModel(QObject *parent = nullptr);

    void setClock(Clock clock); // for the Updated column; the local time now by default

    // A payment the API just created, in state CREATED; a reference already listed is reset to that. Row 0.
    void addCreated(const QString &reference, const Api::Amount &amount, const QString &redirectUrl);
    // A GetPaymentResponse or ModificationResponse; false for a reference not listed. An empty redirectUrl
    // keeps the one from the create answer (modification responses carry none).
    bool update(const Api::Payment &payment);
    // A payment got by its reference: updated when listed, else added as row 0.
    void add(const Api::Payment &payment);
    // The one-line reason the last action on a payment failed; empty clears it. False when not listed.
    bool setLastError(const QString &reference, const QString &error);
    void clear();
    // Every row, newest first; setEntries() puts such a list back (another profile's, kept for the session).
    const QList<Entry> &entries() const { return m_entries; }
    void setEntries(const QList<Entry> &entries);

    const Entry &paymentAt(int row) const { return m_entries.at(row); }
    int rowForReference(const QString &reference) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static PaymentState stateFromName(const QString &name);
    static bool isFinal(PaymentState state);
    // "49.00 NOK": minor units with two decimals, then the currency.

private:
    void rowChanged(int row);
    QVariant displayData(const Entry &entry, int column) const;
    QVariant toolTipData(const Entry &entry, int column) const;
    static const Api::Amount *amountOf(const Entry &entry, int column);

    QList<Entry> m_entries;
    Clock m_clock;
};

} // namespace Workbench
