// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

class ContactDetailPane;
class ContactsView;
namespace ct::models { class ContactActivityModel; class ContactOpener; class DuplicateCheck; }

// Contacts: the list, the contact's pane with its history notes and pending actions, the
// duplicate check and "open by id". The contacts model itself is the session's core.
class ContactsArea : public WorkArea
{
    Q_OBJECT

public:
    explicit ContactsArea(AccountSession &session);
    ~ContactsArea() override;

    QString id() const override { return QStringLiteral("contacts"); }
    QString title() const override { return tr("Contacts"); }
    QWidget *createPage(const AreaContext &context) override;

    ContactsView *view() const { return m_view; }
    ContactDetailPane *detail() const;
    ct::models::ContactActivityModel *historyNotes() const { return m_historyNotes.get(); }
    ct::models::ContactActivityModel *pendingActions() const { return m_pendingActions.get(); }

private:
    std::unique_ptr<ct::models::DuplicateCheck> m_duplicateCheck;
    std::unique_ptr<ct::models::ContactOpener> m_opener;
    std::unique_ptr<ct::models::ContactActivityModel> m_historyNotes;
    std::unique_ptr<ct::models::ContactActivityModel> m_pendingActions;
    ContactsView *m_view = nullptr;   // owned by the window
};
