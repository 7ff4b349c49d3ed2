// SPDX-License-Identifier: MIT
#include "contactstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonValue>

#include <cstring>

namespace ct::models {

namespace {

// The fields local search looks in; phones are reduced to digits so any typed formatting finds them.
struct SearchSource
{
    const char *key;
    bool digits;
};
constexpr SearchSource searchSources[] = {
    {"firstName", false}, {"lastName", false}, {"phone", true}, {"second_phone", true},
    {"email", false}, {"compName", false}, {"city", false}, {"state", false}, {"tag", false},
};

// Search text is capped so one row's length fits its 16-bit field.
constexpr qsizetype maxSearchLength = 0xFFFF;
constexpr qsizetype maxValueLength = 0xFFFF;

quint16 readU16(const char *p)
{
    quint16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

void appendU16(QByteArray &out, quint16 v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

} // namespace

void ContactStore::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowOfId.clear();
    m_fields.clear();
    m_fields.squeeze();
    m_search.clear();
    m_search.squeeze();
    m_wasted = 0;
    m_keys.clear();
    m_keyIndex.clear();
}

void ContactStore::reserve(int rows)
{
    m_rows.reserve(size_t(rows));
    m_rowOfId.reserve(rows);
}

int ContactStore::internKey(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    auto it = m_keyIndex.constFind(utf8);
    if (it != m_keyIndex.constEnd())
        return it.value();
    const int id = int(m_keys.size());
    m_keys.append(utf8);
    m_keyIndex.insert(utf8, id);
    return id;
}

void ContactStore::writeRow(Row &row, const QJsonObject &fields)
{
    m_wasted += row.fieldsLength + row.searchLength;
    row.fieldsOffset = quint32(m_fields.size());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // Empty values are what the server sends for unset keys: they cost nothing here.
        const QJsonValue v = it.value();
        QByteArray value = v.isString() ? v.toString().toUtf8()
                         : v.isDouble() ? QByteArray::number(v.toDouble(), 'g', 17)
                         : v.isBool()   ? QByteArray(v.toBool() ? "1" : "0")
                                        : QByteArray();
        if (value.isEmpty() || it.key() == u"client_id")
            continue;
        value.truncate(maxValueLength);
        appendU16(m_fields, quint16(internKey(it.key())));
        appendU16(m_fields, quint16(value.size()));
        m_fields.append(value);
    }
    row.fieldsLength = quint32(m_fields.size() - row.fieldsOffset);
    buildSearchText(row);
}

QList<QByteArrayView> ContactStore::searchedKeys()
{
    QList<QByteArrayView> keys;
    for (const SearchSource &source : searchSources)
        keys.append(source.key);
    return keys;
}

void ContactStore::buildSearchText(Row &row)
{
    QByteArray text;
    text.reserve(128);
    for (const SearchSource &source : searchSources) {
        const QByteArrayView value = field(int(&row - m_rows.data()), keyId(source.key));
        if (value.isEmpty())
            continue;
        if (!text.isEmpty())
            text.append('\x1f');   // a separator no typed query contains
        text.append(source.digits ? digitsOf(value) : QString::fromUtf8(value).toLower().toUtf8());
    }
    text.truncate(maxSearchLength);
    row.searchOffset = quint32(m_search.size());
    row.searchLength = quint16(text.size());
    m_search.append(text);
}

int ContactStore::upsert(qint64 id, const QJsonObject &fields, bool *added)
{
    int row = rowOfId(id);
    if (added)
        *added = row < 0;
    if (row < 0) {
        row = size();
        m_rows.push_back(Row{id});
        m_rowOfId.insert(id, row);
    } else {
        m_rows[size_t(row)].removed = false;
    }
    writeRow(m_rows[size_t(row)], fields);
    compactIfWasteful();
    return row;
}

void ContactStore::merge(int row, const QJsonObject &fields)
{
    QJsonObject all = record(row);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    writeRow(m_rows[size_t(row)], all);
    compactIfWasteful();
}

void ContactStore::rekey(int row, qint64 newId)
{
    Row &r = m_rows[size_t(row)];
    m_rowOfId.remove(r.id);
    r.id = newId;
    m_rowOfId.insert(newId, row);
}

QByteArrayView ContactStore::field(int row, int keyId) const
{
    if (keyId < 0)
        return {};
    const Row &r = m_rows[size_t(row)];
    const char *p = m_fields.constData() + r.fieldsOffset;
    const char *end = p + r.fieldsLength;
    while (p < end) {
        const quint16 key = readU16(p);
        const quint16 length = readU16(p + 2);
        if (key == keyId)
            return QByteArrayView(p + 4, length);
        p += 4 + length;
    }
    return {};
}

QJsonObject ContactStore::record(int row) const
{
    const Row &r = m_rows[size_t(row)];
    QJsonObject out;
    if (r.id > 0)
        out.insert(u"client_id"_qs, QString::number(r.id));
    const char *p = m_fields.constData() + r.fieldsOffset;
    const char *end = p + r.fieldsLength;
    while (p < end) {
        const quint16 key = readU16(p);
        const quint16 length = readU16(p + 2);
        out.insert(QString::fromUtf8(m_keys.at(key)), QString::fromUtf8(p + 4, length));
        p += 4 + length;
    }
    return out;
}

void ContactStore::compactIfWasteful()
{
    if (m_wasted < 1 << 20 || m_wasted * 2 < m_fields.size() + m_search.size())
        return;
    QByteArray fields;
    QByteArray search;
    fields.reserve(m_fields.size() - m_wasted);
    for (Row &r : m_rows) {
        const quint32 f = quint32(fields.size());
        fields.append(m_fields.constData() + r.fieldsOffset, r.fieldsLength);
        r.fieldsOffset = f;
        const quint32 s = quint32(search.size());
        search.append(m_search.constData() + r.searchOffset, r.searchLength);
        r.searchOffset = s;
    }
    m_fields = fields;
    m_search = search;
    m_wasted = 0;
}

QByteArray ContactStore::digitsOf(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (c >= '0' && c <= '9')
            out.append(c);
    }
    return out;
}

namespace {
constexpr quint32 imageMagic = 0x43545331;   // "CTS1": bump when the layout changes
}

QByteArray ContactStore::serialize() const
{
    QByteArray image;
    QDataStream out(&image, QIODevice::WriteOnly);
    out << imageMagic << qint32(m_rows.size()) << m_keys;
    out.writeRawData(reinterpret_cast<const char *>(m_rows.data()), int(m_rows.size() * sizeof(Row)));
    out << m_fields << m_search;
    return image;
}

bool ContactStore::deserialize(const QByteArray &image)
{
    clear();
    QDataStream in(image);
    quint32 magic = 0;
    qint32 count = 0;
    in >> magic;
    if (magic != imageMagic)
        return false;
    in >> count >> m_keys;
    if (in.status() != QDataStream::Ok || count < 0)
        return false;
    m_rows.resize(size_t(count));
    const int bytes = int(size_t(count) * sizeof(Row));
    if (in.readRawData(reinterpret_cast<char *>(m_rows.data()), bytes) != bytes)
        return clear(), false;
    in >> m_fields >> m_search;
    if (in.status() != QDataStream::Ok)
        return clear(), false;
    for (int i = 0; i < m_keys.size(); ++i)
        m_keyIndex.insert(m_keys.at(i), i);
    m_rowOfId.reserve(count);
    for (int row = 0; row < count; ++row) {
        const Row &r = m_rows[size_t(row)];
        if (qint64(r.fieldsOffset) + r.fieldsLength > m_fields.size()
            || qint64(r.searchOffset) + r.searchLength > m_search.size())
            return clear(), false;
        m_rowOfId.insert(r.id, row);
    }
    return true;
}

} // namespace ct::models
