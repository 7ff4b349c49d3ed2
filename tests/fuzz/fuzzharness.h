// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// The body of the parser's fuzz target, shared by the libFuzzer binary (clang only) and the
// corpus replay test (any compiler): one input in, the first broken promise out.
namespace ct::fuzz {

// The HTTP status an input's first byte selects (byte % 16). The corpus files start with a
// readable character: '0' 200, '1' no HTTP status, '2' 201, '3' 204, '4' 400, '5' 401, '6' 403,
// '7' 404, '8' 429, '9' 500, ':' 503, ';' 302, '<' '=' '>' 200, '?' 599.
int httpStatusFor(std::uint8_t selector);

// Parses the input (first byte: status, the rest: body) and checks what parseResponse promises:
// a human message always, a status that fits the HTTP status, codes and keys that fit the
// status, data rows that are objects whose scalars are strings. Returns an empty string when
// every promise holds, else what broke.
QString checkResponse(const std::uint8_t *data, std::size_t size);

} // namespace ct::fuzz
