// SPDX-License-Identifier: MIT
#pragma once

#include "entityapi.h"

#include <QDate>

namespace ct::api {

// Proposals and payments (read only in API v2).
class ProposalsApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    ApiReply *readProposals(const QString &clientId) const;                        // read_proposals
    ApiReply *readProposalPayments(const QString &clientId, QDate createdDate) const; // read_proposal_payments
    ApiReply *readAllPayments() const;                                             // read_all_payments
};

} // namespace ct::api
