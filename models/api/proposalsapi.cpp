// SPDX-License-Identifier: MIT
#include "proposalsapi.h"

#include "normalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *ProposalsApi::readProposals(const QString &clientId) const
{
    return send(Call::ReadProposals, {{u"client_id"_s, clientId}});
}

ApiReply *ProposalsApi::readProposalPayments(const QString &clientId, QDate createdDate) const
{
    return send(Call::ReadProposalPayments, {{u"client_id"_s, clientId},
                                              {u"created_date"_s, Normalizer::toPaymentDate(createdDate)}});
}

ApiReply *ProposalsApi::readAllPayments() const
{
    return send(Call::ReadAllPayments);
}

} // namespace ct::api
