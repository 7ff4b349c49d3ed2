// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QByteArray>

// Reads what a ClientTether server answers. A pure function, tolerant by design: both
// spellings of the result key and code, numbers or strings for ids and counts, unknown keys
// kept. Anything it cannot read becomes ApiStatus::Malformed naming what was wrong; it never
// crashes (tests/fuzz holds its fuzz target).
namespace ct::api {

ApiResult parseResponse(int httpStatus, const QByteArray &body);

} // namespace ct::api
