// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QWidget>

class QDateTimeEdit;
class QRadioButton;

// "Send now" or "Send at" a chosen local date and time, for the compose dialogs.
class SendTimeChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SendTimeChooser(QWidget *parent = nullptr);

    // Invalid for "now".
    QDateTime sendAt() const;
    void setSendAt(const QDateTime &when);   // invalid: now
    QDateTimeEdit *dateTimeEdit() const { return m_when; }

private:
    QRadioButton *m_now;
    QRadioButton *m_later;
    QDateTimeEdit *m_when;
};
