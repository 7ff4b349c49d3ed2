// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblemlabels.h"
#include "messagesending.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class SendTimeChooser;

// Writes a manual text to one contact or several, with a live count of characters and SMS
// segments, now or at a chosen time. Contacts that may not be texted (smsok = 0, no phone)
// are listed with the reason; with none left, Send stays off.
class ComposeTextDialog : public QDialog
{
    Q_OBJECT

public:
    ComposeTextDialog(ct::models::MessageSending *sending, const QStringList &keys, QWidget *parent = nullptr);

    ct::models::TextDraft draft() const;
    ct::models::MessageSending::Outcome outcome() const { return m_outcome; }
    const FieldProblemLabels &problems() const { return m_problems; }

private:
    void updateCount();
    void send();

    QPointer<ct::models::MessageSending> m_sending;
    QStringList m_keys;
    QLabel *m_to;
    QLabel *m_refusals;
    QPlainTextEdit *m_body;
    QLabel *m_count;
    SendTimeChooser *m_when;
    QLabel *m_status;
    QPushButton *m_send;
    FieldProblemLabels m_problems;
    ct::models::MessageSending::Outcome m_outcome;
};
