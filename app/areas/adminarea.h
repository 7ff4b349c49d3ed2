// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class LeadSourcesModel; class TagCountsModel; class UsersModel; }

// Administration: lead sources, tags (with counts over the loaded contacts) and users. The lead
// sources' and users' lists give the session's name lookup their names.
class AdminArea : public WorkArea
{
    Q_OBJECT

public:
    explicit AdminArea(AccountSession &session);
    ~AdminArea() override;

    QString id() const override { return QStringLiteral("administration"); }
    QString title() const override { return tr("Administration"); }
    QWidget *createPage(const AreaContext &context) override;

    ct::models::LeadSourcesModel *leadSources() const { return m_leadSources.get(); }
    ct::models::TagCountsModel *tagCounts() const { return m_tagCounts.get(); }
    ct::models::UsersModel *users() const { return m_users.get(); }

private:
    std::unique_ptr<ct::models::LeadSourcesModel> m_leadSources;
    std::unique_ptr<ct::models::UsersModel> m_users;
    std::unique_ptr<ct::models::TagCountsModel> m_tagCounts;
};
