// SPDX-License-Identifier: MIT
// Asks the user a yes/no question before something that cannot be taken back. The app answers with a message
// box; tests answer with a fake that records the questions.
#pragma once

#include <QString>

namespace Workbench {

class Confirmer
{
public:
    virtual ~Confirmer() = default;
    // True to go on. title names the place ("Production: acme"), question says what will happen.
    virtual bool confirm(const QString &title, const QString &question) = 0;
};

} // namespace Workbench
