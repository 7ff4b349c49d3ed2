// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QDialog;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

// The frame the compose and call dialogs share: who the message goes to above the form, and
// the status line with Cancel and the send button below it.
namespace SendDialogLayout {

// Sets up the "To:" line (showing recipients) and the line of contacts it cannot go to,
// which RecipientList::showRefusals fills.
void setUpRecipientLines(QLabel *to, QLabel *refusals, const QString &recipients);

// Lays the dialog out top to bottom: above, the form (taking the spare height), the status line
// and the buttons. The send button (returned) calls send; Cancel rejects the dialog.
QPushButton *finish(QDialog *dialog, const QList<QWidget *> &above, QFormLayout *form, QLabel *status,
                    const QString &sendText, const QString &sendObjectName, const std::function<void()> &send);

} // namespace SendDialogLayout
