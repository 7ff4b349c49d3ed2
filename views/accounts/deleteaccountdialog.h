// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks for a sub-account's deletion to be confirmed by typing its name: the server removes the
// account with all its contacts and data, and its web key stops working. Nothing to undo.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteAccountDialog(const QString &accountName, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_accountName;
    QLineEdit *m_name = nullptr;
    QPushButton *m_delete = nullptr;
};
