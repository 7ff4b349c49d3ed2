// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ct::api { class ApiReply; struct ApiResult; }
namespace ct::store { class AccountDatabase; }

namespace ct::models {

// One read-only list read "cache first, then the server": the rows the account's cache holds for
// the question show at once (and offline); the server's answer then replaces those cached rows,
// so a row deleted on the server goes here too, but only when the answer adds up
// (ListAnswerCheck): otherwise its readable rows are stored, nothing is removed and notice()
// says what was skipped. Only the newest read counts: the answer to an earlier question (another
// contact, another date) is dropped. "No Record Found" is an empty list, not a failure. Used by
// the models that only read (payments, proposals).
class CacheFirstListReader : public QObject
{
    Q_OBJECT

public:
    // Which cached rows the current question covers; an empty function: every row of the entity.
    using Covers = std::function<bool(const QJsonObject &row)>;

    // Rows are cached under `entity`, one record per row, named by the row's `idKey` value.
    CacheFirstListReader(ct::store::AccountDatabase *database, const QString &entity, const QString &idKey,
                   QObject *parent = nullptr);

    // An id the server gave (digits only); a local key or an empty one is not asked about.
    static bool isServerId(const QString &id);

    QList<QJsonObject> cached(const Covers &covers) const;
    // Puts the rows of the answer just read in place of the cached rows `covers` selects when the
    // answer adds up; otherwise stores its readable rows beside them. Returns what the cache now
    // holds for the question (the rows to show).
    QList<QJsonObject> replaceCached(const QList<QJsonObject> &rows, const Covers &covers);

    // The question changed: an answer still on its way is dropped, the last error forgotten.
    void dropPending();
    // As dropPending(), and nothing is loading any more.
    void cancel();
    // Follows the server's answer to the newest question: rowsRead() or failed().
    void follow(ct::api::ApiReply *reply);

    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    // Why the last answer could not replace the cached rows, in words; empty when it did.
    QString notice() const { return m_notice; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void noticeChanged(const QString &notice);
    void rowsRead(const QList<QJsonObject> &rows);
    void failed(const QString &message);

private:
    void onResult(const ct::api::ApiResult &result, int generation);
    void setLoading(bool loading);
    void setNotice(const QString &notice);

    ct::store::AccountDatabase *m_database;
    QString m_entity;
    QString m_idKey;
    int m_generation = 0;
    bool m_loading = false;
    QString m_error;
    QString m_notice;
    qint64 m_answerTotal = -1;   // the last answer's TotalRecord
};

} // namespace ct::models
