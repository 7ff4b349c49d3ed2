// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

// Every field of every contact, column-wise in UTF-8 arenas so 100,000 contacts fit in well
// under 1 KB each (a QJsonObject per contact costs about 4 KB): one byte arena of
// (key id, length, bytes) runs per row, an interned key table, and a lower-cased search text per row.
namespace ct::models {

class ContactStore
{
public:
    // Rows are appended and never move, so a row number is a stable handle for the model's index.
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    void clear();
    void reserve(int rows);

    // The row of a contact by its id (server client_id, or a negative id for a local contact);
    // -1 when absent.
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    qint64 idAt(int row) const { return m_rows[size_t(row)].id; }

    // Adds a row, or replaces the fields of the row with this id. Returns the row.
    int upsert(qint64 id, const QJsonObject &fields, bool *added = nullptr);
    // Merges fields into an existing row (an edit); an empty string clears a field.
    void merge(int row, const QJsonObject &fields);
    // Gives a row another id (a local contact the server has just created).
    void rekey(int row, qint64 newId);

    // Rows hidden from every view (deleted here or gone from the server) keep their slot.
    bool isRemoved(int row) const { return m_rows[size_t(row)].removed; }
    void setRemoved(int row, bool removed) { m_rows[size_t(row)].removed = removed; }

    // The interned id of a field name; -1 when no row ever had it.
    int keyId(QByteArrayView key) const { return m_keyIndex.value(QByteArray::fromRawData(key.data(), key.size()), -1); }
    QByteArrayView field(int row, int keyId) const;
    QString text(int row, int keyId) const { return QString::fromUtf8(field(row, keyId)); }
    QString text(int row, QByteArrayView key) const { return text(row, keyId(key)); }

    // The whole record as the server sent it (custom fields included), for the detail pane.
    QJsonObject record(int row) const;

    // The fields local search looks in, in the order searchText() holds them (benchmarks build
    // their reference over the same fields).
    static QList<QByteArrayView> searchedKeys();
    // Lower-cased name, phone digits, email, company, city, tags: what local search scans.
    QByteArrayView searchText(int row) const
    {
        const Row &r = m_rows[size_t(row)];
        return QByteArrayView(m_search.constData() + r.searchOffset, r.searchLength);
    }

    // Bytes held by the arenas (benchmarks report it beside the process's resident memory).
    qsizetype arenaBytes() const { return m_fields.capacity() + m_search.capacity(); }

    // A whole store as one binary image, so a cold start maps 100,000 contacts in milliseconds
    // instead of parsing 100,000 JSON documents.
    QByteArray serialize() const;
    bool deserialize(const QByteArray &image);

    // Digits only ("(303) 929-1447" -> "3039291447").
    static QByteArray digitsOf(QByteArrayView text);

private:
    struct Row
    {
        qint64 id = 0;
        quint32 fieldsOffset = 0;
        quint32 searchOffset = 0;
        quint32 fieldsLength = 0;
        quint16 searchLength = 0;
        bool removed = false;
    };

    int internKey(const QString &key);
    void writeRow(Row &row, const QJsonObject &fields);
    void buildSearchText(Row &row);
    // Old runs left behind by edits are dropped once they are most of the arena.
    void compactIfWasteful();

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    QByteArray m_fields;     // per row: [u16 key][u16 len][bytes] ...
    QByteArray m_search;     // per row: lower-cased search text
    qsizetype m_wasted = 0;
    QList<QByteArray> m_keys;
    QHash<QByteArray, int> m_keyIndex;
};

} // namespace ct::models
