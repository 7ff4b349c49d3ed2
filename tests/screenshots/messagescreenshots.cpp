// SPDX-License-Identifier: MIT
// README pictures of the compose dialogs: an email to the contact on show, a text to several
// selected contacts (those who cannot be texted listed with the reason), and "Call now".
#include "accountsession.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "mainwindow.h"
#include "messageactions.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

void settle(int ms = 300)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool saveDialog(QDialog *dialog, const QString &folder, const QString &name)
{
    if (!dialog) {
        QTextStream(stderr) << "no dialog for " << name << '\n';
        return false;
    }
    settle();
    const QString path = folder + u'/' + name;
    const bool ok = dialog->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    dialog->reject();
    return ok;
}

} // namespace

bool renderMessageScreenshots(MainWindow &window, AccountSession *session, const QString &folder)
{
    window.showArea(u"contacts"_s);
    auto *contacts = window.findChild<ContactsView *>();
    auto *actions = window.findChild<MessageActions *>();
    if (!contacts || !actions)
        return false;
    bool ok = true;
    // A contact with an email address and a phone.
    ct::models::ContactsModel *model = session->contacts();
    QString key;
    for (int row = 0; row < model->rowCount() && key.isEmpty(); ++row) {
        const QJsonObject c = model->record(row);
        if (!c.value(u"email"_s).toString().isEmpty() && !c.value(u"phone"_s).toString().isEmpty()
            && c.value(u"smsok"_s).toString() != u"0")
            key = model->idAt(row);
    }
    contacts->detail()->showContact(key);
    settle();

    actions->composeEmail({key});
    if (QDialog *dialog = actions->openDialog()) {
        dialog->findChild<QLineEdit *>(u"emailSubject"_s)->setText(u"Your roof estimate"_s);
        dialog->findChild<QPlainTextEdit *>(u"emailBody"_s)->setPlainText(
                u"Hello,\n\nthank you for your time on Tuesday. The estimate we discussed is below; "
                "it holds for 30 days.\n\nBest regards,\nAna Diaz\nDiaz Roofing"_s);
        dialog->findChild<QLineEdit *>(u"emailCc"_s)->setText(u"office@diazroofing.example"_s);
        dialog->findChild<QRadioButton *>(u"sendLater"_s)->setChecked(true);
    }
    ok &= saveDialog(actions->openDialog(), folder, u"compose-email.png"_s);

    // Several contacts at once, one of whom does not accept texts.
    QStringList keys{key};
    for (int row = 0; row < model->rowCount() && keys.size() < 4; ++row) {
        const QJsonObject c = model->record(row);
        const bool optedOut = c.value(u"smsok"_s).toString() == u"0";
        if (model->idAt(row) != key && (optedOut || keys.size() < 3))
            keys.append(model->idAt(row));
    }
    actions->composeText(keys);
    if (QDialog *dialog = actions->openDialog())
        dialog->findChild<QPlainTextEdit *>(u"textBody"_s)->setPlainText(
                u"Hi! Our open house is this Saturday 10am-2pm at 1450 Pearl St. Reply STOP to opt out."_s);
    ok &= saveDialog(actions->openDialog(), folder, u"compose-text.png"_s);

    actions->callNow(key);
    if (QDialog *dialog = actions->openDialog())
        dialog->findChild<QPlainTextEdit *>(u"say"_s)->setPlainText(u"They asked for a callback about the roof estimate."_s);
    ok &= saveDialog(actions->openDialog(), folder, u"call-now.png"_s);
    return ok;
}
