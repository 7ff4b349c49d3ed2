// SPDX-License-Identifier: MIT
#pragma once

#include "adminpagewidgets.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
namespace ct::models { class LeadSourcesModel; }

// The lead sources tab: each source with the web key the server generated for it (copyable),
// adding one, renaming one in place, deleting one (the server keeps a source contacts still use).
class LeadSourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LeadSourcesPage(ct::models::LeadSourcesModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Selects the row of a record key; false when it is not shown.
    bool selectKey(const QString &recordKey);
    QString currentKey() const;
    // The confirmation this page opened (non-modal, so tests and screen readers reach it).
    QWidget *openDialog() const { return m_dialog; }

private:
    int currentSourceRow() const;
    void add();
    void renameCurrent();
    void confirmDelete();
    void copyWebKey();
    void updateActions();

    ct::models::LeadSourcesModel *m_model;
    QTableView *m_table;
    AdminPageWidgets::NewNameRow m_newName;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_copy;
    QLabel *m_message;
    QPointer<QWidget> m_dialog;
};
