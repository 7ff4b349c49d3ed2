// SPDX-License-Identifier: MIT
#pragma once

#include "adminpagewidgets.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
namespace ct::models { class ContactsModel; class TagCountsModel; }

// The tags tab: every tag of the account with how many contacts carry it (counted over the
// contacts loaded, and saying so until all are, with a way to load them all), and adding a tag.
class TagsPage : public QWidget
{
    Q_OBJECT

public:
    TagsPage(ct::models::TagCountsModel *model, ct::models::ContactsModel *contacts, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void add();
    void updateCoverage();

    ct::models::TagCountsModel *m_model;
    ct::models::ContactsModel *m_contacts;
    QTableView *m_table;
    QLabel *m_coverage;
    QPushButton *m_loadAll;
    AdminPageWidgets::NewNameRow m_newTag;
    QLabel *m_message;
};
