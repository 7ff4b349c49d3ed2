// SPDX-License-Identifier: MIT
#include "sendtimechooser.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QRadioButton>

SendTimeChooser::SendTimeChooser(QWidget *parent)
    : QWidget(parent)
    , m_now(new QRadioButton(tr("Send &now"), this))
    , m_later(new QRadioButton(tr("Send &at"), this))
    , m_when(new QDateTimeEdit(this))
{
    m_now->setObjectName(QStringLiteral("sendNow"));
    m_later->setObjectName(QStringLiteral("sendLater"));
    m_when->setObjectName(QStringLiteral("sendAt"));
    m_when->setAccessibleName(tr("Send at date and time"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // A sensible first choice: the next full hour.
    const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
    m_when->setDateTime(QDateTime(next.date(), QTime(next.time().hour(), 0)));
    m_now->setChecked(true);
    m_when->setEnabled(false);
    connect(m_later, &QRadioButton::toggled, m_when, &QWidget::setEnabled);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_now);
    layout->addWidget(m_later);
    layout->addWidget(m_when, 1);
}

QDateTime SendTimeChooser::sendAt() const
{
    if (!m_later->isChecked())
        return {};
    // Whole seconds: the API takes HH:MM:SS.
    const QDateTime when = m_when->dateTime();
    return QDateTime(when.date(), QTime(when.time().hour(), when.time().minute(), when.time().second()));
}

void SendTimeChooser::setSendAt(const QDateTime &when)
{
    if (when.isValid()) {
        m_when->setDateTime(when);
        m_later->setChecked(true);
    } else {
        m_now->setChecked(true);
    }
}
