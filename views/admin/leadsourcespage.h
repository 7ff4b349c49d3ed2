// SPDX-License-Identifier: MIT
#pragma once

#include "adminlistpage.h"
#include "adminpagewidgets.h"

class QPushButton;
namespace ct::models { class LeadSourcesModel; }

// The lead sources tab: each source with the web key the server generated for it (copyable),
// adding one, renaming one in place, deleting one (the server keeps a source contacts still use).
class LeadSourcesPage : public AdminListPage
{
    Q_OBJECT

public:
    explicit LeadSourcesPage(ct::models::LeadSourcesModel *model, QWidget *parent = nullptr);

private:
    void add();
    void renameCurrent();
    void confirmDelete();
    void copyWebKey();
    void updateActions() override;

    ct::models::LeadSourcesModel *m_model;
    AdminPageWidgets::NewNameRow m_newName;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_copy;
};
