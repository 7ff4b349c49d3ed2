// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace ct::store { class Outbox; class OutboxReplayer; }

namespace ct::models {

// An edit's parameters as the fields a model shows at once; leaveOut: the parameter that names
// the record (its id), which is no field of it.
QJsonObject editedFields(const ct::api::ApiParams &params, const QString &leaveOut = {});

// What the record editing classes (contacts, accounts, action plans, sales cycles) share: the
// outbox their edits are committed to before they return, the replayer that may be sending
// them, and why the last edit was not accepted, at the field it concerns.
class OutboxEditing : public QObject
{
    Q_OBJECT

public:
    // Empty when the last edit was accepted.
    QString errorString() const { return m_error; }
    // The parameter the refusal concerns; empty when it concerns no field.
    QString errorKey() const { return m_errorKey; }

protected:
    OutboxEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, QObject *parent);

    void clearError();
    bool fail(const QString &key, const QString &message);

    // Commits an edit of the record to the outbox. False: fail() says why (nothing was queued).
    bool queue(ct::api::Call call, const ct::api::ApiParams &params, const QString &recordKey,
               const ct::api::ApiParams &base = {});
    // Queues an update of the record, or, when the server refused the record's last edit, writes
    // the update into that edit, which is sent again: a refused edit blocks every later edit of
    // its record, so queueing behind it would never reach the server. False: fail() says why.
    bool queueUpdate(ct::api::Call call, const QString &recordKey, const ct::api::ApiParams &params,
                     const ct::api::ApiParams &base);

    QPointer<ct::store::Outbox> m_outbox;
    QPointer<ct::store::OutboxReplayer> m_replayer;

private:
    QString m_error;
    QString m_errorKey;
};

} // namespace ct::models
