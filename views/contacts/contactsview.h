// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class ContactDetailPane;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace ct::models { class ContactEditing; class ContactExport; class ContactOpener; class ContactsModel; class AccountTags; }
namespace ct::store { class Outbox; }

// The Contacts area: the account's contacts with instant search and filters, sortable columns the
// user may hide and reorder, "load all", new and delete (with undo while still queued), and the
// detail pane of the current contact.
class ContactsView : public QWidget
{
    Q_OBJECT

public:
    ContactsView(ct::models::ContactsModel *contacts, ct::models::ContactEditing *editing,
                 ContactDetailPane *detail, ct::store::Outbox *outbox, QWidget *parent = nullptr);
    ~ContactsView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    ContactDetailPane *detail() const { return m_detail; }
    QWidget *openDialog() const { return m_dialog; }

    void selectContact(const QString &key);
    // Shows only the contacts with this filter value (a ContactQuery::Filter; search and the
    // other filters cleared), with the filter's box in step.
    void showFiltered(int filter, const QString &value);
    // Enables "Open by id…" (read_client_by_id / read_client_by_external_id).
    void setOpener(ct::models::ContactOpener *opener);
    // Fills the tag filter with the account's tags.
    void setAccountTags(ct::models::AccountTags *catalog);
    // Actions on the selected contacts (email or text several at once…): offered in the list's
    // context menu, enabled while something is selected; they read selectedKeys() when triggered.
    void addSelectionAction(QAction *action);
    // Keys (client ids or local keys) of the selected rows, in view order.
    QStringList selectedKeys() const;
    // Writes the contacts now shown (search and filters applied) to a CSV file, with progress.
    // keepFormulas: write cells that start a spreadsheet formula as they are (see CsvWriter).
    bool exportShownTo(const QString &path, bool keepFormulas = false);

Q_SIGNALS:
    void message(const QString &text);
    // Long work (an export): maximum 0 while the total is unknown; done when finished.
    void progress(const QString &label, int value, int maximum);
    void progressDone();

private:
    void fillFilters();
    void onCurrentChanged();
    void deleteSelected();
    void undoDelete();
    void showColumnMenu(const QPoint &pos);
    void askExport();
    void askOpen();
    void openImport();

    QPointer<ct::models::ContactsModel> m_contacts;
    QPointer<ct::models::ContactEditing> m_editing;
    QPointer<ct::store::Outbox> m_outbox;
    ct::models::ContactExport *m_export = nullptr;
    QPointer<ct::models::ContactOpener> m_opener;
    QPointer<ct::models::AccountTags> m_accountTags;
    QPushButton *m_openButton = nullptr;
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
