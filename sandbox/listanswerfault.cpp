// SPDX-License-Identifier: MIT
#include "listanswerfault.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox::ListAnswerFault {

namespace {

const QString subAccountsKey = u"SubAccounts"_s;

QJsonArray spoilt(QJsonArray rows, const QString &idKey, int withoutId, int repeating)
{
    const qsizetype n = rows.size();
    const qsizetype firstWithout = qMax<qsizetype>(0, n - withoutId);
    for (qsizetype i = firstWithout; i < n; ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.remove(idKey);
        rows[i] = row;
    }
    // Never the first row: it is the one the others repeat.
    const QJsonValue firstId = n > 0 ? rows.at(0).toObject().value(idKey) : QJsonValue();
    for (qsizetype i = qMax<qsizetype>(1, firstWithout - repeating); i < firstWithout; ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(idKey, firstId);
        rows[i] = row;
    }
    return rows;
}

} // namespace

QString idKeyOf(const QString &call)
{
    // A tag is named by its value: contacts carry values and no call takes a tag_id.
    static const QHash<QString, QString> keys = {
        {u"read_client_list"_s, u"client_id"_s},
        {u"read_action_plan_list"_s, u"action_plan_id"_s},
        {u"read_lead_source_list"_s, u"lead_source_id"_s},
        {u"read_sales_cycle_list"_s, u"sales_cycle_id"_s},
        {u"read_user_list"_s, u"user_id"_s},
        {u"read_tags_list"_s, u"tag_value"_s},
        {u"read_account_list"_s, u"account_id"_s},
        {u"read_proposals"_s, u"proposal_id"_s},
        {u"read_proposal_payments"_s, u"payment_id"_s},
        {u"read_all_payments"_s, u"payment_id"_s},
        {u"read_appts_by_user_id"_s, u"event_id"_s},
    };
    return keys.value(call);
}

QJsonObject apply(const QString &call, QJsonObject body, int withoutId, int repeating)
{
    const QString idKey = idKeyOf(call);
    if (idKey.isEmpty() || (withoutId <= 0 && repeating <= 0) || !body.value(u"data"_s).isArray())
        return body;   // not a list, or an answer without rows (CT515): nothing to spoil
    QJsonArray data = body.value(u"data"_s).toArray();
    if (call == u"read_account_list") {
        for (qsizetype i = 0; i < data.size(); ++i) {
            QJsonObject account = data.at(i).toObject();
            account.insert(subAccountsKey,
                           spoilt(account.value(subAccountsKey).toArray(), idKey, withoutId, repeating));
            data[i] = account;
        }
    } else {
        data = spoilt(data, idKey, withoutId, repeating);
    }
    body.insert(u"data"_s, data);
    return body;
}

} // namespace ct::sandbox::ListAnswerFault
