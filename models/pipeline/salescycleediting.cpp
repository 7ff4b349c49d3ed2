// SPDX-License-Identifier: MIT
#include "salescycleediting.h"

#include "salescyclesmodel.h"

#include "api/apiresult.h"
#include "api/validator.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString nameKey = u"sales_cycle_name"_s;

} // namespace

SalesCycleEditing::SalesCycleEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                                     SalesCyclesModel *cycles, QObject *parent)
    : OutboxEditing(outbox, replayer, parent)
    , m_cycles(cycles)
{
}

bool SalesCycleEditing::check(const ct::api::ApiParams &fields, const QString &selfId, bool creating)
{
    if (fields.contains(nameKey) || creating) {
        const QString name = fields.value(nameKey).trimmed();
        if (name.isEmpty())
            return fail(nameKey, tr("A sales cycle needs a name."));
        // The server would keep two stages of the same name, but a pipeline with two
        // "Won" columns helps no one; a real server may answer CT520 as for tags.
        if (m_cycles) {
            for (const auto &cycle : m_cycles->cycles()) {
                if (cycle.id != selfId && !cycle.deleting && cycle.name().trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return fail(nameKey, tr("There is already a sales cycle named “%1”.").arg(cycle.name()));
            }
        }
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString problem = ct::api::Validator::problemWith(it.key(), it.value());
        if (!problem.isEmpty())
            return fail(it.key(), problem);
    }
    if (creating) {
        const QStringList missing =
            ct::api::Validator::missingKeys(ct::api::callSpec(ct::api::Call::CreateSalesCycle), fields);
        if (!missing.isEmpty())
            return fail(missing.first(), tr("This is required."));
    }
    return true;
}

QString SalesCycleEditing::create(const ct::api::ApiParams &fieldsIn)
{
    clearError();
    ct::api::ApiParams fields = fieldsIn;
    if (fields.contains(nameKey))
        fields.insert(nameKey, fields.value(nameKey).trimmed());
    if (!check(fields, {}, true))
        return {};
    const QString localKey = RecordKey::newLocal(u"sales_cycle"_s);
    if (!queue(ct::api::Call::CreateSalesCycle, fields, localKey))
        return {};
    if (m_cycles)
        m_cycles->insertLocal(localKey, editedFields(fields));
    return localKey;
}

namespace {

// What the user saw of the fields they change, so the replay can tell when someone else changed
// one of them meanwhile (a conflict) instead of overwriting it.
ct::api::ApiParams baseOf(const SalesCyclesModel::Cycle *cycle, const ct::api::ApiParams &changed)
{
    ct::api::ApiParams base;
    if (!cycle || cycle->isLocal())
        return base;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const QJsonValue seen = cycle->fields.value(it.key());
        base.insert(it.key(), seen.isDouble() ? QString::number(seen.toInteger()) : seen.toString());
    }
    return base;
}

} // namespace

bool SalesCycleEditing::update(const QString &id, const ct::api::ApiParams &changedIn)
{
    clearError();
    ct::api::ApiParams changed = changedIn;
    changed.remove(u"sales_cycle_id"_s);
    if (changed.contains(nameKey))
        changed.insert(nameKey, changed.value(nameKey).trimmed());
    if (changed.isEmpty())
        return true;
    if (const SalesCyclesModel::Cycle *cycle = m_cycles ? m_cycles->cycleById(id) : nullptr; cycle && cycle->deleting)
        return fail({}, tr("This sales cycle is being deleted."));
    if (!check(changed, id, false))
        return false;
    // An edit the server refused blocks the cycle's later edits: the correction goes into it
    // and it is sent again, instead of queueing behind it.
    const SalesCyclesModel::Cycle *cycle = m_cycles ? m_cycles->cycleById(id) : nullptr;
    const ct::store::OutboxEntry *refused = cycle && !cycle->failedOp.isNull() ? m_outbox->find(cycle->failedOp) : nullptr;
    if (refused && !refused->isDelete()) {
        ct::api::ApiParams corrected = refused->params;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            corrected.insert(it.key(), it.value());
        const QUuid op = refused->opId;
        if (!(m_replayer ? m_replayer->edit(op, corrected) : m_outbox->edit(op, corrected)))
            return fail({}, tr("The refused edit could not be corrected; see the outbox."));
    } else {
        ct::api::ApiParams params = changed;
        params.insert(u"sales_cycle_id"_s, id);
        if (!queue(ct::api::Call::UpdateSalesCycleById, params, SalesCyclesModel::recordKeyOf(id), baseOf(cycle, changed)))
            return false;
    }
    if (m_cycles)
        m_cycles->applyLocalEdit(id, editedFields(changed));
    return true;
}

bool SalesCycleEditing::remove(const QString &id)
{
    clearError();
    const auto result = m_outbox->enqueue(ct::api::callName(ct::api::Call::DeleteSalesCycleById),
                                          {{u"sales_cycle_id"_s, id}}, SalesCyclesModel::recordKeyOf(id));
    if (!result.accepted())
        return fail({}, result.errorString);
    if (!m_cycles)
        return true;
    // A cycle the server never heard of is simply gone with its queued create.
    if (result.kind == ct::store::Outbox::EnqueueResult::Kind::Cancelled)
        m_cycles->removeLocal(id);
    else
        m_cycles->markDeleting(id);
    return true;
}

bool SalesCycleEditing::dismissFailure(const QString &id)
{
    clearError();
    const SalesCyclesModel::Cycle *cycle = m_cycles ? m_cycles->cycleById(id) : nullptr;
    if (!cycle || cycle->failedOp.isNull())
        return fail({}, tr("Nothing to take back."));
    const QUuid op = cycle->failedOp;
    if (!(m_replayer ? m_replayer->discard(op) : m_outbox->discard(op)))
        return fail({}, tr("The failed edit could not be taken back."));
    return true;
}

SalesCycleEditing::Problem SalesCycleEditing::explain(int ctCode, const QString &errorKey, const QString &serverMessage)
{
    switch (ctCode) {
    case ct::api::CtCode::StillInUse:
        return {{}, tr("Contacts are still in this sales cycle, so the server keeps it. Move them to "
                       "another sales cycle first, then delete it again.")};
    case ct::api::CtCode::Duplicate:
        return {nameKey, tr("The server already has a sales cycle with this name.")};
    case ct::api::CtCode::NoRecord:
        return {{}, tr("The server no longer has this sales cycle.")};
    default:
        break;
    }
    if (!errorKey.isEmpty())
        return {errorKey, tr("The server did not accept this value.")};
    return {{}, serverMessage};
}

} // namespace ct::models
