// SPDX-License-Identifier: MIT
#include "workbench/importloader.h"

#include "events/eventlogmodel.h"
#include "events/importreader.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace Workbench {

ImportLoader::ImportLoader(QObject *parent) : QObject(parent) {}

ImportLoader::~ImportLoader()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
}

ImportLoader::Result ImportLoader::read(const QString &path)
{
    const Events::ImportReader::All all = Events::ImportReader::readFile(path, MaxEntries);
    Result result;
    result.skipped = all.skipped;
    result.error = all.error;
    if (result.error.isEmpty() && all.entries.isEmpty())
        result.error = tr("%1 holds no webhook delivery (a POST request with a body).")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    result.records.reserve(all.entries.size());
    for (const Journal::Entry &entry : all.entries) {
        Events::EventRecord record = Events::EventRecord::fromJournal(entry);
        record.searchText = Events::EventLogModel::searchTextOf(record);
        result.records.append(std::move(record));
    }
    return result;
}

void ImportLoader::load(const QString &path)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path] {
        const Result result = read(path);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start(QThread::LowPriority);
}

void ImportLoader::finish(const Result &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit loaded(result);
}

} // namespace Workbench
