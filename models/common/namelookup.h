// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; }

// The names behind the ids a contact carries (sales cycle, lead source, user, action plan),
// from the cache at once and from the server's lists when they answer.
namespace ct::models {

class NameLookup : public QObject
{
    Q_OBJECT
public:
    enum Kind { SalesCycle, LeadSource, User, ActionPlan, KindCount };

    explicit NameLookup(QObject *parent = nullptr);

    // Reads the cached lists (synchronously) and forgets the previous account's names.
    void setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client);
    // Asks the server for the four lists; each answer is cached and announced by changed().
    void refresh();
    // A kind's whole list as another model holds it (the administration area after a create,
    // rename or delete): the names change at once, without a read.
    void setRows(Kind kind, const QList<QJsonObject> &rows);

    // Replaces the names of a kind with a list its own model keeps (the sales cycles editor's,
    // with renames and deletes shown at once); changed() when they differ.
    void setNames(Kind kind, const QList<std::pair<QString, QString>> &entries);

    // The name for an id; the id itself when the name is not known (yet).
    QString name(Kind kind, QByteArrayView id) const;
    // Every (id, name) of a kind, for filter choices.
    QList<std::pair<QString, QString>> entries(Kind kind) const;

Q_SIGNALS:
    void changed(ct::models::NameLookup::Kind kind);

private:
    void replaceNames(Kind kind, QHash<QByteArray, QString> names);
    void onAnswer(Kind kind, const ct::api::ApiResult &result);

    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    QHash<QByteArray, QString> m_names[KindCount];
    int m_generation = 0;
};

} // namespace ct::models
