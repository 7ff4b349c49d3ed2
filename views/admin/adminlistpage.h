// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
namespace ct::models { class AdminListModel; }

// What the pages over one of the account's administered lists (lead sources, users) share: the
// sorted table of the list, the message line under it (what went wrong, what the server said of
// the list), the confirmation or dialog the page opened, the current row, and the actions that
// follow it (each page enables its own in updateActions()).
class AdminListPage : public QWidget
{
    Q_OBJECT

public:
    QTableView *table() const { return m_table; }
    // Selects the row of a record key; false when it is not shown.
    bool selectKey(const QString &recordKey);
    QString currentKey() const;
    // The dialog or confirmation this page opened (non-modal, so tests and screen readers reach it).
    QWidget *openDialog() const { return m_dialog; }

protected:
    // Makes the message line (objectName messageName); the subclass lays it out.
    AdminListPage(ct::models::AdminListModel *list, const QString &messageName, QWidget *parent);
    // Makes the sorted table of the list (objectName tableName, read by screen readers as
    // accessibleName) where the subclass wants it in the focus order.
    QTableView *makeTable(const QString &tableName, const QString &accessibleName);

    // The model's row of the table's current row; -1 without one.
    int currentRow() const;
    // Called when the current row or the list changes.
    virtual void updateActions() = 0;
    // Starts following the current row and the list's load problems and notices; call it at the
    // end of the subclass's constructor, once its actions exist.
    void followList();

    QTableView *m_table = nullptr;
    QLabel *m_message;
    QPointer<QWidget> m_dialog;

private:
    ct::models::AdminListModel *m_list;
};
