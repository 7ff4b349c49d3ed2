// SPDX-License-Identifier: MIT
#include "paymentexport.h"

#include "csvwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::models::PaymentExport {

namespace {
const QStringList apiKeys = {u"payment_id"_s, u"client_id"_s, u"proposal_id"_s, u"proposal_number"_s,
                             u"payday"_s, u"amount"_s, u"type"_s, u"status"_s, u"created_date"_s};
}

QStringList header()
{
    return apiKeys + QStringList{u"contact_name"_s};
}

bool write(QIODevice *device, const QList<QJsonObject> &payments,
           const std::function<QString(const QString &)> &contactName, QString *error, bool keepFormulas)
{
    CsvWriter writer(device);
    writer.setKeepFormulas(keepFormulas);
    bool ok = writer.writeRow(header());
    for (qsizetype i = 0; ok && i < payments.size(); ++i) {
        const QJsonObject &payment = payments.at(i);
        QStringList fields;
        for (const QString &key : apiKeys)
            fields.append(payment.value(key).toString());
        fields.append(contactName ? contactName(payment.value(u"client_id"_s).toString()) : QString());
        ok = writer.writeRow(fields);
    }
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace ct::models::PaymentExport
