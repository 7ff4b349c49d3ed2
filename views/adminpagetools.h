// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QTableView;
class QWidget;
class QAbstractItemModel;

// Small pieces the administration pages share: a message line, an error line under a field,
// and a sorted, row-selecting table.
namespace AdminPageTools {

// A word-wrapped label for the page's messages; hidden while empty.
QLabel *messageLabel(const QString &objectName, QWidget *parent);
void showMessage(QLabel *label, const QString &text, bool isError);

// The red line under a field; hidden while empty. Named "<field>Error".
QLabel *errorLabel(QWidget *field, QWidget *parent);
void showError(QLabel *label, const QString &text);

// A table over a sorting proxy of model, one row selected at a time.
QTableView *sortedTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                        QWidget *parent);

} // namespace AdminPageTools
