// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class ContactDetailPane;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace ct::models { class ContactEditing; class ContactsModel; }

// The Contacts area: the account's contacts with instant search and filters, sortable columns the
// user may hide and reorder, "load all", new and delete (with undo while still queued), and the
// detail pane of the current contact.
class ContactsView : public QWidget
{
    Q_OBJECT

public:
    ContactsView(ct::models::ContactsModel *contacts, ct::models::ContactEditing *editing,
                 ContactDetailPane *detail, QWidget *parent = nullptr);
    ~ContactsView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    ContactDetailPane *detail() const { return m_detail; }
    QWidget *openDialog() const { return m_dialog; }

    void selectContact(const QString &key);

Q_SIGNALS:
    void message(const QString &text);

private:
    void fillFilters();
    void onCurrentChanged();
    void deleteSelected();
    void undoDelete();
    void showColumnMenu(const QPoint &pos);

    QPointer<ct::models::ContactsModel> m_contacts;
    QPointer<ct::models::ContactEditing> m_editing;
    ContactDetailPane *m_detail;
    QLineEdit *m_search = nullptr;
    QList<QComboBox *> m_filters;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QStringList m_deletedKeys;
    QPointer<QWidget> m_dialog;
};
