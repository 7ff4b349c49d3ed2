// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ct::models {

// Whether one list answer may stand for the server's whole list, and so remove cached rows it
// does not name: every row carries its id, no id comes twice and, where the answer counts its
// rows (TotalRecord), the count agrees. An answer that fails any of these still gives its
// readable rows (each id once, the first row that names it), and says in words what was skipped.
class ListAnswerCheck
{
    Q_DECLARE_TR_FUNCTIONS(ct::models::ListAnswerCheck)

public:
    // `rows` as the answer lists them, ids under `idKey`; `total` is TotalRecord, -1 when the
    // answer gave none (nothing to agree with then).
    ListAnswerCheck(const QString &idKey, const QList<QJsonObject> &rows, qint64 total = -1);
    ListAnswerCheck(const QString &idKey, const QJsonArray &rows, qint64 total = -1);

    // The readable rows, in the answer's order, and the same as (id, row) for the cache.
    const QList<QJsonObject> &readable() const { return m_readable; }
    QList<QPair<QString, QJsonObject>> records() const;
    bool names(const QString &id) const { return m_ids.contains(id); }

    // Only then may the answer prune what it does not name.
    bool isConsistent() const;
    int withoutId() const { return m_withoutId; }
    int duplicates() const { return m_duplicates; }

    // What was wrong, in words ("2 rows without a lead_source_id skipped"); empty when consistent.
    QStringList problems() const;
    // One sentence for the model's notice; empty when consistent.
    QString notice() const;

    // The notice's sentence around problems (several checks of one answer: one sentence).
    static QString noticeText(const QStringList &problems);
    // The phrases problems() uses, for a check made elsewhere (the contacts pager's pass).
    static QStringList skippedText(int withoutId, int duplicates, const QString &idKey);

private:
    QString m_idKey;
    QList<QJsonObject> m_readable;
    QSet<QString> m_ids;
    qsizetype m_sent = 0;
    qint64 m_total = -1;
    int m_withoutId = 0;
    int m_duplicates = 0;
};

} // namespace ct::models
