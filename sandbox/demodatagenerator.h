// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// Fills an empty store with the demo accounts and their data, deterministically from a seed:
// an enterprise account with two sub-accounts and a separate standard account, each with users,
// lead sources, sales cycles (active and inactive path), action plans with steps, tags,
// contacts, history notes, pending actions, appointments over the coming week, proposals and
// payments. Everything is bound in one transaction, so 100,000 contacts take a few seconds.
namespace ct::sandbox {

class SandboxStore;

class DemoDataGenerator
{
public:
    DemoDataGenerator(SandboxStore &store, quint32 seed, QDate today = QDate::currentDate());

    // `enterpriseContacts` go to the enterprise (demo) account; the other accounts get a tenth
    // of that each, between 20 and 250.
    bool generate(int enterpriseContacts);

private:
    struct Catalog
    {
        qint64 accountId = 0;
        QList<qint64> users;
        QList<qint64> leadSources;
        QList<qint64> activeCycles;
        QList<qint64> inactiveCycles;
        QList<qint64> connectionPlans;      // parallel to leadSources: 0 when none linked
        QList<qint64> retentionPlans;
        QList<qint64> manualPlans;
        QStringList tags;
    };

    void createAccounts();
    Catalog createCatalog(qint64 accountId);
    void createPlan(Catalog &catalog, const QString &name, const QString &type, qint64 link,
                    bool manual, int steps);
    bool createClients(const Catalog &catalog, int count);
    void createAppointments(const Catalog &catalog, int count);
    void createProposal(const Catalog &catalog, qint64 clientId);

    int pick(qsizetype size) { return int(m_random.bounded(quint32(size))); }
    template<typename List> auto pickFrom(const List &list) { return list.at(pick(list.size())); }
    bool chance(double share) { return m_random.generateDouble() < share; }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    QString digits(int count);

    SandboxStore &m_store;
    QRandomGenerator m_random;
    QDate m_today;
    qint64 m_nextClientId = 8000001;   // shaped like the document's ids ("8475832")
    QList<qint64> m_clientIds;         // of the account being filled
};

} // namespace ct::sandbox
