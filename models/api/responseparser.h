// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QByteArray>

// Reads what a ClientTether server answers. A pure function, tolerant by design: both
// spellings of the result key and code, numbers or strings for ids and counts, unknown keys
// kept. Anything it cannot read becomes ApiStatus::Malformed naming what was wrong; it never
// crashes (tests/fuzz holds its fuzz target).
namespace ct::api {

// What one answer may hold. The API sends at most 100 rows a page (a few hundred KB) and its
// unpaged lists stay far below these; they only stop a broken or hostile server from filling
// memory and holding the console for minutes (a 1,000,000-row answer was 1.7 GB).
constexpr qint64 MaxAnswerBytes = 128LL * 1024 * 1024;
constexpr qsizetype MaxAnswerRows = 250000;

// The words for an answer refused by MaxAnswerBytes, for ApiClient which stops the transfer.
QString answerTooLargeMessage(qint64 bytes);

ApiResult parseResponse(int httpStatus, const QByteArray &body);

} // namespace ct::api
