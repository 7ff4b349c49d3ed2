// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ct::models {

// A field of a row the server sent, as text. The API writes ids, flags and counts as strings in
// one answer and as JSON numbers in another, so a number reads as its integer digits.
inline QString serverFieldText(const QJsonObject &row, const QString &key)
{
    const QJsonValue v = row.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

} // namespace ct::models
