// SPDX-License-Identifier: MIT
#include "senddialoglayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace SendDialogLayout {

void setUpRecipientLines(QLabel *to, QLabel *refusals, const QString &recipients)
{
    to->setObjectName(u"recipients"_s);
    to->setWordWrap(true);
    to->setText(recipients);
    refusals->setObjectName(u"refusals"_s);
    refusals->setWordWrap(true);
}

QPushButton *finish(QDialog *dialog, const QList<QWidget *> &above, QFormLayout *form, QLabel *status,
                    const QString &sendText, const QString &sendObjectName, const std::function<void()> &send)
{
    status->setObjectName(u"dialogStatus"_s);
    status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *sendButton = buttons->addButton(sendText, QDialogButtonBox::AcceptRole);
    sendButton->setObjectName(sendObjectName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, send);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    for (QWidget *widget : above)
        layout->addWidget(widget);
    layout->addLayout(form, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    return sendButton;
}

} // namespace SendDialogLayout
