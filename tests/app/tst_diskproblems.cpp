// SPDX-License-Identifier: MIT
// The console as the user sees it when the disk that holds its data refuses to write: the
// real ConsoleController, window, contact pane and Outbox area against the real sandbox on
// loopback, with the account folder on a small tmpfs of the suite's own that really fills up,
// or on a read-only bind mount. The words are the same at start-up, at the field, in the
// status bar and in the Outbox area, and never SQLite's own.
#include "accountsession.h"
#include "consolecontroller.h"
#include "contactdetailpane.h"
#include "contacteditor.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "mainwindow.h"
#include "privatemounts.h"
#include "sandbox.h"
#include "sandboxrequests.h"
#include "signindialog.h"
#include "startupoptions.h"

#include "store/outbox.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
namespace mounts = ct::testsupport::PrivateMounts;

namespace {

const QString FullWords = u"The disk that holds the console's data is full."_s;
const QString ReadOnlyWords = u"The console's data folder is read-only."_s;

// The texts of the labels under `parent` that are not hidden and say `words`.
QStringList labelsSaying(const QWidget *parent, const QString &words)
{
    QStringList found;
    for (const QLabel *label : parent->findChildren<QLabel *>()) {
        if (!label->isHidden() && label->text().contains(words))
            found.append(label->text());
    }
    return found;
}

} // namespace

class TestDiskProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_data = AccountSession::defaultDataDirectory();
        QVERIFY(QDir().mkpath(m_data));
    }

    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (m_mounted)
            QVERIFY(mounts::unmount(m_data).isEmpty());
        m_mounted = false;
        QVERIFY(QDir(m_data).removeRecursively());
        QVERIFY(QDir().mkpath(m_data));
    }

    void fullDiskAtStartUpIsSaidInPlainWords()
    {
        // GIVEN the disk that holds the account folder is full
        mountTmpfs(1024 * 1024);
        QVERIFY(mounts::fill(m_data + u"/filler"_s).isEmpty());
        // WHEN the console starts THEN sign-in says why the account cannot open, in plain words
        startConsole();
        const QString notice = signInNotice();
        QVERIFY2(notice.contains(FullWords), qPrintable(notice));
        QVERIFY2(!notice.contains(u"SQLite"_s, Qt::CaseInsensitive), qPrintable(notice));
        QVERIFY(!m_controller->session());
    }

    void readOnlyFolderAtStartUpIsSaidInPlainWords()
    {
        // GIVEN the account folder is read-only (mounted so: root ignores permission bits)
        QVERIFY(mounts::makeReadOnly(m_data).isEmpty());
        m_mounted = true;
        // WHEN the console starts THEN sign-in says why, in the same words as the outbox
        startConsole();
        const QString notice = signInNotice();
        QVERIFY2(notice.contains(ReadOnlyWords), qPrintable(notice));
        QVERIFY(!m_controller->session());
    }

    void fullDiskWhileWorkingIsShownAndTheEditWaits()
    {
        // GIVEN a signed-in console showing a contact, its data on a disk with room
        mountTmpfs(16 * 1024 * 1024);
        startConsole();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 20000);
        m_window->showArea(u"contacts"_s);
        auto *contacts = m_window->findChild<ContactsView *>();
        QVERIFY(contacts);
        const QString id = m_sandbox.clients(Sandbox::demoWebKey()).first().toObject().value(u"client_id"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->contacts()->rowOfId(id) >= 0, 20000);
        contacts->selectContact(id);
        ContactDetailPane *detail = contacts->detail();
        QTRY_COMPARE(detail->currentKey(), id);
        QVERIFY(labelsSaying(m_window->statusBar(), FullWords).isEmpty());

        // WHEN the disk fills up and the user saves a change
        QVERIFY(mounts::fill(m_data + u"/filler"_s).isEmpty());
        auto *city = detail->editor()->findChild<QLineEdit *>(u"city"_s);
        QVERIFY(city);
        city->selectAll();
        QTest::keyClicks(city, u"Fulton"_s);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        // THEN the pane says it was not saved and why, in plain words
        const QString status = detail->findChild<QLabel *>(u"contactStatus"_s)->text();
        QVERIFY2(status.contains(FullWords), qPrintable(status));
        QVERIFY2(!status.contains(u"database or disk"_s), qPrintable(status));
        // ... and the status bar and the Outbox area say the same, and that what is queued is safe
        QTRY_COMPARE(labelsSaying(m_window->statusBar(), FullWords).size(), 1);
        QVERIFY(labelsSaying(m_window->statusBar(), FullWords).first().contains(u"safe"_s));
        QWidget *outbox = m_window->area(u"outbox"_s);
        QVERIFY(outbox);
        QCOMPARE(labelsSaying(outbox, FullWords).size(), 1);
        QVERIFY(m_controller->session()->outbox()->isEmpty());

        // WHEN space is freed THEN the problem goes away by itself (within the journal's retry)
        QVERIFY(QFile::remove(m_data + u"/filler"_s));
        QTRY_VERIFY_WITH_TIMEOUT(labelsSaying(m_window->statusBar(), FullWords).isEmpty(), 15000);
        QVERIFY(labelsSaying(outbox, FullWords).isEmpty());
        // ... and saving again works, and the change reaches the server once
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->outbox()->isEmpty(), 20000);
        QCOMPARE(ct::testsupport::requestsOf(m_sandbox, u"update_client_by_id"_s,
                                             {{u"client_id"_s, id}, {u"city"_s, u"Fulton"_s}}).size(), 1);
    }

private:
    void mountTmpfs(qint64 bytes)
    {
        const QString problem = mounts::mountTmpfs(m_data, bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_mounted = true;
    }

    void startConsole()
    {
        StartupOptions options;
        options.apiUrl = m_sandbox.baseUrl();
        options.environmentAccessToken = Sandbox::demoAccessToken();
        options.environmentWebKey = Sandbox::demoWebKey();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 800);
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        m_window->show();
        m_controller->start();
    }

    // What the sign-in dialog says once the console gave up opening the account.
    QString signInNotice()
    {
        const auto shown = [this] { return m_controller->signInDialog() && m_controller->signInDialog()->isVisible(); };
        if (!QTest::qWaitFor(shown, 20000))
            return u"(no sign-in dialog)"_s;
        auto *notice = m_controller->signInDialog()->findChild<QLabel *>(u"notice"_s);
        return notice ? notice->text() : u"(no notice)"_s;
    }

    Sandbox m_sandbox{ct::sandbox::SandboxOptions{{}, 7, 5}};
    QString m_data;
    bool m_mounted = false;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
};

int main(int argc, char **argv)
{
    // The namespace first, while this process has one thread.
    if (const QString problem = mounts::enter(); !problem.isEmpty()) {
        return mounts::notEntered("this suite (a small tmpfs and a read-only folder)", problem);
    }
    QApplication app(argc, argv);
    TestDiskProblems suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_diskproblems.moc"
