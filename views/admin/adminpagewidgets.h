// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QLabel;
class QLayout;
class QLineEdit;
class QMessageBox;
class QModelIndex;
class QTableView;
class QWidget;
class QAbstractItemModel;

// Small pieces the administration pages share: a message line, an error line under a field,
// a sorted, row-selecting table and the question before a deletion.
namespace AdminPageWidgets {

// A word-wrapped label for the page's messages; hidden while empty.
QLabel *messageLabel(const QString &objectName, QWidget *parent);
void showMessage(QLabel *label, const QString &text, bool isError);

// The red line under a field; hidden while empty. Named "<field>Error".
QLabel *errorLabel(QWidget *field, QWidget *parent);
void showError(QLabel *label, const QString &text);

// The line where a new entry's name is typed, its Add button beside it (Return adds too) and its
// error line under both; layout holds the three for the page's layout.
struct NewNameRow
{
    QLineEdit *line;
    QLabel *error;
    QLayout *layout;
};
NewNameRow newNameRow(const QString &objectName, const QString &placeholder, const QString &addText,
                      const QString &addObjectName, QWidget *parent, const std::function<void()> &add);
// After an attempt to add: the problem under the line (the text stays, the line takes the focus),
// or, with none, an empty line and no page message. True when it was added.
bool settleNewName(const NewNameRow &row, QLabel *message, const QString &problem);

// A table over a sorting proxy of model, one row selected at a time.
QTableView *sortedTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                        QWidget *parent);
// The model's row of the sorted table's current row; -1 when none is current.
int currentSourceRow(const QTableView *table);
// Where the model's index stands in the sorted table.
QModelIndex viewIndex(const QTableView *table, const QModelIndex &sourceIndex);
// Makes the model's row current and scrolls to it; false when row is not one (-1: not shown).
bool selectSourceRow(QTableView *table, int row);
// Calls update when the table's current row changes or the model's rows change or go.
void followCurrentRow(QTableView *table, QWidget *receiver, const std::function<void()> &update);

// The text shown when reading the list failed and the last list read stays.
QString listNotReadMessage(const QString &reason);
// Shows a list's notice (its last read removed nothing: it did not add up) in the page's message
// line; an empty notice clears the line only while it still shows the earlier notice, so an edit's
// refusal shown meanwhile stays.
void showListNotice(QLabel *label, const QString &notice);

// A non-modal Yes/Cancel warning (Cancel the default) that deletes itself when closed and calls
// onYes when the user confirmed. Opened before it is returned.
QMessageBox *askToDelete(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
                         const std::function<void()> &onYes);

} // namespace AdminPageWidgets
