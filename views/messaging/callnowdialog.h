// SPDX-License-Identifier: MIT
#pragma once

#include "agentdirectory.h"
#include "fieldproblemlabels.h"
#include "messagesending.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Call now": the service rings the agent's phone, announces the contact and says the message,
// then connects the contact. Agent phone (the one used last, editable, or picked from the
// account's users), the contact's name and phone are filled in.
class CallNowDialog : public QDialog
{
    Q_OBJECT

public:
    CallNowDialog(ct::models::MessageSending *sending, const QList<ct::models::AgentDirectory::Agent> &agents,
                  const QString &agentPhone, const QString &key, QWidget *parent = nullptr);

    ct::models::CallRequest request() const;
    ct::models::MessageSending::Outcome outcome() const { return m_outcome; }
    const FieldProblemLabels &problems() const { return m_problems; }

private:
    void send();

    QPointer<ct::models::MessageSending> m_sending;
    QString m_key;
    QComboBox *m_agents;
    QLineEdit *m_agentPhone;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_intro;
    QPlainTextEdit *m_say;
    QLabel *m_status;
    QPushButton *m_call;
    FieldProblemLabels m_problems;
    ct::models::MessageSending::Outcome m_outcome;
};
