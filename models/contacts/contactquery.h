// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <vector>

// What the user asked to see: the typed search text (every word must match; a word of digits
// and phone punctuation matches phone digits) and exact filters on the contact's codes and ids.
namespace ct::models {

class ContactStore;

class ContactQuery
{
public:
    enum Filter { ContactType, SalesCycle, LeadSource, Tag, AssignedUser, FilterCount };

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setFilter(Filter filter, const QString &value);
    QString filter(Filter filter) const { return QString::fromUtf8(m_filters[filter]); }
    bool isEmpty() const;

    bool matches(const ContactStore &store, int row) const;
    // Every row of the store that is not removed and matches, in store order.
    std::vector<int> matchingRows(const ContactStore &store) const;

    // "(303) 929-14" -> true: typed as a phone number, searched as its digits.
    static bool looksLikePhone(QStringView word);

private:
    bool matchesFilters(const ContactStore &store, int row) const;

    QString m_text;
    QList<QByteArray> m_words;   // lower-cased UTF-8 (digits only for phone-like words)
    std::array<QByteArray, FilterCount> m_filters;
};

} // namespace ct::models
