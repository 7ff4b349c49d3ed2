// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
namespace ct::models { class UsersModel; }

// Creating or editing one user. A new user gets a password, typed twice and masked; it is sent
// with create_user while the dialog waits for the answer and is never stored (see UsersModel).
// The type and the password are fixed once the user exists (the API takes them on create only).
// Problems show at their fields: the form's own checks, and the server's answer (a username
// taken anywhere in ClientTether is CT520).
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // recordKey empty: a new user.
    UserDialog(ct::models::UsersModel *model, const QString &recordKey, QWidget *parent = nullptr);
    ~UserDialog() override;

    bool isNewUser() const { return m_recordKey.isEmpty(); }
    // The form's values as the API takes them (the password included for a new user).
    ct::api::ApiParams values() const;
    // The field a problem is shown at, empty when none is.
    QString firstProblemKey() const;
    QString problemAt(const QString &key) const;

    void done(int result) override;

private:
    void save();
    void onCreateFinished(bool ok, const QString &userId, const QString &message, const QString &errorKey);
    void showProblems(const QMap<QString, QString> &problems);
    void setBusy(bool busy);
    void forgetPasswords();

    QPointer<ct::models::UsersModel> m_model;
    QString m_recordKey;
    ct::api::ApiParams m_base;
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_type;
    QCheckBox *m_showCalendar;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_waiting = false;
};
