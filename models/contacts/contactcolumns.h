// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What each column of the contact list shows and how it sorts, from a stored row.
namespace ct::models {

class ContactStore;
class NameLookup;

class ContactColumns
{
    Q_DECLARE_TR_FUNCTIONS(ContactColumns)
public:
    enum Column {
        Name, Phone, Email, Company, CityState, ContactType, SalesCycle, LeadSource,
        AssignedUser, Tags, Created, ActionPlan, Count
    };

    ContactColumns(const ContactStore *store, const NameLookup *names) : m_store(store), m_names(names) {}

    static QString title(int column);
    // The API key behind a column whose value is an id or code (filters match it).
    static const char *sourceKey(int column);

    QString text(int row, int column) const;
    // A byte string that orders like the column should: lower-cased text, digits for phones,
    // the raw YYYY:MM:DD for dates (which sorts as it reads).
    QByteArray sortKey(int row, int column) const;

private:
    const ContactStore *m_store;
    const NameLookup *m_names;
};

} // namespace ct::models
