// SPDX-License-Identifier: MIT
// Writes a journal of signed ePayment deliveries as the app's receiver journals them (docs/architecture.md §4),
// for the benchmark that starts the window over it.
#pragma once

#include <QByteArray>
#include <QString>

class JournalMaker
{
public:
    // Writes count valid deliveries to a new journal at path with Journal::Writer, oldest first, one every
    // 50 ms up to now, each signed with secret; false with a message when the file cannot be written.
    static bool write(const QString &path, int count, const QByteArray &secret, QString *error);
    // The ePayment reference of delivery index: distinct for each, so filtering for one finds one row.
    static QByteArray reference(int index);
};
