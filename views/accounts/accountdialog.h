// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblemlabels.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace ct::models { class AccountEditing; }

// One account's details as a form: the fields the API lets an account change (names, company,
// address, phones, email, return numbers); what it only reports (id, type, username, phone
// number ClientTether gave it) is shown read-only. Saving queues only what changed; a value
// that cannot go is named at its field and the form stays open.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(ct::models::AccountEditing *editing, const QString &recordKey, const QJsonObject &account,
                  QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    void showProblem(const QString &key, const QString &message);

    void accept() override;

private:
    QPointer<ct::models::AccountEditing> m_editing;
    QString m_recordKey;
    QJsonObject m_account;
    QHash<QString, QLineEdit *> m_fields;
    FieldProblemLabels m_problems;
};
