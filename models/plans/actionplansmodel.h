// SPDX-License-Identifier: MIT
#pragma once

#include "twoleveltreemodel.h"

#include <QJsonObject>
#include <QPointer>

namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; }

// The account's action plans as a tree: each plan (name, type, what it is linked to, the plan
// that follows it) with its Action Steps as children. Cached rows at once, the server's list
// (read_action_plan_list, filtered by name prefix) when it answers, one plan re-read
// (read_action_plan_by_id) after the server confirmed an edit of it, and queued edits shown at
// once as pending.
namespace ct::models {

class NameLookup;
class RecordSyncTracker;

class ActionPlansModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, LinkColumn, NextPlanColumn, DayColumn, TimeColumn, BodyColumn, ColumnCount };

    explicit ActionPlansModel(QObject *parent = nullptr);
    ~ActionPlansModel() override;

    // The account's sources; shows the cached plans (and queued edits) before it returns.
    void setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client);
    // Edits of plans queued in this outbox show as pending until the replayer confirms them.
    void trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);
    // Names of lead sources and sales cycles for plans edited here (the server names them itself).
    void setNames(NameLookup *names);

    // Plans whose name starts with prefix (the API's action_plan_name); empty: every plan.
    void load(const QString &namePrefix = {});
    QString namePrefix() const { return m_prefix; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    // Why the last read removed nothing (the server's list did not add up), in words; empty
    // after a read that did.
    QString listNotice() const { return m_listNotice; }
    // Re-reads one plan with its steps (read_action_plan_by_id).
    void refreshPlan(const QString &actionPlanId);

    int planCount() const { return int(m_plans.size()); }
    // The plan at a top-level row: its fields as the server reports them (plus queued edits).
    QJsonObject plan(int row) const;
    QString planKey(int row) const;                  // "action_plan:<id>" or a local key
    int rowOfKey(const QString &recordKeyOrId) const;
    QModelIndex indexOfPlan(const QString &recordKeyOrId, int column = 0) const;
    // Every plan held (id or local key, name), for "next plan" choices.
    QList<std::pair<QString, QString>> planChoices() const;
    // The name of another plan of this type linked to linkId (the document: a lead source
    // should start one plan only); empty when none. exceptKey: the plan being edited.
    QString otherPlanLinkedTo(const QString &type, const QString &linkId, const QString &exceptKey) const;

    // Optimistic edits (the outbox holds the truth; these only show it).
    void insertLocalPlan(const QString &localKey, const QJsonObject &fields);
    void applyLocalEdit(const QString &recordKeyOrId, const QJsonObject &fields);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);
    // The server confirmed every queued edit of a plan (its id): names elsewhere may change.
    void planConfirmed(const QString &actionPlanId);

private:
    struct Plan
    {
        quintptr serial = 0;       // stable across row moves: the steps' internal id
        QString key;
        QJsonObject json;
        QList<QJsonObject> steps;
    };

    static Plan planFromJson(const QJsonObject &json, quintptr serial);
    // The cached plans the current prefix matches, in id order.
    QList<QJsonObject> cachedPlans() const;
    void setListNotice(const QString &notice);
    void setPlans(const QList<QJsonObject> &rows);
    // Queued edits over the server's rows; withNewPlans also adds the plans not yet created.
    void overlayOutbox(QList<Plan> &plans, bool withNewPlans = true) const;
    void fillNames(QJsonObject &json, const QJsonObject &fields) const;
    void replacePlan(int row, const QJsonObject &json);
    int rowOfSerial(quintptr serial) const;
    // A plan's steps carry its serial.
    quintptr childIdOf(int planRow) const override { return m_plans.at(planRow).serial; }
    int topRowOfChildId(quintptr serial) const override { return rowOfSerial(serial); }
    void onList(const ct::api::ApiResult &result, int generation);
    void onStatusChanged(const QString &recordKey);
    void onSettled(const QString &recordKey);
    void onCreated(const QString &localKey, const QString &serverId);
    QVariant planData(const Plan &plan, int column, int role) const;
    QVariant stepData(const QJsonObject &step, int column, int role) const;

    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    QPointer<NameLookup> m_names;
    RecordSyncTracker *m_sync;
    QList<Plan> m_plans;
    mutable quintptr m_nextSerial = 1;   // handed out while overlaying queued creates, too
    QString m_prefix;
    int m_generation = 0;
    bool m_loading = false;
    QString m_error;
    QString m_listNotice;
};

} // namespace ct::models
