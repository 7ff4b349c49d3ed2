// SPDX-License-Identifier: MIT
#include "leadsourcespage.h"

#include "adminpagewidgets.h"
#include "leadsourcesmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::LeadSourcesModel;

namespace {

// Renaming in place: a name the model refuses is reported instead of silently dropped.
class NameDelegate : public QStyledItemDelegate
{
public:
    NameDelegate(LeadSourcesModel *model, QLabel *message, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model), m_message(message) {}

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        if (model->setData(index, line->text(), Qt::EditRole))
            AdminPageWidgets::showMessage(m_message, {}, false);
        else
            AdminPageWidgets::showMessage(m_message, m_model->errorString(), true);
    }

private:
    LeadSourcesModel *m_model;
    QLabel *m_message;
};

} // namespace

LeadSourcesPage::LeadSourcesPage(LeadSourcesModel *model, QWidget *parent)
    : AdminListPage(model, u"leadSourcesMessage"_s, parent)
    , m_model(model)
{
    setObjectName(u"leadSourcesPage"_s);

    m_newName = AdminPageWidgets::newNameRow(u"newLeadSourceName"_s, tr("New lead source name"), tr("&Add"),
                                           u"addLeadSource"_s, this, [this] { add(); });

    makeTable(u"leadSourcesTable"_s, tr("Lead sources"));
    m_table->setItemDelegateForColumn(LeadSourcesModel::NameColumn, new NameDelegate(model, m_message, this));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    m_rename = new QPushButton(tr("&Rename"), this);
    m_rename->setObjectName(u"renameLeadSource"_s);
    m_rename->setToolTip(tr("Edit the name in the list (F2 or double-click does the same)"));
    connect(m_rename, &QPushButton::clicked, this, &LeadSourcesPage::renameCurrent);
    m_copy = new QPushButton(tr("&Copy web key"), this);
    m_copy->setObjectName(u"copyWebKey"_s);
    m_copy->setToolTip(tr("Copy the lead source's web key, for the web forms that post leads to it"));
    connect(m_copy, &QPushButton::clicked, this, &LeadSourcesPage::copyWebKey);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteLeadSource"_s);
    connect(m_delete, &QPushButton::clicked, this, &LeadSourcesPage::confirmDelete);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(u"refreshLeadSources"_s);
    connect(refresh, &QPushButton::clicked, model, &LeadSourcesModel::refresh);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rename);
    actions->addWidget(m_copy);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_newName.layout);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(model, &LeadSourcesModel::editFailed, this, [this](const QString &key, const QString &message) {
        const int row = m_model->rowOfKey(key);
        const QString name = m_model->recordAt(row).value(u"lead_source_name"_s).toString();
        AdminPageWidgets::showMessage(m_message, tr("Lead source \"%1\": %2").arg(name, message), true);
    });
    followList();
}

void LeadSourcesPage::updateActions()
{
    const int row = currentRow();
    const bool selected = row >= 0 && !m_model->isRemovalPending(row);
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_copy->setEnabled(row >= 0 && !m_model->webKeyAt(row).isEmpty());
}

void LeadSourcesPage::add()
{
    const QString key = m_model->create(m_newName.line->text());
    if (AdminPageWidgets::settleNewName(m_newName, m_message, key.isEmpty() ? m_model->errorString() : QString()))
        selectKey(key);
}

void LeadSourcesPage::renameCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QModelIndex index = AdminPageWidgets::viewIndex(m_table, m_model->index(row, LeadSourcesModel::NameColumn));
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void LeadSourcesPage::copyWebKey()
{
    const QString webKey = m_model->webKeyAt(currentRow());
    if (webKey.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(webKey);
    AdminPageWidgets::showMessage(m_message, tr("Web key copied."), false);
}

void LeadSourcesPage::confirmDelete()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString key = m_model->keyAt(row);
    const QString name = m_model->recordAt(row).value(u"lead_source_name"_s).toString();
    m_dialog = AdminPageWidgets::askToDelete(
        this, u"deleteLeadSourceConfirmation"_s, tr("Delete lead source"),
        tr("Delete the lead source \"%1\"? Web forms that post leads with its web key "
           "stop working. The server refuses while contacts still use it.").arg(name),
        [this, key] {
            if (!m_model->remove(key))
                AdminPageWidgets::showMessage(m_message, m_model->errorString(), true);
            else
                AdminPageWidgets::showMessage(m_message, {}, false);
            updateActions();
        });
}
