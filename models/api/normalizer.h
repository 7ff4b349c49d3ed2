// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

// Conversions between what people type or pick and the wire formats of the document.
namespace ct::api::Normalizer {

// "(303) 929-1447", "303.929.1447", "+1 303 929 1447" -> "3039291447". Input that does not
// reduce to ten digits is returned with only its separators removed, so the validator can
// still name the field.
QString phone(QStringView typed);

QString toApiDate(QDate date);             // YYYY:MM:DD
QDate fromApiDate(QStringView text);       // invalid QDate when malformed
QString toApiTime(QTime time);             // HH:MM:SS
QTime fromApiTime(QStringView text);
QString toPaymentDate(QDate date);         // yyyy-mm-dd
QDate fromPaymentDate(QStringView text);

// The server keeps expansion fields as plain strings with HTML stripped; the client shows the
// same value before it is sent.
QString stripHtml(const QString &text);

} // namespace ct::api::Normalizer
