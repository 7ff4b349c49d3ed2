// SPDX-License-Identifier: MIT
#include "accounttags.h"

#include "listanswercheck.h"

#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {
const QString tagEntity = u"tag"_s;
}

AccountTags::AccountTags(ct::api::ApiClient *client, ct::store::AccountDatabase *database, ct::store::Outbox *outbox,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_outbox(outbox)
{
    QStringList cached;
    if (m_database) {
        for (const auto &record : m_database->cacheAll(tagEntity))
            cached.append(record.json.value(u"tag_value"_s).toString());
    }
    setTags(cached);
}

void AccountTags::setTags(QStringList tags)
{
    tags.removeAll(QString());
    tags.sort(Qt::CaseInsensitive);
    tags.removeDuplicates();
    if (tags != m_tags) {
        m_tags = tags;
        Q_EMIT changed();
    }
}

bool AccountTags::contains(const QString &tag) const
{
    return m_tags.contains(tag.trimmed(), Qt::CaseInsensitive);   // the server's duplicates are case-blind
}

void AccountTags::refresh()
{
    if (!m_client)
        return;
    ct::api::ApiReply *reply = ct::api::TagsApi(m_client).readList();
    connect(reply, &ct::api::ApiReply::finished, this, [this](const ct::api::ApiResult &result) {
        if (!result.ok())
            return;   // keep what the cache had
        // A tag is known by its value (contacts carry values, no call names a tag_id).
        const ListAnswerCheck check(u"tag_value"_s, result.rows, result.total);
        QStringList tags = check.isConsistent() ? QStringList() : m_tags;
        for (const QJsonObject &row : check.readable())
            tags.append(row.value(u"tag_value"_s).toString());
        if (m_database) {
            // Only a list that adds up says which tags the server no longer has.
            if (check.isConsistent())
                m_database->cacheClear(tagEntity);
            m_database->cachePutMany(tagEntity, check.records());
        }
        if (check.notice() != m_notice) {
            m_notice = check.notice();
            Q_EMIT noticeChanged(m_notice);
        }
        setTags(tags);
    });
}

bool AccountTags::create(const QString &tag, const QString &recordKey)
{
    m_error.clear();
    const QString value = tag.trimmed();
    if (value.isEmpty()) {
        m_error = tr("A tag needs a name.");
        return false;
    }
    if (value.contains(u','))
        return (m_error = tr("A tag cannot contain a comma: commas separate a contact's tags."), false);
    if (contains(value))
        return true;   // nothing to create
    const auto result = m_outbox->enqueue(ct::api::callName(ct::api::Call::CreateTag), {{u"tag_value"_s, value}},
                                          recordKey);
    if (!result.accepted()) {
        m_error = result.errorString;
        return false;
    }
    setTags(m_tags + QStringList{value});
    return true;
}

} // namespace ct::models
