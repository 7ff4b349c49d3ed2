// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ContactDetailPane;
class ContactsView;
class MainWindow;
class QWidget;
namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::models {
class ContactActivityModel;
class ContactEditing;
class ContactOpener;
class ContactsModel;
class DuplicateCheck;
class TagCatalog;
class OutboxModel;
class PaymentsModel;
class ProposalsModel;
class MessageSending;
class AgentDirectory;
class ActionPlansModel;
class ActionPlanEditing;
class AccountsModel;
class AccountEditing;
class LeadSourcesModel;
class TagCountsModel;
class UsersModel;
class AppointmentsModel;
class CalendarDirectory;
class ContactFinder;
class EventScheduling;
class PipelineModel;
class SalesCycleEditing;
class SalesCyclesModel;
}
namespace ct::store { class AccountDatabase; class AccountLock; class Outbox; class OutboxReplayer; }

// One signed-in account: its ApiClient (credentials in memory only), its local database with
// the outbox and the replayer that sends it, and the models the window shows. Everything of
// the account lives and dies with this object.
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
    ct::models::ContactsModel *contacts() const { return m_contacts.get(); }
    ct::models::ContactEditing *contactEditing() const { return m_contactEditing.get(); }
    ct::models::MessageSending *messageSending() const { return m_messageSending.get(); }
    ct::models::ActionPlansModel *actionPlans() const { return m_actionPlans.get(); }
    ct::models::AccountsModel *accounts() const { return m_accounts.get(); }
    ct::models::LeadSourcesModel *leadSources() const { return m_leadSources.get(); }
    ct::models::TagCountsModel *tagCounts() const { return m_tagCounts.get(); }
    ct::models::UsersModel *users() const { return m_users.get(); }
    ct::models::TagCatalog *tagCatalog() const { return m_tags.get(); }
    ct::models::SalesCyclesModel *salesCycles() const { return m_salesCycles.get(); }
    ct::models::SalesCycleEditing *salesCycleEditing() const { return m_salesCycleEditing.get(); }
    ct::models::PipelineModel *pipeline() const { return m_pipeline.get(); }
    QUrl apiUrl() const { return m_apiUrl; }
    const ct::credentials::AccountCredentials &credentials() const { return m_credentials; }
    bool isOnline() const { return m_online; }

    // Starts sending the outbox.
    void start();
    // Adds this account's work areas to the window.
    void populate(MainWindow *window);

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
    // One work area each: its models, its page, and what it adds to the contact's pane.
    ContactsView *buildContacts();
    QWidget *buildCalendar(ContactDetailPane *detail);
    QWidget *buildPipeline(MainWindow *window, ContactsView *contacts);
    QWidget *buildActionPlans(ContactDetailPane *detail);
    QWidget *buildSalesCycles(MainWindow *window, ContactsView *contacts);
    QWidget *buildProposals(MainWindow *window, ContactDetailPane *detail);
    QWidget *buildAdministration();
    QWidget *buildAccounts();

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
    std::unique_ptr<ct::models::DuplicateCheck> m_duplicateCheck;
    std::unique_ptr<ct::models::ContactOpener> m_contactOpener;
    std::unique_ptr<ct::models::TagCatalog> m_tags;
    std::unique_ptr<ct::models::ContactActivityModel> m_historyNotes;
    std::unique_ptr<ct::models::ContactActivityModel> m_pendingActions;
    std::unique_ptr<ct::models::MessageSending> m_messageSending;
    std::unique_ptr<ct::models::AgentDirectory> m_agents;
    std::unique_ptr<ct::models::ActionPlansModel> m_actionPlans;
    std::unique_ptr<ct::models::ActionPlanEditing> m_actionPlanEditing;
    std::unique_ptr<ct::models::AccountsModel> m_accounts;
    std::unique_ptr<ct::models::AccountEditing> m_accountEditing;
    // The calendar (made in populate): chosen users' events, one contact's events, the queue.
    std::unique_ptr<ct::models::CalendarDirectory> m_calendarDirectory;
    std::unique_ptr<ct::models::AppointmentsModel> m_appointments;
    std::unique_ptr<ct::models::AppointmentsModel> m_contactEvents;
    std::unique_ptr<ct::models::EventScheduling> m_eventScheduling;
    std::unique_ptr<ct::models::ContactFinder> m_contactFinder;
    std::unique_ptr<ct::models::SalesCyclesModel> m_salesCycles;
    std::unique_ptr<ct::models::SalesCycleEditing> m_salesCycleEditing;
    std::unique_ptr<ct::models::PipelineModel> m_pipeline;
    bool m_ready = false;
    QString m_error;
    bool m_online = true;
    // Proposals and payments (read only): the account's payments, one contact's proposals and payments.
    std::unique_ptr<ct::models::PaymentsModel> m_accountPayments;
    std::unique_ptr<ct::models::ProposalsModel> m_proposals;
    std::unique_ptr<ct::models::PaymentsModel> m_contactPayments;
    // Administration area (made in populate): lead sources, tag counts, users.
    std::unique_ptr<ct::models::LeadSourcesModel> m_leadSources;
    std::unique_ptr<ct::models::TagCountsModel> m_tagCounts;
    std::unique_ptr<ct::models::UsersModel> m_users;
};
