// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <vector>

class QTimer;
namespace ct::store { class Outbox; }

// The pipeline board as a two-level model: one top-level row per active sales cycle of the
// chosen contact type (in the cycles' order), the contacts in it as its children (cards).
// Contacts come from the ContactsModel as its pages load; dropping cards on another stage
// queues update_client_by_id with the new sales_cycle_id through ContactEditing, and the card
// moves at once, marked pending until the outbox settles it.
namespace ct::models {

class ContactEditing;
class ContactsModel;
class SalesCyclesModel;

class PipelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        SalesCycleIdRole = OperationIdRole + 1,   // a stage's sales_cycle_id, or a card's stage
        ClientIdRole,                            // a card's client_id
        CardCountRole,                           // a stage's number of cards
    };
    static inline const QString mimeType = QStringLiteral("application/x-clienttether-client-ids");

    PipelineModel(ContactsModel *contacts, SalesCyclesModel *cycles, ContactEditing *editing,
                  ct::store::Outbox *outbox, QObject *parent = nullptr);
    ~PipelineModel() override;

    // "1".."5" (Client, Employee ...): the stages of that contact type and its contacts.
    void setContactType(const QString &contactType);
    QString contactType() const { return m_contactType; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // While not live (the board is not on screen) contact changes are only noted: putting
    // every held contact on its stage walks them all, which a hidden board need not pay for
    // while a large account loads. Going live catches up at once.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    int stageCount() const { return int(m_stages.size()); }
    QModelIndex stageIndex(const QString &salesCycleId) const;
    QModelIndex cardIndex(const QString &clientId) const;
    // Contacts of the chosen type held by the contacts model, and how many of them are in no
    // active stage (inactive path, or none).
    int contactsHeld() const { return m_held; }
    int contactsOffBoard() const { return m_offBoard; }

    // Queues the move of these contacts to the stage; false when none was accepted
    // (errorString() says why).
    bool moveContacts(const QStringList &clientIds, const QString &salesCycleId);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Cards were added, removed or moved (the counts changed).
    void cardsChanged();
    // A move was not queued (errorString() says why).
    void moveRefused(const QString &message);

private:
    struct Stage
    {
        QString id;
        QString name;
        QStringList cards;   // client ids, in the order they arrived on the stage
    };

    void rebuildStages();
    // Puts every held contact on its stage again: cards that stay keep their place, cards that
    // leave are removed and new ones appended, each in one block per stage.
    void syncCards();
    void scheduleSync();
    std::vector<Stage> stagesFromCycles() const;
    void followOutbox(const QString &recordKey);
    void cardChanged(const QString &clientId);

    QPointer<ContactsModel> m_contacts;
    QPointer<SalesCyclesModel> m_cycles;
    QPointer<ContactEditing> m_editing;
    QPointer<ct::store::Outbox> m_outbox;
    QString m_contactType = QStringLiteral("1");
    std::vector<Stage> m_stages;
    QHash<QString, int> m_stageOfCard;         // client id -> stage row
    QHash<QString, SyncState> m_sync;          // cards with an edit not yet confirmed
    QHash<QString, QString> m_syncError;
    QHash<QUuid, QString> m_opKeys;            // outbox entry -> record key
    QSet<QString> m_movedHere;                 // cards the user just moved: they go on top
    QTimer *m_syncSoon;
    bool m_live = true;
    bool m_stale = false;
    int m_held = 0;
    int m_offBoard = 0;
    QString m_error;
};

} // namespace ct::models
