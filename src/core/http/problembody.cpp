// SPDX-License-Identifier: MIT
#include "http/problembody.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Http::ProblemBody {

Response response(int status, const QString &detail)
{
    return response(status, QString::fromLatin1(Response::reasonPhrase(status)), detail);
}

Response response(int status, const QString &title, const QString &detail)
{
    QJsonObject problem;
    problem.insert(QStringLiteral("type"), QStringLiteral("about:blank"));
    problem.insert(QStringLiteral("title"), title);
    problem.insert(QStringLiteral("status"), status);
    problem.insert(QStringLiteral("detail"), detail);
    return Response::json(status, QJsonDocument(problem).toJson(QJsonDocument::Compact),
                          QByteArrayLiteral("application/problem+json"));
}

} // namespace Http::ProblemBody
