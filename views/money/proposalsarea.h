// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class PaymentsView;
class ProposalsView;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ct::models { class PaymentsModel; class ProposalsModel; }

// The "Proposals & payments" area: the account's payments on one tab; on the other, one
// contact's proposals tree and payments (opened from the contact's action bar, or by
// double-clicking a payment).
class ProposalsArea : public QWidget
{
    Q_OBJECT

public:
    ProposalsArea(ct::models::PaymentsModel *accountPayments, ct::models::ProposalsModel *proposals,
                  ct::models::PaymentsModel *contactPayments, QWidget *parent = nullptr);

    // How a client_id is shown as a name (the contacts the console holds).
    void setContactNames(std::function<QString(const QString &clientId)> names);

    // Shows the contact's proposals and payments (read from the cache at once, then the server).
    void showContact(const QString &clientId);
    QString currentContact() const { return m_clientId; }

    QTabWidget *tabs() const { return m_tabs; }
    PaymentsView *accountPayments() const { return m_accountView; }
    PaymentsView *contactPayments() const { return m_contactView; }
    ProposalsView *proposals() const { return m_proposalsView; }

    static constexpr int accountTab = 0;
    static constexpr int contactTab = 1;

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ct::models::PaymentsModel *m_accountPayments;
    ct::models::ProposalsModel *m_proposals;
    ct::models::PaymentsModel *m_contactPayments;
    std::function<QString(const QString &)> m_names;
    QString m_clientId;
    bool m_accountRead = false;
    QTabWidget *m_tabs = nullptr;
    PaymentsView *m_accountView = nullptr;
    PaymentsView *m_contactView = nullptr;
    ProposalsView *m_proposalsView = nullptr;
    QStackedWidget *m_contactPage = nullptr;
    QLabel *m_contactTitle = nullptr;
};
