// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

// The names values go by in logs, on screen and on disk (the entity of a record key), as one
// constant table per enum rather than a switch per enum. The names are the console's own
// ("in-flight", "server-code"), not the enumerators' spelling, so QMetaEnum cannot give them.
namespace ct::api {

template <typename Value>
struct NamedValue
{
    Value value;
    QStringView name;
};

// Written as std::to_array<NamedValue<Enum>>({{Enum::A, u"a"}, ...}), so the rows are counted
// by the compiler.
template <typename Value, std::size_t N>
using NameTable = std::array<NamedValue<Value>, N>;

// "" for a value the table does not name.
template <typename Value, std::size_t N>
QString nameOf(const NameTable<Value, N> &table, Value value)
{
    for (const NamedValue<Value> &row : table) {
        if (row.value == value)
            return row.name.toString();
    }
    return {};
}

// True when the rows name the values 0, 1, 2 ... in order. A switch warned of an enumerator it
// did not handle; a table does not, so each enum's table asserts this: a row left out before
// the last or put out of place then does not compile (a new last enumerator needs its row added).
template <typename Value, std::size_t N>
constexpr bool namesEachInOrder(const NameTable<Value, N> &table)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(table[i].value) != i)
            return false;
    }
    return true;
}

} // namespace ct::api
