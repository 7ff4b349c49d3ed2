// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblem.h"
#include "outboxediting.h"

#include "api/apicall.h"

// What the sales cycles editor asks for: create, update and delete a sales cycle, each checked
// against the parameter schema (and the names already taken) first, then queued in the outbox
// and shown in the model at once as pending. A refusal names the field it concerns.
namespace ct::models {

class SalesCyclesModel;

class SalesCycleEditing : public OutboxEditing
{
    Q_OBJECT
public:
    // A reason an edit was not accepted, at the field (a sales_cycle_* key) it concerns; key
    // empty when it concerns no field (the outbox could not be written).
    using Problem = FieldProblem;

    SalesCycleEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, SalesCyclesModel *cycles,
                      QObject *parent = nullptr);

    // fields: sales_cycle_name, sales_cycle_active_status ("1" active path, "0" inactive),
    // sales_cycle_order, sales_cycle_contact_type. Returns the new cycle's local key, empty when
    // not accepted (problem() says why; nothing was queued).
    QString create(const ct::api::ApiParams &fields);
    // id: a server id or the local key of a cycle not yet created. Only the changed fields.
    // When the server refused the cycle's last create or update, the change corrects that
    // edit, which is sent again.
    bool update(const QString &id, const ct::api::ApiParams &changed);
    bool remove(const QString &id);
    // Takes back a failed edit (a delete refused as still in use): the cycle stays as the
    // server has it.
    bool dismissFailure(const QString &id);

    Problem problem() const { return {errorKey(), errorString()}; }

    // The field a result code concerns and what to say there: CT512 "still in use", CT520
    // "duplicate" at the name, a Validation Issue at the key it named.
    static Problem explain(int ctCode, const QString &errorKey, const QString &serverMessage);

private:
    // Schema limits, required keys and unique names (case-insensitive, as the server's other
    // catalogs compare them); the first problem wins.
    bool check(const ct::api::ApiParams &fields, const QString &selfId, bool creating);

    QPointer<SalesCyclesModel> m_cycles;
};

} // namespace ct::models
