// SPDX-License-Identifier: MIT
#include "proposalhandlers.h"

#include "answers.h"
#include "clientrecords.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;

namespace ct::sandbox::ProposalHandlers {

namespace {

const QString paymentColumns = u"payment_id, client_id, proposal_id, proposal_number, payday, amount,"
                               " type, status, created_date"_s;

QJsonObject readProposals(const CallContext &ctx)
{
    const qint64 clientId = ctx.value(u"client_id"_s).toLongLong();
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId))
        return Answers::code(NoRecord);
    QJsonArray rows = ctx.store.rows(
        u"SELECT proposal_id, client_id, proposal_type, proposal_num, estimator, production_manager,"
        " proposal_notes, work_notes, final_price, discount, job_start_date, job_end_date,"
        " line_item_detail, prepparation_proceedures, painting_proceedures, specific_notes,"
        " client_notes, foreman_notes, other_notes, recommended_products FROM proposals"
        " WHERE client_id=? ORDER BY proposal_id"_s,
        {clientId});
    // The two list columns are stored as JSON text and go out as arrays.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        for (const QString key : {u"line_item_detail"_s, u"recommended_products"_s})
            row.insert(key, QJsonDocument::fromJson(row.value(key).toString().toUtf8()).array());
        rows.replace(i, row);
    }
    return Answers::read(rows);
}

QJsonObject readProposalPayments(const CallContext &ctx)
{
    const qint64 clientId = ctx.value(u"client_id"_s).toLongLong();
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId))
        return Answers::code(NoRecord);
    // yyyy-mm-dd compares correctly as text.
    return Answers::read(ctx.store.rows(
        u"SELECT %1 FROM payments WHERE client_id=? AND created_date >= ?"
        " ORDER BY created_date, payment_id"_s.arg(paymentColumns),
        {clientId, ctx.value(u"created_date"_s)}));
}

QJsonObject readAllPayments(const CallContext &ctx)
{
    return Answers::read(ctx.store.rows(
        u"SELECT %1 FROM payments WHERE account_id=? ORDER BY created_date, payment_id"_s.arg(paymentColumns),
        {ctx.account.id}));
}

} // namespace

void registerAll(HandlerTable &t)
{
    t.insert(u"read_proposals"_s, readProposals);
    t.insert(u"read_proposal_payments"_s, readProposalPayments);
    t.insert(u"read_all_payments"_s, readAllPayments);
}

} // namespace ct::sandbox::ProposalHandlers
