// SPDX-License-Identifier: MIT
#include "tagspage.h"

#include "adminpagewidgets.h"
#include "contactsmodel.h"
#include "tagcountsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::TagCountsModel;

TagsPage::TagsPage(TagCountsModel *model, ct::models::ContactsModel *contacts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_contacts(contacts)
{
    setObjectName(u"tagsPage"_s);
    m_message = AdminPageWidgets::messageLabel(u"tagsMessage"_s, this);
    m_newTag = AdminPageWidgets::newNameRow(u"newTagName"_s, tr("New tag"), tr("&Add tag"), u"addTag"_s, this,
                                          [this] { add(); });
    auto *note = new QLabel(tr("The API cannot rename or delete a tag."), this);
    note->setObjectName(u"tagsNote"_s);
    note->setEnabled(false);

    m_coverage = new QLabel(this);
    m_coverage->setObjectName(u"tagCountsCoverage"_s);
    m_coverage->setWordWrap(true);
    m_loadAll = new QPushButton(tr("&Load all contacts"), this);
    m_loadAll->setObjectName(u"loadAllContacts"_s);
    m_loadAll->setToolTip(tr("Read every contact of the account so the counts are exact"));
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        if (m_contacts)
            m_contacts->loadAll();
        updateCoverage();
    });

    m_table = AdminPageWidgets::sortedTable(model, u"tagsTable"_s, tr("Tags"), this);

    auto *coverageRow = new QHBoxLayout;
    coverageRow->addWidget(m_coverage, 1);
    coverageRow->addWidget(m_loadAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_newTag.layout);
    layout->addWidget(note);
    layout->addLayout(coverageRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(model, &TagCountsModel::countsChanged, this, &TagsPage::updateCoverage);
    if (m_contacts)
        connect(m_contacts, &ct::models::ContactsModel::loadingChanged, this, &TagsPage::updateCoverage);
    connect(model, &TagCountsModel::createFailed, this, [this](const QString &, const QString &message) {
        AdminPageWidgets::showMessage(m_message, message, true);
    });
    connect(model, &TagCountsModel::listNoticeChanged, this,
            [this](const QString &notice) { AdminPageWidgets::showListNotice(m_message, notice); });
    model->setWatching(false);   // counted once the tab is shown
    updateCoverage();
}

void TagsPage::showEvent(QShowEvent *event)
{
    m_model->setWatching(true);
    QWidget::showEvent(event);
}

void TagsPage::hideEvent(QHideEvent *event)
{
    m_model->setWatching(false);
    QWidget::hideEvent(event);
}

void TagsPage::updateCoverage()
{
    const bool loading = m_contacts && m_contacts->isLoading();
    const bool complete = m_model->countsComplete();
    QString text;
    if (loading)
        text = tr("Reading contacts… the counts follow when they are in.");
    else if (complete)
        text = tr("Counts cover all contacts of the account (%1).").arg(m_model->contactsCounted());
    else
        text = tr("Counts cover only the contacts loaded so far (%1): the account has more. "
                  "Load all contacts for exact counts.").arg(m_model->contactsCounted());
    m_coverage->setText(text);
    m_loadAll->setVisible(!complete);
    m_loadAll->setEnabled(!loading);
}

void TagsPage::add()
{
    const QString tag = m_newTag.line->text().trimmed();
    const bool ok = m_model->create(tag);
    if (!AdminPageWidgets::settleNewName(m_newTag, m_message, ok ? QString() : m_model->errorString()))
        return;
    const int row = m_model->rowOfTag(tag);
    if (row >= 0) {
        auto *proxy = m_table->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data().toString() == m_model->tagAt(row)) {
                m_table->selectRow(r);
                m_table->scrollTo(proxy->index(r, 0));
            }
        }
    }
}
