// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// Turns one row of an imported file into create_client parameters: each mapped value
// normalised as the contact editor does (phones to ten digits, dates to YYYY:MM:DD, state codes
// in capitals, enumeration labels to their values), then checked against the parameter schema.
namespace ct::models {

// Why one value of one row cannot be imported.
struct ImportProblem
{
    int row = 0;        // spreadsheet row: the header is row 1
    int line = 0;       // line of the file where the record starts
    int column = -1;    // column of the file, -1 when the problem is the row's
    QString field;      // client key ("" when the problem is the row's)
    QString value;      // as the file has it
    QString reason;
};

class ContactRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(ct::models::ContactRowChecker)
public:
    // mapping: a client or custom key per column, "" to skip it. The locale is the user's,
    // for dates written the local way.
    // callName: create_client, or update_client_by_external_id for a file that updates the
    // contacts another system knows by their external id (only external_id is required then).
    explicit ContactRowChecker(const QStringList &mapping, const QLocale &locale = QLocale(),
                               const QString &callName = ct::api::callName(ct::api::Call::CreateClient));

    // The parameters of the row (empty values left out: a create leaves them unset); its
    // problems appended to *problems (row and line left for the caller). The row is acceptable
    // when nothing was appended.
    ct::api::ApiParams check(const QStringList &fields, QList<ImportProblem> *problems) const;

    // A value as the editor would send it; unchanged when no rule applies or it cannot be read
    // (the validator then names it).
    QString normalise(const QString &key, const QString &value) const;

    // Empty when the zip's form fits the country of the state (both valid).
    static QString zipProblemForState(const QString &zip, const QString &state);

private:
    QString normaliseDate(const QString &text) const;

    QStringList m_mapping;
    QLocale m_locale;
    QString m_callName;
    QStringList m_localDateFormats;
};

} // namespace ct::models
