// SPDX-License-Identifier: MIT
#include "composetextdialog.h"
#include "recipientlist.h"
#include "senddialoglayout.h"
#include "sendoutcomestatus.h"
#include "sendtimechooser.h"
#include "smssegments.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::MessageSending;
using ct::models::SmsSegments;

ComposeTextDialog::ComposeTextDialog(MessageSending *sending, const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_sending(sending)
    , m_keys(keys)
    , m_to(new QLabel(this))
    , m_refusals(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_when(new SendTimeChooser(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"composeTextDialog"_s);
    setWindowTitle(keys.size() == 1 ? tr("Text %1").arg(sending->displayName(keys.constFirst()))
                                    : tr("Text %n contacts", nullptr, int(keys.size())));
    SendDialogLayout::setUpRecipientLines(m_to, m_refusals, RecipientList::describe(sending, keys, u"phone"_s));
    m_body->setObjectName(u"textBody"_s);
    m_body->setAccessibleName(tr("Text"));
    m_body->setTabChangesFocus(true);
    m_count->setObjectName(u"segmentCount"_s);

    auto *form = new QFormLayout;
    // The count goes between the text and its error line.
    m_problems.addRow(form, tr("&Text:"), m_body, u"text_body"_s, this)->insertWidget(1, m_count);
    m_problems.addRow(form, tr("When:"), m_when, u"text_date"_s, this);

    m_send = SendDialogLayout::finish(this, {m_to, m_refusals}, form, m_status, tr("&Send"), u"send"_s,
                                      [this] { send(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposeTextDialog::updateCount);

    resize(520, 360);

    const RecipientList::Split split = RecipientList::split(keys, [sending](const QString &key) {
        return sending->textRefusal(key);
    });
    RecipientList::showRefusals(m_refusals, sending, split.refused,
                                keys.size() == 1 ? tr("This contact cannot be texted:") : tr("Not texted:"));
    m_send->setEnabled(!split.accepted.isEmpty());
    m_body->setEnabled(!split.accepted.isEmpty());
    updateCount();
}

ct::models::TextDraft ComposeTextDialog::draft() const
{
    return {m_body->toPlainText(), m_when->sendAt()};
}

void ComposeTextDialog::updateCount()
{
    const QString text = m_body->toPlainText();
    const SmsSegments count = SmsSegments::count(text);
    const QString encoding = count.encoding() == SmsSegments::Encoding::Gsm7 ? tr("GSM-7") : tr("Unicode");
    m_count->setText(tr("%n character(s)", nullptr, int(text.size())) + u" · "_s
                     + tr("%n SMS", nullptr, count.segments()) + u" ("_s + encoding + u") · "_s
                     + tr("%n left in this one", nullptr, count.remainingInSegment()));
    m_count->setAccessibleName(m_count->text());
}

void ComposeTextDialog::send()
{
    if (!m_sending)
        return;
    m_outcome = m_sending->sendText(m_keys, draft());
    if (SendOutcomeStatus::showWhyNotQueued(m_outcome, m_problems, m_status))
        return;
    if (m_outcome.queued.isEmpty()) {
        m_status->setText(tr("None of the contacts can be texted."));
        return;
    }
    accept();
}
