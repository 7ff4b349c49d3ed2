// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace ct::models { class OutboxModel; }
namespace ct::store { class OutboxReplayer; }

// The Outbox area: every edit not yet confirmed by the server, why one failed, and the user's
// answers to it (retry, correct, discard, resolve a conflict), plus "pause sending".
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    OutboxView(ct::models::OutboxModel *model, ct::store::OutboxReplayer *replayer, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

    // The actions, exposed for tests and the menu.
    QAction *pauseAction() const { return m_pause; }
    QAction *retryAction() const { return m_retry; }
    QAction *editAction() const { return m_edit; }
    QAction *discardAction() const { return m_discard; }
    QAction *resolveAction() const { return m_resolve; }

    // Dialogs this view opens, opened non-modally so tests and screen readers can reach them.
    QWidget *openDialog() const { return m_dialog; }

private:
    int currentRow() const;
    void updateActions();
    void showJournalProblem(const QString &problem);
    void retry();
    void edit();
    void discard();
    void resolve();

    QPointer<ct::models::OutboxModel> m_model;
    QPointer<ct::store::OutboxReplayer> m_replayer;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_journalProblem = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_sendNow = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_resolve = nullptr;
    QPointer<QWidget> m_dialog;
};
