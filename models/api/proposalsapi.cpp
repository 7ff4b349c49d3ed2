// SPDX-License-Identifier: MIT
#include "proposalsapi.h"

#include "normalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *ProposalsApi::readProposals(const QString &clientId) const
{
    return send(u"read_proposals"_s, {{u"client_id"_s, clientId}});
}

ApiReply *ProposalsApi::readProposalPayments(const QString &clientId, QDate createdDate) const
{
    return send(u"read_proposal_payments"_s, {{u"client_id"_s, clientId},
                                              {u"created_date"_s, Normalizer::toPaymentDate(createdDate)}});
}

ApiReply *ProposalsApi::readAllPayments() const
{
    return send(u"read_all_payments"_s);
}

} // namespace ct::api
