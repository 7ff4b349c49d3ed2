// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace ct::api { class ApiClient; }

namespace ct::models {

class ContactServerSearch;
class ContactsModel;

// Finds the contact an event is for from what the user types: every contact the contacts
// model holds (not only those its list shows), and, while that list is not fully loaded, the
// server (read_client_exist on a whole email, phone or name, through ContactServerSearch),
// whose finds join the contacts model like any contact read.
class ContactFinder : public QObject
{
    Q_OBJECT

public:
    struct Match
    {
        QString clientId;
        QString label;      // "First Last — phone" (email when there is no phone)
    };

    ContactFinder(ContactsModel *contacts, ct::api::ApiClient *client, QObject *parent = nullptr);

    // Every contact held, labelled for a completer.
    QList<Match> all() const;
    // The contacts whose label contains the text (case-insensitive), at most limit of them; an
    // exact label comes first and alone.
    QList<Match> matches(const QString &text, int limit = 50) const;
    QString nameOf(const QString &clientId) const;

    // Asks the server for contacts the model does not hold; found() when some joined.
    void searchServer(const QString &text);
    bool isSearching() const;

Q_SIGNALS:
    void found();
    void searchFinished();

private:
    QPointer<ContactsModel> m_contacts;
    ContactServerSearch *m_search;
};

} // namespace ct::models
