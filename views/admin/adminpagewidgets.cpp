// SPDX-License-Identifier: MIT
#include "adminpagewidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace AdminPageWidgets {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text, bool isError)
{
    label->setStyleSheet(isError ? u"color: #b00020"_s : QString());
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

QLabel *errorLabel(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field->objectName() + u"Error"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020"_s);
    label->setBuddy(field);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (label->buddy())
        label->buddy()->setAccessibleDescription(text);   // screen readers hear the problem with the field
}

NewNameRow newNameRow(const QString &objectName, const QString &placeholder, const QString &addText,
                      const QString &addObjectName, QWidget *parent, const std::function<void()> &add)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    line->setPlaceholderText(placeholder);
    line->setAccessibleName(placeholder);
    QLabel *error = errorLabel(line, parent);
    auto *button = new QPushButton(addText, parent);
    button->setObjectName(addObjectName);
    QObject::connect(button, &QPushButton::clicked, parent, add);
    QObject::connect(line, &QLineEdit::returnPressed, parent, add);

    auto *lineAndButton = new QHBoxLayout;
    lineAndButton->addWidget(line, 1);
    lineAndButton->addWidget(button);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(lineAndButton);
    layout->addWidget(error);
    return {line, error, layout};
}

bool settleNewName(const NewNameRow &row, QLabel *message, const QString &problem)
{
    showError(row.error, problem);
    if (!problem.isEmpty()) {
        row.line->setFocus();
        return false;
    }
    row.line->clear();
    showMessage(message, {}, false);
    return true;
}

QTableView *sortedTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                        QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The lists are short (a few dozen rows): columns follow their contents as rows arrive.
    auto fit = [table] { table->resizeColumnsToContents(); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, fit);
    fit();
    return table;
}

namespace {

QSortFilterProxyModel *sortingProxy(const QTableView *table)
{
    return static_cast<QSortFilterProxyModel *>(table->model());
}

} // namespace

int currentSourceRow(const QTableView *table)
{
    const QModelIndex index = table->currentIndex();
    if (!index.isValid())
        return -1;
    return sortingProxy(table)->mapToSource(index).row();
}

QModelIndex viewIndex(const QTableView *table, const QModelIndex &sourceIndex)
{
    return sortingProxy(table)->mapFromSource(sourceIndex);
}

bool selectSourceRow(QTableView *table, int row)
{
    if (row < 0)
        return false;
    const QModelIndex index = viewIndex(table, sortingProxy(table)->sourceModel()->index(row, 0));
    table->setCurrentIndex(index);
    table->scrollTo(index);
    return true;
}

void followCurrentRow(QTableView *table, QWidget *receiver, const std::function<void()> &update)
{
    QAbstractItemModel *model = sortingProxy(table)->sourceModel();
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, receiver, update);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, update);
}

QString listNotReadMessage(const QString &reason)
{
    return QCoreApplication::translate("AdminPageWidgets", "The list could not be read (%1); showing the last one read.")
        .arg(reason);
}

void showListNotice(QLabel *label, const QString &notice)
{
    static const char shownNotice[] = "ctListNotice";
    if (notice.isEmpty() && label->text() != label->property(shownNotice).toString())
        return;
    label->setProperty(shownNotice, notice);
    showMessage(label, notice, !notice.isEmpty());
}

QMessageBox *askToDelete(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
                         const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [onYes](int result) {
        if (result == QMessageBox::Yes)
            onYes();
    });
    box->open();
    return box;
}

} // namespace AdminPageWidgets
