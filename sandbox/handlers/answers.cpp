// SPDX-License-Identifier: MIT
#include "answers.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox::Answers {

using ct::api::ctCodeMessage;

QJsonObject success()
{
    return code(ct::api::CtCode::Success);
}

QJsonObject code(int ctCode)
{
    return {{u"resultCode"_s, u"CT%1"_s.arg(ctCode)}, {u"Message"_s, ctCodeMessage(ctCode)}};
}

QJsonObject validation(const QString &key)
{
    return {{u"resultCode"_s, key}, {u"Message"_s, u"Validation Issue"_s}};
}

QJsonObject fromCheck(const ct::api::ApiResult &check)
{
    if (check.status == ct::api::ApiStatus::ValidationIssue)
        return validation(check.offendingKey);
    return code(check.ctCode);
}

QJsonObject read(const QJsonArray &data, qint64 total)
{
    return {{u"ResultCode"_s, u"CT_200"_s},
            {u"Message"_s, ctCodeMessage(ct::api::CtCode::Success)},
            {u"TotalRecord"_s, total < 0 ? data.size() : total},
            {u"data"_s, data}};
}

QJsonObject written(const QJsonArray &data)
{
    QJsonObject o = success();
    o.insert(u"TotalRecord"_s, data.size());
    o.insert(u"data"_s, data);
    return o;
}

QJsonObject created(const QJsonArray &data)
{
    QJsonObject o = read(data);
    return o;
}

} // namespace ct::sandbox::Answers
