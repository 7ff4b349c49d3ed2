// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <Qt>

#include <vector>

// A rank per row for each column, computed once and reused, so sorting the visible rows is a
// linear pass over ranks instead of a string comparison sort on every click.
namespace ct::models {

class ContactColumns;
class ContactStore;

class ContactSortOrder
{
public:
    ContactSortOrder(const ContactStore *store, const ContactColumns *columns)
        : m_store(store), m_columns(columns) {}

    // Rows (store numbers) ordered by the column; ties keep store order, so the order is stable.
    std::vector<int> sorted(const std::vector<int> &rows, int column, Qt::SortOrder order);

    // Data changed: ranks are computed again when next needed.
    void invalidate() { m_ranks.clear(); }
    void invalidate(int column);

private:
    const std::vector<quint32> &ranks(int column);

    const ContactStore *m_store;
    const ContactColumns *m_columns;
    std::vector<std::vector<quint32>> m_ranks;   // per column; empty when stale
};

} // namespace ct::models
