// SPDX-License-Identifier: MIT
#include "contactquery.h"

#include "contactstore.h"

#include <algorithm>
#include <cstring>
#include <string.h>   // memmem (GNU)
#include <functional>

namespace ct::models {

namespace {

const char *const filterKeys[ContactQuery::FilterCount] = {
    "contact_type", "sales_cycle_id", "lead_source_id", "tag", "assigned_user_id"};

bool containsBytes(QByteArrayView haystack, const QByteArray &needle)
{
    // memmem is the fastest substring scan glibc offers (two-way, SIMD for short needles).
    return ::memmem(haystack.data(), size_t(haystack.size()), needle.constData(), size_t(needle.size())) != nullptr;
}

} // namespace

bool ContactQuery::looksLikePhone(QStringView word)
{
    bool digit = false;
    for (QChar c : word) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u"()-.+ /").contains(c))
            return false;
    }
    return digit;
}

void ContactQuery::setText(const QString &text)
{
    m_text = text;
    m_words.clear();
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (looksLikePhone(word))
            m_words.append(ContactStore::digitsOf(word.toLatin1()));
        else
            m_words.append(word.toLower().toUtf8());
    }
}

void ContactQuery::setFilter(Filter filter, const QString &value)
{
    m_filters[filter] = value.toUtf8();
}

bool ContactQuery::isEmpty() const
{
    return m_words.isEmpty()
        && std::all_of(m_filters.begin(), m_filters.end(), [](const QByteArray &f) { return f.isEmpty(); });
}

bool ContactQuery::matchesFilters(const ContactStore &store, int row) const
{
    for (int f = 0; f < FilterCount; ++f) {
        const QByteArray &wanted = m_filters[size_t(f)];
        if (wanted.isEmpty())
            continue;
        const QByteArrayView value = store.field(row, store.keyId(filterKeys[f]));
        if (f == Tag) {
            bool found = false;
            for (const QByteArray &tag : value.toByteArray().split(','))
                found = found || tag.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
            if (!found)
                return false;
        } else if (value != wanted) {
            return false;
        }
    }
    return true;
}

bool ContactQuery::matches(const ContactStore &store, int row) const
{
    if (store.isRemoved(row) || !matchesFilters(store, row))
        return false;
    const QByteArrayView text = store.searchText(row);
    for (const QByteArray &word : m_words) {
        if (!containsBytes(text, word))
            return false;
    }
    return true;
}

std::vector<int> ContactQuery::matchingRows(const ContactStore &store) const
{
    std::vector<int> rows;
    const int n = store.size();
    rows.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        if (matches(store, row))
            rows.push_back(row);
    }
    return rows;
}

} // namespace ct::models
