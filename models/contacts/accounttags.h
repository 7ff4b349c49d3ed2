// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; }

// The account's tags (read_tags_list, cached for offline use) and new ones queued as create_tag.
namespace ct::models {

class AccountTags : public QObject
{
    Q_OBJECT

public:
    AccountTags(ct::api::ApiClient *client, ct::store::AccountDatabase *database, ct::store::Outbox *outbox,
               QObject *parent = nullptr);

    void refresh();
    QStringList tags() const { return m_tags; }
    bool contains(const QString &tag) const;

    // Queues create_tag. recordKey orders it before the edit that uses the tag (the contact's
    // key), so the server never meets the tag on the contact first. False: errorString().
    bool create(const QString &tag, const QString &recordKey);
    QString errorString() const { return m_error; }
    // Why the last read removed no tag (the server's list did not add up), in words.
    QString notice() const { return m_notice; }

Q_SIGNALS:
    void changed();
    void noticeChanged(const QString &notice);

private:
    void setTags(QStringList tags);

    QPointer<ct::api::ApiClient> m_client;
    ct::store::AccountDatabase *m_database;
    QPointer<ct::store::Outbox> m_outbox;
    QStringList m_tags;
    QString m_error;
    QString m_notice;
};

} // namespace ct::models
