// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

// Payments to CSV (RFC 4180 through CsvWriter): the API's keys as the header, the amounts exactly
// as the server sent them (no float, no locale), plus the contact's name for people reading it.
namespace ct::models {

namespace PaymentExport {

QStringList header();
// False and *error when the device refused bytes. keepFormulas: see CsvWriter (off: cells that
// would start a spreadsheet formula are neutralised).
bool write(QIODevice *device, const QList<QJsonObject> &payments,
           const std::function<QString(const QString &clientId)> &contactName, QString *error,
           bool keepFormulas = false);

} // namespace PaymentExport

} // namespace ct::models
