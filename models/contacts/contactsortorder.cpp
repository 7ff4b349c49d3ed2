// SPDX-License-Identifier: MIT
#include "contactsortorder.h"

#include "contactcolumns.h"
#include "contactstore.h"

#include <QByteArray>

#include <algorithm>

namespace ct::models {

void ContactSortOrder::invalidate(int column)
{
    if (column >= 0 && size_t(column) < m_ranks.size())
        m_ranks[size_t(column)].clear();
}

const std::vector<quint32> &ContactSortOrder::ranks(int column)
{
    if (m_ranks.size() < size_t(ContactColumns::Count))
        m_ranks.resize(size_t(ContactColumns::Count));
    std::vector<quint32> &ranks = m_ranks[size_t(column)];
    if (ranks.size() == size_t(m_store->size()))
        return ranks;
    const int n = m_store->size();
    std::vector<QByteArray> keys(static_cast<size_t>(n));
    for (int row = 0; row < n; ++row)
        keys[size_t(row)] = m_columns->sortKey(row, column);
    std::vector<int> order(static_cast<size_t>(n));
    for (int row = 0; row < n; ++row)
        order[size_t(row)] = row;
    std::stable_sort(order.begin(), order.end(),
                     [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    ranks.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        ranks[size_t(order[size_t(i)])] = quint32(i);
    return ranks;
}

std::vector<int> ContactSortOrder::sorted(const std::vector<int> &rows, int column, Qt::SortOrder order)
{
    const std::vector<quint32> &rank = ranks(column);
    // Ranks are a permutation of the store's rows: placing each visible row at its rank and
    // reading the places in order sorts in linear time.
    std::vector<int> places(rank.size(), -1);
    for (int row : rows)
        places[rank[size_t(row)]] = row;
    std::vector<int> out;
    out.reserve(rows.size());
    if (order == Qt::AscendingOrder) {
        for (int row : places)
            if (row >= 0)
                out.push_back(row);
    } else {
        for (auto it = places.rbegin(); it != places.rend(); ++it)
            if (*it >= 0)
                out.push_back(*it);
    }
    return out;
}

} // namespace ct::models
