// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QByteArray>
#include <QString>

// Turns a request's query string and body (JSON object or form-urlencoded) into one parameter
// map, the way the real server accepts all three. Body keys win over query keys.
namespace ct::sandbox::RequestParams {

struct Decoded
{
    ct::api::ApiParams params;
    bool ok = true;          // false: the body could not be read in its declared encoding
};

// `query` is the raw (still percent-encoded) query string. '+' means a space in both the
// query string and a form body, as in every common server stack; a client that wants a
// literal '+' must send %2B.
Decoded decode(const QByteArray &query, const QByteArray &contentType, const QByteArray &body);

// key=value&... with percent-decoding and '+' as space.
ct::api::ApiParams decodeForm(const QByteArray &encoded);

} // namespace ct::sandbox::RequestParams
