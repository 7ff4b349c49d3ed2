// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class ContactEditor;
class QAction;
class QToolBar;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ct::models {
class ContactActivityModel;
class ContactEditing;
class ContactsModel;
class DuplicateCheck;
class AccountTags;
}

// One contact: its fields in the schema-built editor (save queues only what changed), its
// history notes with "add note", and its pending actions. Also the form for a new contact,
// with the duplicate check before it is queued.
class ContactDetailPane : public QWidget
{
    Q_OBJECT

public:
    ContactDetailPane(ct::models::ContactsModel *contacts, ct::models::ContactEditing *editing,
                      ct::models::DuplicateCheck *duplicates, ct::models::ContactActivityModel *notes,
                      ct::models::ContactActivityModel *pendingActions, QWidget *parent = nullptr);

    // key: a client_id or a local key; empty shows nothing.
    void showContact(const QString &key);
    void startNewContact();
    QString currentKey() const { return m_key; }
    // The account's tags, offered in the tag field.
    void setAccountTags(ct::models::AccountTags *catalog);

    // Other features put their contact actions (email, text, call, start plan…) on the pane's
    // action bar; they are enabled while a saved contact is shown. The features read
    // currentKey() when triggered.
    void addContactAction(QAction *action);
    QToolBar *actionBar() const { return m_actionBar; }

    ContactEditor *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    // The last message box or dialog this pane opened (tests answer it).
    QWidget *openDialog() const { return m_dialog; }

Q_SIGNALS:
    // A new contact was queued (its local key), or the user chose to open an existing one.
    void contactOpened(const QString &key);
    void message(const QString &text);
    // The contact on show changed: its key, empty for none or a new contact's form.
    void contactShown(const QString &key);

private:
    void updateActions();
    // The note under the form follows the saved edit: confirmed, refused or in conflict.
    void followSavedEdit();
    void fillChoices();
    void save();
    void saveChanges();
    void createAfterCheck();
    void queueCreate();
    void revert();
    void addNote();
    void setStatus(const QString &text, bool problem);

    QPointer<ct::models::ContactsModel> m_contacts;
    QPointer<ct::models::ContactEditing> m_editing;
    QPointer<ct::models::DuplicateCheck> m_duplicates;
    QPointer<ct::models::AccountTags> m_accountTags;
    ct::models::ContactActivityModel *m_notes;
    ct::models::ContactActivityModel *m_pending;
    QString m_key;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    bool m_awaitingServer = false;   // the status says the shown contact's edit waits in the outbox
    QLabel *m_links = nullptr;
    QToolBar *m_actionBar = nullptr;
    ContactEditor *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QTableView *m_notesTable = nullptr;
    QPlainTextEdit *m_noteText = nullptr;
    QPushButton *m_addNote = nullptr;
    QTableView *m_pendingTable = nullptr;
    QPointer<QWidget> m_dialog;
};
