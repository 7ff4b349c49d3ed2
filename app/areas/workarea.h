// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

class AccountSession;
class ContactsArea;
class MainWindow;
class QWidget;

// What an area is given when the session puts it in the window: the window (to show another
// area) and the Contacts area, built first, whose list and contact pane the other areas open,
// filter and add tabs and actions to.
struct AreaContext
{
    MainWindow *window = nullptr;
    ContactsArea *contacts = nullptr;
};

// One work area of the console: its navigation entry (id, title, icon), the models it owns, its
// page, and what it adds to the contact pane. The session makes it with its core (AccountSession:
// ApiClient, database, outbox, replayer, names, contacts) and it lives as long as the session.
// Its constructor makes what must exist from sign-in (models that start() reads); the rest
// comes with its page. Adding an area is a subclass and one line in AccountSession::makeAreas().
class WorkArea : public QObject
{
    Q_OBJECT

public:
    explicit WorkArea(AccountSession &session) : m_session(session) {}

    // The window's id for the area ("calendar"): MainWindow::showArea() and the tests find it by it.
    virtual QString id() const = 0;
    // The navigation entry.
    virtual QString title() const = 0;
    // The navigation entry's icon; none by default (the entry shows its title only).
    virtual QIcon icon() const { return {}; }
    // Builds the area's page (null: the area only adds to other areas, as messaging does to the
    // contact pane) and adds its tabs and actions to the contact pane. Called once.
    virtual QWidget *createPage(const AreaContext &context) = 0;
    // The session started (now, or before the area was made): the first reads from the server.
    virtual void start() {}

Q_SIGNALS:
    // For the status bar, as the session's own message().
    void message(const QString &text);
    // Long work with progress (maximum 0 while the total is unknown), then done.
    void progress(const QString &label, int value, int maximum);
    void progressDone();

protected:
    AccountSession &m_session;
};
