// SPDX-License-Identifier: MIT
#include "composeemaildialog.h"
#include "recipientlist.h"
#include "senddialoglayout.h"
#include "sendoutcomestatus.h"
#include "sendtimechooser.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using ct::models::MessageSending;

ComposeEmailDialog::ComposeEmailDialog(MessageSending *sending, const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_sending(sending)
    , m_keys(keys)
    , m_to(new QLabel(this))
    , m_refusals(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_cc(new QLineEdit(this))
    , m_bcc(new QLineEdit(this))
    , m_exclude(new QCheckBox(tr("E&xclude the contact (send only to Cc and Bcc)"), this))
    , m_when(new SendTimeChooser(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"composeEmailDialog"_s);
    setWindowTitle(keys.size() == 1 ? tr("Email %1").arg(sending->displayName(keys.constFirst()))
                                    : tr("Email %n contacts", nullptr, int(keys.size())));
    SendDialogLayout::setUpRecipientLines(m_to, m_refusals, RecipientList::describe(sending, keys, u"email"_s));
    m_subject->setObjectName(u"emailSubject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setObjectName(u"emailBody"_s);
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Plain text; the server appends the opt-out lines. Add your own signature."));
    m_cc->setObjectName(u"emailCc"_s);
    m_cc->setAccessibleName(tr("Cc"));
    m_cc->setPlaceholderText(tr("name@example.com, other@example.com"));
    m_bcc->setObjectName(u"emailBcc"_s);
    m_bcc->setAccessibleName(tr("Bcc"));
    m_bcc->setPlaceholderText(m_cc->placeholderText());
    m_exclude->setObjectName(u"excludeContact"_s);

    auto *form = new QFormLayout;
    m_problems.addRow(form, tr("&Subject:"), m_subject, u"email_subject"_s, this);
    m_problems.addRow(form, tr("&Message:"), m_body, u"email_body"_s, this);
    m_problems.addRow(form, tr("&Cc:"), m_cc, u"email_cc"_s, this);
    m_problems.addRow(form, tr("&Bcc:"), m_bcc, u"email_bcc"_s, this);
    m_problems.addRow(form, QString(), m_exclude, u"exclude_contact"_s, this);
    m_problems.addRow(form, tr("When:"), m_when, u"email_date"_s, this);

    m_send = SendDialogLayout::finish(this, {m_to, m_refusals}, form, m_status, tr("&Send"), u"send"_s,
                                      [this] { send(); });
    connect(m_exclude, &QCheckBox::toggled, this, &ComposeEmailDialog::updateRefusals);

    resize(620, 520);
    updateRefusals();
}

ct::models::EmailDraft ComposeEmailDialog::draft() const
{
    return {m_subject->text(), m_body->toPlainText(), m_cc->text(), m_bcc->text(), m_exclude->isChecked(),
            m_when->sendAt()};
}

void ComposeEmailDialog::updateRefusals()
{
    const bool exclude = m_exclude->isChecked();
    const RecipientList::Split split = RecipientList::split(m_keys, [this, exclude](const QString &key) {
        return m_sending->emailRefusal(key, exclude);
    });
    RecipientList::showRefusals(m_refusals, m_sending, split.refused,
                                tr("Not emailed:"));
    m_send->setEnabled(!split.accepted.isEmpty());
}

void ComposeEmailDialog::send()
{
    if (!m_sending)
        return;
    m_outcome = m_sending->sendEmail(m_keys, draft());
    if (SendOutcomeStatus::showWhyNotQueued(m_outcome, m_problems, m_status))
        return;
    if (m_outcome.queued.isEmpty()) {
        m_status->setText(tr("None of the contacts can receive it."));
        return;
    }
    accept();
}
