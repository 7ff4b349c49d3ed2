// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class AccountEditing; class AccountsModel; }

// Accounts: the enterprise account's tree of sub-accounts with their editing (a standard key
// sees why not).
class AccountsArea : public WorkArea
{
    Q_OBJECT

public:
    explicit AccountsArea(AccountSession &session);
    ~AccountsArea() override;

    QString id() const override { return QStringLiteral("accounts"); }
    QString title() const override { return tr("Accounts"); }
    QWidget *createPage(const AreaContext &context) override;

    ct::models::AccountsModel *accounts() const { return m_accounts.get(); }

private:
    std::unique_ptr<ct::models::AccountsModel> m_accounts;
    std::unique_ptr<ct::models::AccountEditing> m_editing;
};
