// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include "store/outbox.h"

namespace ct::store { class OutboxReplayer; }

// Follows the outbox for one kind of record ("action_plan", "account"): which records have
// edits waiting or refused, so a model shows each row's SyncState without reading the journal.
namespace ct::models {

class RecordSyncTracker : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        SyncState state = SyncState::Confirmed;
        QString error;      // why the server refused the record's edit, in words
        QString errorKey;   // the field it named
    };

    explicit RecordSyncTracker(const QString &entity, QObject *parent = nullptr);

    void track(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);
    ct::store::Outbox *outbox() const { return m_outbox; }

    Status status(const QString &recordKey) const { return m_status.value(recordKey); }
    // The journal's entries of this entity, in order (edits queued in an earlier session).
    QList<ct::store::OutboxEntry> entries() const;

    // The server's refusal of an entry in words, CT codes named for what they mean here.
    static QString failureText(const ct::store::OutboxEntry &entry);

    // A refused edit blocks every later edit of its record, so a correction is written into
    // it (and it is sent again) rather than queued behind it.
    enum class Amend { NothingRefused, Amended, NotWritten };
    static Amend amendRefusedEdit(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                                  const QString &recordKey, const ct::api::ApiParams &changed);

Q_SIGNALS:
    void statusChanged(const QString &recordKey);
    // The record has nothing left in the outbox: the server has every edit of it.
    void settled(const QString &recordKey);
    // A queued create was confirmed: the local key now names the server's record.
    void created(const QString &localKey, const QString &serverId);

private:
    void onEntry(const QUuid &opId);
    void onRemoved(const QUuid &opId);
    void onCreated(const QString &localKey, const QString &serverId);
    void recompute(const QString &recordKey);

    QString m_entity;
    QPointer<ct::store::Outbox> m_outbox;
    QHash<QUuid, QString> m_opKeys;
    QHash<QString, Status> m_status;   // records with entries only
};

} // namespace ct::models
