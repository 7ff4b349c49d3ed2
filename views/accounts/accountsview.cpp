// SPDX-License-Identifier: MIT
#include "accountsview.h"
#include "serverfieldtext.h"

#include "accountdialog.h"
#include "accountediting.h"
#include "accountsmodel.h"
#include "calllabels.h"
#include "deleteaccountdialog.h"
#include "modelroles.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::AccountsModel;
using ct::models::serverFieldText;
using ct::models::SyncState;

AccountsView::AccountsView(AccountsModel *accounts, ct::models::AccountEditing *editing, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_editing(editing)
{
    setObjectName(u"accountsView"_s);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit = toolbar->addAction(tr("&Edit account…"), this, &AccountsView::editAccount);
    m_edit->setObjectName(u"editAccount"_s);
    m_delete = toolbar->addAction(tr("&Delete sub-account…"), this, &AccountsView::deleteAccount);
    m_delete->setObjectName(u"deleteAccount"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh = toolbar->addAction(tr("&Refresh"), accounts, &AccountsModel::load);
    m_refresh->setObjectName(u"refreshAccounts"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *treePage = new QWidget(this);
    m_tree = new QTreeView(treePage);
    m_tree->setObjectName(u"accountsTree"_s);
    m_tree->setAccessibleName(tr("The account and its sub-accounts"));
    m_tree->setModel(accounts);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(AccountsModel::NameColumn, 280);
    m_tree->setColumnWidth(AccountsModel::OwnerColumn, 180);
    m_tree->setColumnWidth(AccountsModel::TypeColumn, 110);
    m_tree->setColumnWidth(AccountsModel::EmailColumn, 240);
    m_tree->setColumnWidth(AccountsModel::PhoneColumn, 120);
    m_status = new QLabel(treePage);
    m_status->setObjectName(u"accountsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->hide();
    m_details = new QLabel(treePage);
    m_details->setObjectName(u"accountDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_status);
    treeLayout->addWidget(m_tree, 2);
    treeLayout->addWidget(m_details, 1);

    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(u"accountsUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setMargin(40);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(treePage);
    m_pages->addWidget(m_unavailable);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_pages, 1);

    connect(m_tree, &QTreeView::doubleClicked, this, &AccountsView::editAccount);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountsView::updateSelection);
    connect(accounts, &QAbstractItemModel::dataChanged, this, &AccountsView::updateSelection);
    connect(accounts, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateSelection();
    });
    connect(accounts, &AccountsModel::availabilityChanged, this, &AccountsView::updateAvailability);
    connect(accounts, &AccountsModel::loaded, this, &AccountsView::updateAvailability);
    connect(accounts, &AccountsModel::listNoticeChanged, this, &AccountsView::updateSelection);
    connect(accounts, &AccountsModel::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("The accounts could not be read (%1); showing what was read before.").arg(message));
        m_status->show();
    });
    m_tree->expandAll();
    updateAvailability();
    updateSelection();
}

void AccountsView::updateAvailability()
{
    const bool unavailable = m_accounts->availability() == AccountsModel::Availability::Unavailable;
    m_unavailable->setText(m_accounts->unavailableReason());
    m_pages->setCurrentIndex(unavailable ? 1 : 0);
    updateSelection();
}

void AccountsView::updateSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool available = m_accounts->availability() != AccountsModel::Availability::Unavailable;
    const bool removed = m_accounts->isRemoved(current);
    m_edit->setEnabled(available && current.isValid() && !removed);
    m_delete->setEnabled(available && current.isValid() && !removed && !m_accounts->isOwnAccount(current));
    m_delete->setToolTip(m_accounts->isOwnAccount(current)
                             ? tr("An account cannot delete itself; choose one of its sub-accounts.")
                             : tr("Delete the chosen sub-account with all its data"));
    const int state = current.data(ct::models::SyncStateRole).toInt();
    if (current.isValid() && (state == int(SyncState::Failed) || state == int(SyncState::Conflict))) {
        m_status->setText(tr("The server refused the last change of “%1”: %2 Edit the account to correct it, "
                             "or discard the change in the Outbox.")
                              .arg(current.siblingAtColumn(0).data().toString(),
                                   current.data(ct::models::SyncErrorRole).toString()));
        m_status->show();
    } else if (!m_accounts->listNotice().isEmpty()) {
        m_status->setText(m_accounts->listNotice());   // what the last read skipped
        m_status->show();
    } else {
        m_status->hide();
    }
    if (!current.isValid()) {
        m_details->setText(tr("Choose an account to see its details."));
        return;
    }
    const QJsonObject account = m_accounts->account(current);
    QString html = u"<table>"_s;
    const QStringList keys = {u"account_id"_s, u"account_type"_s, u"account_company_name"_s, u"account_owner_name"_s,
                              u"account_first_name"_s, u"account_last_name"_s, u"account_username"_s,
                              u"account_email"_s, u"account_office_phone"_s, u"account_phone"_s,
                              u"account_ctphone"_s, u"account_return_phone"_s, u"account_return_text"_s,
                              u"account_addr1"_s, u"account_addr2"_s, u"account_addr3"_s};
    for (const QString &key : keys) {
        const QString value = serverFieldText(account, key);
        if (value.isEmpty())
            continue;
        html += u"<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(
            ct::models::AccountEditing::fieldLabel(key).toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_details->setText(html + u"</table>"_s);
}

void AccountsView::editAccount()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || m_accounts->isRemoved(current))
        return;
    auto *dialog = new AccountDialog(m_editing, m_accounts->accountKey(current), m_accounts->account(current), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (current.data(ct::models::SyncStateRole).toInt() == int(SyncState::Failed))
        dialog->showProblem(current.data(ct::models::SyncErrorKeyRole).toString(),
                            current.data(ct::models::SyncErrorRole).toString());
    m_dialog = dialog;
    dialog->open();
}

void AccountsView::deleteAccount()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || m_accounts->isOwnAccount(current) || m_accounts->isRemoved(current))
        return;
    const QString key = m_accounts->accountKey(current);
    const QString name = AccountsModel::displayName(m_accounts->account(current));
    const QString ownId = m_accounts->account(m_accounts->index(0, 0)).value(u"account_id"_s).toString();
    auto *dialog = new DeleteAccountDialog(name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, key, ownId] {
        if (!m_editing->deleteAccount(key, ownId)) {
            m_status->setText(m_editing->errorString());
            m_status->show();
        }
    });
    m_dialog = dialog;
    dialog->open();
}
