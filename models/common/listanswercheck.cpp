// SPDX-License-Identifier: MIT
#include "listanswercheck.h"

#include "serverfieldtext.h"

namespace ct::models {

ListAnswerCheck::ListAnswerCheck(const QString &idKey, const QList<QJsonObject> &rows, qint64 total)
    : m_idKey(idKey)
    , m_sent(rows.size())
    , m_total(total)
{
    for (const QJsonObject &row : rows) {
        const QString id = serverFieldText(row, m_idKey);
        if (id.isEmpty()) {
            ++m_withoutId;
            continue;
        }
        if (m_ids.contains(id)) {
            ++m_duplicates;
            continue;
        }
        m_ids.insert(id);
        m_readable.append(row);
    }
}

ListAnswerCheck::ListAnswerCheck(const QString &idKey, const QJsonArray &rows, qint64 total)
    : ListAnswerCheck(idKey,
                      [&rows] {
                          QList<QJsonObject> objects;
                          objects.reserve(rows.size());
                          for (const QJsonValue &row : rows)
                              objects.append(row.toObject());
                          return objects;
                      }(),
                      total)
{
}

QList<QPair<QString, QJsonObject>> ListAnswerCheck::records() const
{
    QList<QPair<QString, QJsonObject>> out;
    out.reserve(m_readable.size());
    for (const QJsonObject &row : m_readable)
        out.append({serverFieldText(row, m_idKey), row});
    return out;
}

bool ListAnswerCheck::isConsistent() const
{
    return m_withoutId == 0 && m_duplicates == 0 && (m_total < 0 || m_total == m_sent);
}

QStringList ListAnswerCheck::skippedText(int withoutId, int duplicates, const QString &idKey)
{
    QStringList out;
    if (withoutId > 0)
        out.append(tr("%n row(s) without a %1 skipped", nullptr, withoutId).arg(idKey));
    if (duplicates > 0)
        out.append(tr("%n row(s) listed twice skipped", nullptr, duplicates));
    return out;
}

QStringList ListAnswerCheck::problems() const
{
    QStringList out = skippedText(m_withoutId, m_duplicates, m_idKey);
    if (m_total >= 0 && m_total != m_sent)
        out.append(tr("the server counts %1 but sent %n row(s)", nullptr, int(m_sent)).arg(m_total));
    return out;
}

QString ListAnswerCheck::notice() const
{
    return isConsistent() ? QString() : noticeText(problems());
}

QString ListAnswerCheck::noticeText(const QStringList &problems)
{
    // Why nothing went: a row the answer could not name may be any cached one.
    return tr("The server's list does not add up (%1), so nothing was removed from this computer.")
        .arg(problems.join(tr("; ")));
}

} // namespace ct::models
