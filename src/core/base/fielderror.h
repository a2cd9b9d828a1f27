// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Base {

// One input that breaks a rule, named as the API names it (e.g. "reference", "amount.value").
struct FieldError
{
    QString field;
    QString message; // a sentence for the user, tr()'d where it is made

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace Base
