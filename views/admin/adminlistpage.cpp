// SPDX-License-Identifier: MIT
#include "adminlistpage.h"

#include "adminlistmodel.h"
#include "adminpagewidgets.h"

#include <QLabel>
#include <QTableView>

AdminListPage::AdminListPage(ct::models::AdminListModel *list, const QString &messageName, QWidget *parent)
    : QWidget(parent)
    , m_message(AdminPageWidgets::messageLabel(messageName, this))
    , m_list(list)
{
}

QTableView *AdminListPage::makeTable(const QString &tableName, const QString &accessibleName)
{
    m_table = AdminPageWidgets::sortedTable(m_list, tableName, accessibleName, this);
    return m_table;
}

int AdminListPage::currentRow() const
{
    return AdminPageWidgets::currentSourceRow(m_table);
}

QString AdminListPage::currentKey() const
{
    return m_list->keyAt(currentRow());
}

bool AdminListPage::selectKey(const QString &recordKey)
{
    return AdminPageWidgets::selectSourceRow(m_table, m_list->rowOfKey(recordKey));
}

void AdminListPage::followList()
{
    AdminPageWidgets::followCurrentRow(m_table, this, [this] { updateActions(); });
    connect(m_list, &ct::models::AdminListModel::loadFailed, this, [this](const QString &message) {
        AdminPageWidgets::showMessage(m_message, AdminPageWidgets::listNotReadMessage(message), true);
    });
    connect(m_list, &ct::models::AdminListModel::listNoticeChanged, this,
            [this](const QString &notice) { AdminPageWidgets::showListNotice(m_message, notice); });
    updateActions();
}
