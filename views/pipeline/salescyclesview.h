// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ct::models { class ContactsModel; class SalesCycleEditing; class SalesCyclesModel; }

// The Sales cycles area: the account's sales cycles in pipeline order, a form to create or edit
// one (name, active or inactive path, order, contact type) and delete. Problems show at the field
// they concern; a delete the server refuses because contacts still use the cycle (CT512) is
// explained and offers to show those contacts.
class SalesCyclesView : public QWidget
{
    Q_OBJECT
public:
    SalesCyclesView(ct::models::SalesCyclesModel *cycles, ct::models::SalesCycleEditing *editing,
                    QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Selects the row of a cycle (server id or local key); false when it is not listed.
    bool selectCycle(const QString &id);
    QString currentId() const;
    // The message shown at a field (sales_cycle_name ...), empty when none.
    QString problemAt(const QString &key) const;
    QWidget *openDialog() const { return m_dialog; }
    // The contacts held here, so a delete can warn beforehand that contacts are still in the
    // cycle (the server would refuse it).
    void setContacts(ct::models::ContactsModel *contacts);

Q_SIGNALS:
    // "Show the contacts that use it": the contacts area, filtered by this sales cycle.
    void showContactsRequested(const QString &salesCycleId);
    void message(const QString &text);

private:
    void startNew();
    void save();
    void askDelete();
    void onCurrentChanged();
    // Shows the current cycle's server state: a refused edit at its field, CT512 in the bar.
    void showSyncState();
    void fillForm();
    void clearProblems();
    void showProblem(const QString &key, const QString &message);
    int currentSourceRow() const;

    QPointer<ct::models::SalesCyclesModel> m_cycles;
    QPointer<ct::models::SalesCycleEditing> m_editing;
    QPointer<ct::models::ContactsModel> m_contacts;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_formTitle;
    QLineEdit *m_name;
    QComboBox *m_path;
    QSpinBox *m_order;
    QComboBox *m_contactType;
    QHash<QString, QLabel *> m_problems;   // field key -> its message label
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_delete;
    QWidget *m_inUseBar;
    QLabel *m_inUseText;
    bool m_creating = false;
    QPointer<QWidget> m_dialog;
};
