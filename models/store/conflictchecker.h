// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "outboxentry.h"

#include <functional>

class QObject;
namespace ct::api {
class ApiClient;
}

// Before an update is sent, reads the record and tells whether someone else changed a field
// the user also changed since the user saw it (so neither edit silently wins).
namespace ct::store {

class ConflictChecker
{
public:
    struct Outcome
    {
        enum class Kind { Proceed, Conflict, Error };
        Kind kind = Kind::Proceed;
        ct::api::ApiParams serverValues;   // Conflict: the server's values of contested fields
        ct::api::ApiResult error;          // Error: the read's failure (CT515: record gone)
    };
    using Done = std::function<void(const Outcome &outcome)>;

    // Whether the entry is checked: an update of a call with a read, carrying base values.
    static bool applies(const OutboxEntry &entry);
    static void check(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry, Done done);

    // The contested fields: the user changed it (mine != base) and the server's value is
    // neither the base nor mine. Fields the record does not carry are not contested.
    static ct::api::ApiParams contested(const OutboxEntry &entry, const QJsonObject &record);

private:
    // Record: the read answers with the record itself (asked by its id); InList: the read
    // answers with the entity's whole list, the record is the row carrying the id.
    enum class Lookup { Record, InList };
    struct ReadSpec
    {
        ct::api::Call readCall = ct::api::Call::ReadClientById;
        QString idKey;
        Lookup lookup = Lookup::Record;
    };
    static const ReadSpec *readFor(const QString &updateCall);
};

} // namespace ct::store
