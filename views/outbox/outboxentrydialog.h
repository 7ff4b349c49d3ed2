// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;

// Lets the user correct the values of a queued edit the server refused: one field per
// parameter, each checked against the schema as typed, the field the server named marked.
class OutboxEntryDialog : public QDialog
{
    Q_OBJECT

public:
    OutboxEntryDialog(const QString &callName, const ct::api::ApiParams &params, const QString &errorKey,
                      const QString &serverMessage, QWidget *parent = nullptr);

    ct::api::ApiParams params() const;

private:
    bool check();

    QString m_callName;
    ct::api::ApiParams m_fixed;              // ids the user must not change
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errors;
};
