// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"

#include <QJsonArray>
#include <QJsonObject>

// The answer shapes of the document. Both spellings of the result key are used the way the
// document shows them, so a client's tolerance is exercised on every run:
//   create_client and successful reads:   {"ResultCode":"CT_200","Message":"Success","TotalRecord":n,"data":[...]}
//   other writes, updates and all errors: {"resultCode":"CT200","Message":"Success", ...}
namespace ct::sandbox::Answers {

QJsonObject success();                                   // resultCode CT200
QJsonObject code(int ctCode);                            // resultCode CTnnn, the document's message
QJsonObject validation(const QString &key);              // resultCode <key>, "Validation Issue"
QJsonObject fromCheck(const ct::api::ApiResult &check);  // the validator's verdict as the server says it

// A read: ResultCode CT_200, TotalRecord, data.
QJsonObject read(const QJsonArray &data, qint64 total = -1);
// A write that returns records (creates, updates): resultCode CT200, TotalRecord, data.
QJsonObject written(const QJsonArray &data);
// create_client's own form: ResultCode CT_200.
QJsonObject created(const QJsonArray &data);

} // namespace ct::sandbox::Answers
