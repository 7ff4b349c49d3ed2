// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblemlabels.h"
#include "messagesending.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SendTimeChooser;

// Writes a manual email to one contact or several: subject, plain-text body, Cc, Bcc,
// "exclude the contact", now or at a chosen time. Problems show at their fields; contacts
// that cannot receive it are listed with the reason before anything is sent.
class ComposeEmailDialog : public QDialog
{
    Q_OBJECT

public:
    ComposeEmailDialog(ct::models::MessageSending *sending, const QStringList &keys, QWidget *parent = nullptr);

    ct::models::EmailDraft draft() const;
    // What the last Send did (queued, refused).
    ct::models::MessageSending::Outcome outcome() const { return m_outcome; }
    const FieldProblemLabels &problems() const { return m_problems; }

private:
    void updateRefusals();
    void send();

    QPointer<ct::models::MessageSending> m_sending;
    QStringList m_keys;
    QLabel *m_to;
    QLabel *m_refusals;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLineEdit *m_cc;
    QLineEdit *m_bcc;
    QCheckBox *m_exclude;
    SendTimeChooser *m_when;
    QLabel *m_status;
    QPushButton *m_send;
    FieldProblemLabels m_problems;
    ct::models::MessageSending::Outcome m_outcome;
};
