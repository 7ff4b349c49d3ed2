// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The parameter schema: every key of the document's parameter tables with its type and
// limits exactly as the document gives them. The validator, the sandbox and the editors
// build on it.
namespace ct::api {

enum class ValueType {
    String,        // free text
    PlainText,     // free text, no HTML (email bodies)
    Id,            // a system id: digits ("0" allowed where it means "none")
    WholeNumber,   // digits only
    Phone,         // ten digits, no formatting
    State,         // US state or Canadian province, two letters
    Zip,           // 12345, 12345-6789, 12345-6789-01, A1A 1A1
    Email,         // one well-formed address
    EmailList,     // comma-separated well-formed addresses
    Date,          // YYYY:MM:DD
    Time,          // HH:MM:SS
    PaymentDate,   // yyyy-mm-dd
    Decimal,       // amount transported as a string: 12, 12.5, 12.50
    Enumeration,   // one of allowedValues
    List           // read-only array (line items, recommended products)
};

enum class ParameterGroup {
    Client, Additional, HistoryNote, LeadSource, ActionPlan, SalesCycle, Event, Email, Text,
    ImmediateCall, Tag, User, Account, Proposal, Payment
};

struct ParameterSpec
{
    QString key;
    ParameterGroup group = ParameterGroup::Client;
    ValueType type = ValueType::String;
    QStringList allowedValues;   // enumerations: the values sent on the wire
    QStringList valueLabels;     // enumerations: what the document calls them, same order
    QString defaultValue;        // what the server assumes when the key is absent
    bool readOnly = false;       // the server reports it but never takes it
    bool writeOnly = false;      // the server takes it but never reports it (passwords)
    bool createOnly = false;     // "Only in Create": refused by update calls
    int maxLength = 0;           // 0: no limit given by the document
    qint64 minValue = 0;         // whole numbers: the smallest accepted
    qint64 maxValue = 0;         // whole numbers: the largest accepted, 0 for none
};

class ParameterSchema
{
public:
    // Every key in document order. A key shared by two tables (user_id, proposal_id) appears once.
    static const QList<ParameterSpec> &all();
    static const ParameterSpec *find(QStringView key);
    static QList<ParameterSpec> group(ParameterGroup group);

    // Reserved client keys are the Client Parameters table; every other key on a client
    // create or update is an expansion (custom) field.
    static bool isReservedClientKey(QStringView key);
    static bool isValidExpansionKey(QStringView key);
    static constexpr int ExpansionMaxLength = 100;

    // The label the document gives an enumeration value ("2" -> "Employee"), or the value itself.
    static QString labelFor(QStringView key, QStringView value);
};

} // namespace ct::api
