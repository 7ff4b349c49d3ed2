// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

// The console's top-level window: navigation between the work areas, the account in use, and
// a status bar with the connection, the outbox and the progress of long work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ConnectionState { Online, Offline, SignedOut };

    struct AccountChoice
    {
        QString name;
        QString id;   // what accountChosen() hands back; never shown
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Areas appear in the order added; the last one used is opened again at start.
    // The icon shows in the navigation and the View menu (none: text only).
    void addArea(const QString &id, const QString &title, QWidget *page, const QIcon &icon = {});
    void showArea(const QString &id);
    // Removes every area (their pages are deleted): the account they showed is gone.
    void clearAreas();
    QString currentArea() const;
    // The page of an area, null when there is none with that id.
    QWidget *area(const QString &id) const;

    void setConnectionState(ConnectionState state);
    void setOutboxCounts(int pending, int failed, int conflicts);
    // Why the outbox cannot record changes now, in plain words; empty when it can.
    void setJournalProblem(const QString &problem);
    // Long work: a label and a bar; maximum 0 shows a busy bar.
    void setProgress(const QString &label, int value, int maximum);
    void clearProgress();
    void setAccountName(const QString &name);
    // Sub-accounts the signed-in access token may switch to; fewer than two hides the switcher.
    void setAccountChoices(const QList<AccountChoice> &choices, const QString &currentId);

Q_SIGNALS:
    void signOutRequested();
    void accountChosen(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreSettings();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_areaIds;
    QLabel *m_connection = nullptr;
    QToolButton *m_outbox = nullptr;
    QLabel *m_journalProblem = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_account = nullptr;
    QComboBox *m_accountSwitcher = nullptr;
    QString m_restoredArea;
};
