// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class MainWindow;
class WorkArea;
namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::models { class AccountTags; class ContactEditing; class ContactsModel; class OutboxModel; }
namespace ct::store { class AccountDatabase; class AccountLock; class Outbox; class OutboxReplayer; }

// One signed-in account: its core (the ApiClient with the credentials in memory only, the local
// database, the outbox with its replayer and model, the contacts with their names, editing and
// tags) and the work areas composed over it (app/areas: each owns its models and its page).
// Everything of the account lives and dies with this object.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // dataDirectory holds one database per account (named by a hash of the web key).
    AccountSession(const QUrl &apiUrl, const ct::credentials::AccountCredentials &credentials,
                   const QString &dataDirectory, QObject *parent = nullptr);
    ~AccountSession() override;

    // False when the account's database could not be opened; errorString() says why.
    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }
    // Not ready because another running console holds the account (its process id, 0: unknown).
    bool isHeldElsewhere() const { return m_heldElsewhere; }
    qint64 holderPid() const { return m_holderPid; }
    // The account's database file (named by a hash of the web key), whether or not it opened.
    QString databasePath() const { return m_databasePath; }

    ct::api::ApiClient *api() const { return m_api.get(); }
    ct::store::AccountDatabase *database() const { return m_database.get(); }
    ct::store::Outbox *outbox() const { return m_outbox.get(); }
    ct::store::OutboxReplayer *replayer() const { return m_replayer.get(); }
    ct::models::OutboxModel *outboxModel() const { return m_outboxModel.get(); }
    // The contacts with the names behind their ids (contacts()->names()), their editing and the
    // account's tags: what every area shows or changes of a contact.
    ct::models::ContactsModel *contacts() const { return m_contacts.get(); }
    ct::models::ContactEditing *contactEditing() const { return m_contactEditing.get(); }
    ct::models::AccountTags *accountTags() const { return m_tags.get(); }
    QUrl apiUrl() const { return m_apiUrl; }
    const ct::credentials::AccountCredentials &credentials() const { return m_credentials; }
    bool isOnline() const { return m_online; }

    // Starts sending the outbox and the first reads.
    void start();
    // Adds this account's work areas to the window.
    void populate(MainWindow *window);
    // The area of that class (`session.area<PipelineArea>()`); null when the session is not
    // ready. Models an area builds with its page exist once populate() ran.
    template <class Area>
    Area *area() const
    {
        for (const auto &made : m_areas) {
            if (auto *found = qobject_cast<Area *>(made.get()))
                return found;
        }
        return nullptr;
    }

    static QString defaultDataDirectory();

Q_SIGNALS:
    void unauthorized();
    void onlineChanged(bool online);
    // Long work (loading every contact): maximum 0 while the total is unknown.
    void progress(const QString &label, int value, int maximum);
    void progressDone();
    void message(const QString &text);
    void outboxCountsChanged(int pending, int failed, int conflicts);
    // Why the outbox cannot record changes now, in plain words; empty once it can again.
    void journalProblemChanged(const QString &problem);

private:
    void observe(const ct::api::ApiResult &result);
    // Not ready: why, in the folder's own words when it is full or read-only (what stopped
    // the opening then is that, whatever file or statement said so first).
    void failToOpen(const QString &error, const QString &dataDirectory);
    // The work areas, made with the core (what each needs from sign-in on); their pages come in
    // populate().
    void makeAreas();
    template <class Area>
    Area *keep(std::unique_ptr<Area> area);

    QUrl m_apiUrl;
    ct::credentials::AccountCredentials m_credentials;
    std::unique_ptr<ct::api::ApiClient> m_api;
    QString m_databasePath;
    // Declared before the database so that it is released after everything of the account closed.
    std::unique_ptr<ct::store::AccountLock> m_lock;
    bool m_heldElsewhere = false;
    qint64 m_holderPid = 0;
    std::unique_ptr<ct::store::AccountDatabase> m_database;
    std::unique_ptr<ct::store::Outbox> m_outbox;
    std::unique_ptr<ct::store::OutboxReplayer> m_replayer;
    std::unique_ptr<ct::models::OutboxModel> m_outboxModel;
    std::unique_ptr<ct::models::ContactsModel> m_contacts;
    std::unique_ptr<ct::models::ContactEditing> m_contactEditing;
    std::unique_ptr<ct::models::AccountTags> m_tags;
    // In the window's order; they go before the core they were made from.
    std::vector<std::unique_ptr<WorkArea>> m_areas;
    bool m_ready = false;
    bool m_populated = false;
    QString m_error;
    bool m_online = true;
};
