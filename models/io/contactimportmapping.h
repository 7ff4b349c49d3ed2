// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which contact field each column of an imported file goes to: the fields a new contact can
// take, a guess from the header names, and a custom field key made from a header nobody knows.
namespace ct::models::ContactImportMapping {

struct TargetField
{
    QString key;
    QString label;
};

// Every client key a create may carry (the contact id is the server's to give), in the
// document's order, with the interface's labels.
QList<TargetField> targetFields();

// A header's target: a client key (by key, label or a common synonym: "E-mail", "Surname",
// "Postal code"), one of knownCustomKeys written any way, a new custom key made from the header,
// or "" to skip the column (the contact id, or a header that yields no usable key).
QString suggestTarget(const QString &header, const QStringList &knownCustomKeys = {});

// suggestTarget() for every header; a target already taken by an earlier column is skipped
// so no field is filled twice.
QStringList suggest(const QStringList &headers, const QStringList &knownCustomKeys = {});

// "Preferred contact time" -> "preferred_contact_time"; "" when nothing usable remains.
QString customKeyFor(const QString &header);

} // namespace ct::models::ContactImportMapping
