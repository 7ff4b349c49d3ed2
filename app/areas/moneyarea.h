// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class PaymentsModel; class ProposalsModel; }

// Proposals and payments (read only): the account's payments, and a contact's proposals and
// payments opened from the contact's action bar.
class MoneyArea : public WorkArea
{
    Q_OBJECT

public:
    explicit MoneyArea(AccountSession &session);
    ~MoneyArea() override;

    QString id() const override { return QStringLiteral("proposals"); }
    QString title() const override { return tr("Proposals and payments"); }
    QWidget *createPage(const AreaContext &context) override;

private:
    std::unique_ptr<ct::models::PaymentsModel> m_accountPayments;
    std::unique_ptr<ct::models::ProposalsModel> m_proposals;
    std::unique_ptr<ct::models::PaymentsModel> m_contactPayments;
};
