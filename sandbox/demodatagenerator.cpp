// SPDX-License-Identifier: MIT
#include "demodatagenerator.h"

#include "democredentials.h"
#include "demonames.h"
#include "handlers/clientrecords.h"
#include "sandboxstore.h"

#include "api/normalizer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
namespace N = ct::api::Normalizer;

namespace ct::sandbox {

namespace {

struct AccountSeed
{
    qint64 id;
    qint64 parent;
    const char *type;
    const char *company;
    const char *first;
    const char *last;
    const char *addr;
    const char *phone;
};

// ASCII letters only: "Chloé O'Brien" -> "chloe", "obrien".
QString emailPart(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

QString dateText(QDate d) { return N::toApiDate(d); }

} // namespace

DemoDataGenerator::DemoDataGenerator(SandboxStore &store, quint32 seed, QDate today)
    : m_store(store)
    , m_random(seed)
    , m_today(today)
{
}

QString DemoDataGenerator::digits(int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + pick(10)));
    return s;
}

bool DemoDataGenerator::generate(int enterpriseContacts)
{
    if (!m_store.transaction())
        return false;
    for (const QString &index : SandboxStore::bulkIndexes())
        m_store.ok(u"DROP INDEX IF EXISTS %1"_s.arg(index));
    createAccounts();
    const int others = qBound(20, enterpriseContacts / 10, 250);
    const QList<std::pair<qint64, int>> accounts = {
        {1, qMax(0, enterpriseContacts)}, {2, others}, {3, others}, {4, others}};
    for (const auto &[accountId, contacts] : accounts) {
        Catalog catalog = createCatalog(accountId);
        if (!createClients(catalog, contacts)) {
            m_store.rollback();
            return false;
        }
        createAppointments(catalog, qBound(12, contacts / 25, 60));
        const int proposals = qBound(5, contacts / 30, 400);
        for (int i = 0; i < proposals && !m_clientIds.isEmpty(); ++i)
            createProposal(catalog, pickFrom(m_clientIds));
    }
    if (!m_store.ensureSchema()) {
        m_store.rollback();
        return false;
    }
    return m_store.commit();
}

void DemoDataGenerator::createAccounts()
{
    const QStringList subKeys = DemoCredentials::subAccountWebKeys();
    const QList<std::pair<AccountSeed, QString>> seeds = {
        {{1, 0, "Multi-level", "Summit Home Services", "Dana", "Whitaker", "1550 Wewatta St", "3035550100"},
         DemoCredentials::enterpriseWebKey()},
        {{2, 1, "Standard", "Summit Home Services - Denver", "Marcus", "Bell", "2401 Blake St", "3035550142"},
         subKeys.value(0)},
        {{3, 1, "Standard", "Summit Home Services - Toronto", "Amélie", "Tremblay", "200 King St W", "4165550177"},
         subKeys.value(1)},
        {{4, 0, "Standard", "Maple Street Painting", "Kent", "Hall", "88 Maple St", "7205550123"},
         DemoCredentials::standardWebKey()},
    };
    for (const auto &[s, key] : seeds) {
        const QString first = QString::fromUtf8(s.first);
        const QString last = QString::fromUtf8(s.last);
        const QString user = emailPart(first).left(1) + emailPart(last) + QString::number(s.id);
        m_store.insert(
            u"INSERT INTO accounts (account_id, parent_id, account_type, account_first_name,"
            " account_last_name, account_owner_name, account_company_name, account_addr1,"
            " account_addr2, account_addr3, account_office_phone, account_phone, account_email,"
            " account_username, account_web_key, account_ctphone, account_return_phone,"
            " account_return_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
            {s.id, s.parent ? QVariant(s.parent) : QVariant(), QString::fromLatin1(s.type), first, last,
             first + u' ' + last, QString::fromUtf8(s.company), QString::fromUtf8(s.addr), QString(),
             QString(), QString::fromLatin1(s.phone), QString::fromLatin1(s.phone),
             u"%1@summithome.example"_s.arg(user), user, key, u"303555%1"_s.arg(1000 + s.id),
             QString::fromLatin1(s.phone), QString::fromLatin1(s.phone)});
    }
}

DemoDataGenerator::Catalog DemoDataGenerator::createCatalog(qint64 accountId)
{
    Catalog c;
    c.accountId = accountId;

    const QList<std::pair<QString, QString>> staff = {
        {u"Dana"_s, u"Whitaker"_s}, {u"Luis"_s, u"Ortega"_s}, {u"Grace"_s, u"Kim"_s},
        {u"Tyler"_s, u"Brooks"_s}, {u"Nina"_s, u"Patel"_s}, {u"Owen"_s, u"MacLeod"_s}};
    for (int i = 0; i < staff.size(); ++i) {
        const auto &[first, last] = staff.at(i);
        const QString username = emailPart(first).left(1) + emailPart(last) + QString::number(accountId);
        c.users.append(m_store.insert(
            u"INSERT INTO users (account_id, user_type, user_first_name, user_last_name, user_phone,"
            " user_email, user_username, user_show_calendar, user_password) VALUES (?,?,?,?,?,?,?,?,?)"_s,
            {accountId, i == 0 ? u"Admin"_s : u"Standard"_s, first, last, u"303555%1"_s.arg(digits(4)),
             u"%1.%2@summithome.example"_s.arg(emailPart(first), emailPart(last)), username,
             i < 4 ? u"1"_s : u"0"_s, u"demo-password-%1"_s.arg(i)}));
    }

    const QStringList sources = {u"Website"_s, u"HomeAdvisor"_s, u"Angi"_s, u"Referral"_s,
                                 u"Google Ads"_s, u"Facebook"_s, u"Yard Sign"_s, u"Home Show"_s};
    for (const QString &name : sources) {
        const qint64 id = m_store.insert(
            u"INSERT INTO lead_sources (account_id, lead_source_name) VALUES (?, ?)"_s, {accountId, name});
        const QByteArray key = QCryptographicHash::hash(u"%1:%2:%3"_s.arg(accountId).arg(id).arg(name).toUtf8(),
                                                        QCryptographicHash::Md5).toHex();
        m_store.ok(u"UPDATE lead_sources SET lead_source_web_key=? WHERE lead_source_id=?"_s,
                   {QString::fromLatin1(key), id});
        c.leadSources.append(id);
    }

    const QStringList active = {u"New Lead"_s, u"Contacted"_s, u"Appointment Set"_s,
                                u"Estimate Sent"_s, u"Won"_s};
    const QStringList inactive = {u"Not Interested"_s, u"Lost to Competitor"_s, u"Dead"_s};
    auto cycle = [&](const QString &name, const char *status, int order) {
        return m_store.insert(
            u"INSERT INTO sales_cycles (account_id, sales_cycle_name, sales_cycle_active_status,"
            " sales_cycle_order, sales_cycle_contact_type) VALUES (?,?,?,?,'1')"_s,
            {accountId, name, QString::fromLatin1(status), QString::number(order)});
    };
    for (int i = 0; i < active.size(); ++i)
        c.activeCycles.append(cycle(active.at(i), "1", i + 1));
    for (int i = 0; i < inactive.size(); ++i)
        c.inactiveCycles.append(cycle(inactive.at(i), "0", i + 1));

    c.connectionPlans = QList<qint64>(c.leadSources.size(), 0);
    createPlan(c, u"New Web Lead"_s, u"Connection"_s, c.leadSources.at(0), false, 5);
    createPlan(c, u"HomeAdvisor Speed to Lead"_s, u"Connection"_s, c.leadSources.at(1), false, 4);
    createPlan(c, u"Referral Welcome"_s, u"Connection"_s, c.leadSources.at(3), false, 3);
    createPlan(c, u"Appointment Set Prep"_s, u"Conversion"_s, c.activeCycles.at(2), false, 3);
    createPlan(c, u"Estimate Follow-up"_s, u"Conversion"_s, c.activeCycles.at(3), false, 5);
    createPlan(c, u"Annual Check-in"_s, u"Retention"_s, 0, false, 3);
    createPlan(c, u"Review Request"_s, u"Retention"_s, 0, false, 2);
    createPlan(c, u"Appointment Reminders"_s, u"Conversion"_s, 0, true, 3);
    createPlan(c, u"Estimate Visit Sequence"_s, u"Conversion"_s, 0, true, 4);

    c.tags = {u"Hot Lead"_s, u"Repeat Customer"_s, u"VIP"_s, u"Commercial"_s, u"Residential"_s,
              u"LV Show"_s, u"Needs Estimate"_s, u"Spring Promo"_s, u"Do Not Call"_s,
              u"Referral Partner"_s, u"Warranty"_s, u"HOA"_s};
    for (const QString &tag : c.tags)
        m_store.insert(u"INSERT INTO tags (account_id, tag_value) VALUES (?, ?)"_s, {accountId, tag});
    return c;
}

void DemoDataGenerator::createPlan(Catalog &c, const QString &name, const QString &type, qint64 link,
                                   bool manual, int steps)
{
    const qint64 id = m_store.insert(
        u"INSERT INTO action_plans (account_id, action_plan_name, action_plan_type,"
        " action_plan_link_id, action_plan_manual_schedule) VALUES (?,?,?,?,?)"_s,
        {c.accountId, name, type, link ? QVariant(link) : QVariant(), manual ? u"1"_s : u"0"_s});
    static const QStringList kinds = {u"email"_s, u"text"_s, u"call"_s, u"task"_s};
    int day = 0;
    for (int order = 1; order <= steps; ++order) {
        const QString kind = order == 1 ? u"email"_s : kinds.at(pick(kinds.size()));
        m_store.insert(u"INSERT INTO action_steps (action_plan_id, step_order, step_type, day_offset,"
                       " step_time, subject, body) VALUES (?,?,?,?,?,?,?)"_s,
                       {id, order, kind, day, u"%1:00:00"_s.arg(between(8, 17), 2, 10, QLatin1Char('0')),
                        u"%1 - step %2"_s.arg(name).arg(order),
                        u"Hi {{firstName}}, this is step %1 of %2 (%3)."_s.arg(order).arg(steps).arg(kind)});
        day += between(1, 4);
    }
    if (manual)
        c.manualPlans.append(id);
    else if (type == u"Retention")
        c.retentionPlans.append(id);
    else if (type == u"Connection")
        c.connectionPlans[c.leadSources.indexOf(link)] = id;
}

bool DemoDataGenerator::createClients(const Catalog &c, int count)
{
    using namespace DemoNames;
    ClientRecords::BulkWriter clients(m_store);
    QSqlQuery note(m_store.database());
    note.prepare(u"INSERT INTO history_notes (account_id, client_id, note_type, note_source,"
                 " note_body, note_date, note_time) VALUES (?,?,?,?,?,?,?)"_s);
    QSqlQuery pending(m_store.database());
    pending.prepare(u"INSERT INTO pending_actions (account_id, client_id, action_plan_id, step_order,"
                    " action_type, action_date, action_time, subject, body)"
                    " SELECT ?, ?, action_plan_id, step_order, step_type,"
                    " strftime('%Y:%m:%d', date(?, '+' || day_offset || ' days')), step_time, subject, body"
                    " FROM action_steps WHERE action_plan_id=?"_s);
    static const QStringList noteTexts = {
        u"Left voicemail about the estimate."_s, u"Customer asked for a callback next week."_s,
        u"Sent color samples by email."_s, u"Discussed scheduling; prefers mornings."_s,
        u"Confirmed the address and gate code."_s, u"Asked about financing options."_s};
    static const QStringList noteTypes = {u"Note"_s, u"Call Log"_s, u"Email"_s};
    static const QString caLetters = u"ABCEGHJKLMNPRSTVWXYZ"_s;

    m_clientIds.clear();
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_nextClientId++;
        m_clientIds.append(id);
        const QString first = pickFrom(firstNames());
        const QString last = pickFrom(lastNames());
        const Place &place = places().at(pick(places().size()));
        const QDate created = m_today.addDays(-between(0, 730));

        ClientRecords::FieldList f;
        f.reserve(48);
        f.emplace_back(u"firstName"_s, first);
        f.emplace_back(u"lastName"_s, last);
        f.emplace_back(u"phone"_s, QString::fromLatin1(place.areaCode) + QString::number(between(2, 9)) + digits(6));
        f.emplace_back(u"smsok"_s, chance(0.85) ? u"1"_s : u"0"_s);
        if (chance(0.2))
            f.emplace_back(u"second_phone"_s, QString::fromLatin1(place.areaCode) + QString::number(between(2, 9)) + digits(6));
        f.emplace_back(u"email"_s, u"%1.%2%3@%4"_s.arg(emailPart(first), emailPart(last),
                                                 chance(0.5) ? QString::number(between(1, 99)) : QString(),
                                                 pickFrom(emailDomains())));
        f.emplace_back(u"address"_s, u"%1 %2 %3"_s.arg(between(10, 9999)).arg(pickFrom(streets()), pickFrom(streetSuffixes())));
        f.emplace_back(u"city"_s, QString::fromUtf8(place.city));
        f.emplace_back(u"state"_s, QString::fromLatin1(place.state));
        if (place.canadian) {
            f.emplace_back(u"zip"_s, u"%1 %2%3%4"_s.arg(QString::fromLatin1(place.postal)).arg(pick(10))
                                   .arg(caLetters.at(pick(caLetters.size()))).arg(pick(10)));
        } else {
            QString zip = QString::fromLatin1(place.postal) + digits(2);
            if (chance(0.1))
                zip += u'-' + digits(4);
            f.emplace_back(u"zip"_s, zip);
        }
        if (chance(0.15))
            f.emplace_back(u"compName"_s, pickFrom(companies()));
        if (chance(0.3))
            f.emplace_back(u"job_title"_s, pickFrom(jobTitles()));
        if (chance(0.7))
            f.emplace_back(u"external_id"_s, u"EXT-%1"_s.arg(id - 8000000, 6, 10, QLatin1Char('0')));
        if (chance(0.35)) {
            f.emplace_back(u"age"_s, QString::number(between(24, 82)));
            f.emplace_back(u"gender"_s, chance(0.5) ? u"F"_s : u"M"_s);
            f.emplace_back(u"home_owner_status"_s, chance(0.75) ? u"Own"_s : u"Rent"_s);
            f.emplace_back(u"household_income"_s, QString::number(between(35, 250) * 1000));
            f.emplace_back(u"market_value"_s, QString::number(between(180, 1500) * 1000));
            f.emplace_back(u"length_of_residence"_s, QString::number(between(0, 30)));
            f.emplace_back(u"material_status"_s, QStringList{u"Single"_s, u"Married"_s, u"Divorced"_s}.at(pick(3)));
            f.emplace_back(u"presence_of_children"_s, chance(0.4) ? u"1"_s : u"0"_s);
            f.emplace_back(u"presence_of_pets"_s, chance(0.5) ? u"1"_s : u"0"_s);
            f.emplace_back(u"occupation"_s, pickFrom(occupations()));
        }
        if (chance(0.4)) {
            f.emplace_back(u"deal_size"_s, QString::number(between(8, 250) * 100));
            f.emplace_back(u"deal_closed"_s, chance(0.3) ? u"1"_s : u"0"_s);
        }
        f.emplace_back(u"creation_date"_s, dateText(created));
        const int source = pick(c.leadSources.size());
        f.emplace_back(u"lead_source_id"_s, QString::number(c.leadSources.at(source)));
        const bool activePath = chance(0.8);
        f.emplace_back(u"sales_cycle_id"_s, QString::number(activePath ? pickFrom(c.activeCycles) : pickFrom(c.inactiveCycles)));
        f.emplace_back(u"assigned_user_id"_s, QString::number(pickFrom(c.users)));
        f.emplace_back(u"contact_type"_s, chance(0.9) ? u"1"_s : QString::number(between(2, 5)));
        f.emplace_back(u"new_lead_notification"_s, u"0"_s);
        if (chance(0.4)) {
            QStringList tags = {pickFrom(c.tags)};
            if (chance(0.4) && !tags.contains(c.tags.first()))
                tags.append(c.tags.first());
            f.emplace_back(u"tag"_s, tags.join(u','));
        }
        if (chance(0.2))
            f.emplace_back(u"clients_date_last"_s, dateText(m_today.addDays(-between(1, 365))));
        if (chance(0.15))
            f.emplace_back(u"clients_date_next"_s, dateText(m_today.addDays(between(1, 120))));
        // Custom (expansion) fields, as an account would have set them up.
        f.emplace_back(u"preferred_contact_time"_s, QStringList{u"Morning"_s, u"Afternoon"_s, u"Evening"_s}.at(pick(3)));
        if (chance(0.6))
            f.emplace_back(u"project_type"_s, pickFrom(projectTypes()));
        if (chance(0.1))
            f.emplace_back(u"referral_name"_s, pickFrom(firstNames()) + u' ' + pickFrom(lastNames()));

        // About one in twelve has a plan running: its lead source's Connection plan if it has
        // one, else a Retention plan; its pending actions run from a recent start.
        qint64 plan = 0;
        if (chance(0.08)) {
            plan = c.connectionPlans.at(source) ? c.connectionPlans.at(source) : pickFrom(c.retentionPlans);
            pending.bindValue(0, c.accountId);
            pending.bindValue(1, id);
            pending.bindValue(2, m_today.addDays(-between(0, 6)).toString(Qt::ISODate));
            pending.bindValue(3, plan);
            pending.exec();
        }
        f.emplace_back(u"action_plan_id"_s, QString::number(plan));
        if (!clients.add(id, c.accountId, f))
            return false;

        const int notes = between(0, 2);
        for (int n = 0; n < notes; ++n) {
            const QDate when = created.addDays(between(0, qMax(0, int(created.daysTo(m_today)))));
            note.bindValue(0, c.accountId);
            note.bindValue(1, id);
            note.bindValue(2, pickFrom(noteTypes));
            note.bindValue(3, u"note"_s);
            note.bindValue(4, pickFrom(noteTexts));
            note.bindValue(5, dateText(when));
            note.bindValue(6, u"%1:%2:00"_s.arg(between(8, 18), 2, 10, QLatin1Char('0')).arg(pick(60), 2, 10, QLatin1Char('0')));
            note.exec();
        }
    }
    return true;
}

void DemoDataGenerator::createAppointments(const Catalog &c, int count)
{
    if (m_clientIds.isEmpty())
        return;
    static const QStringList notes = {u"Estimate visit"_s, u"Color consultation"_s,
                                      u"Walk-through before start"_s, u"Final inspection"_s};
    auto addEvent = [&](const QString &type, QDate date, int hour, int minutes, int length, const QString &note) {
        const QTime start(hour, minutes);
        m_store.insert(u"INSERT INTO events (account_id, client_id, event_type, event_date, event_time,"
                       " event_note, user_id, event_end_date, event_end_time) VALUES (?,?,?,?,?,?,?,?,?)"_s,
                       {c.accountId, pickFrom(m_clientIds), type, dateText(date), N::toApiTime(start), note,
                        pickFrom(c.users), type == u"Appointment" ? dateText(date) : QString(),
                        type == u"Appointment" ? N::toApiTime(start.addSecs(length * 3600)) : QString()});
    };
    // The coming week, every user busy on several days; a few past and later ones around them.
    for (int i = 0; i < count; ++i)
        addEvent(u"Appointment"_s, m_today.addDays(pick(7)), between(8, 16), pick(2) * 30, between(1, 2), pickFrom(notes));
    for (int i = 0; i < count / 3; ++i)
        addEvent(u"Appointment"_s, m_today.addDays(chance(0.5) ? -between(1, 30) : between(7, 30)),
                 between(8, 16), 0, 1, pickFrom(notes));
    for (int i = 0; i < count / 2; ++i)
        addEvent(chance(0.5) ? u"Call"_s : u"Contact Reminder"_s, m_today.addDays(between(0, 13)),
                 between(8, 17), pick(4) * 15, 0, u"Follow up on estimate"_s);
}

void DemoDataGenerator::createProposal(const Catalog &c, qint64 clientId)
{
    static const QStringList items = {u"Prep and mask"_s, u"Prime bare wood"_s, u"Two coats walls"_s,
                                      u"Trim and doors"_s, u"Ceilings"_s, u"Power wash"_s,
                                      u"Caulk and patch"_s, u"Stain deck"_s};
    static const QStringList products = {u"Sherwin-Williams Duration"_s, u"Benjamin Moore Aura"_s,
                                         u"Behr Ultra"_s, u"Cabot Deck Stain"_s};
    QJsonArray lines;
    int total = 0;
    const int lineCount = between(2, 5);
    for (int i = 0; i < lineCount; ++i) {
        const int price = between(3, 60) * 50;
        total += price;
        lines.append(QJsonObject{{u"Description"_s, pickFrom(items)},
                                 {u"Line Price"_s, QString::number(price) + u".00"_s},
                                 {u"Notes"_s, chance(0.5) ? u"Includes materials"_s : QString()}});
    }
    QJsonArray recommended;
    for (int i = 0, n = between(1, 3); i < n; ++i)
        recommended.append(QJsonObject{{u"Product_type1"_s, i == 0 ? u"Paint"_s : u"Primer"_s},
                                       {u"Product Description"_s, pickFrom(products)}});
    const int discount = chance(0.3) ? between(1, 5) * 50 : 0;
    const int finalPrice = total - discount;
    const QDate start = m_today.addDays(between(-60, 45));
    const QString number = u"P-%1-%2"_s.arg(m_today.year()).arg(clientId % 100000, 5, 10, QLatin1Char('0')) + digits(2);
    const qint64 id = m_store.insert(
        u"INSERT INTO proposals (account_id, client_id, proposal_type, proposal_num, estimator,"
        " production_manager, proposal_notes, work_notes, final_price, discount, job_start_date,"
        " job_end_date, line_item_detail, prepparation_proceedures, painting_proceedures,"
        " specific_notes, client_notes, foreman_notes, other_notes, recommended_products)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
        {c.accountId, clientId, chance(0.5) ? u"Interior Proposal"_s : u"Exterior Proposal"_s, number,
         u"Grace Kim"_s, u"Luis Ortega"_s, u"Customer wants work done before the holidays."_s,
         u"Two painters, three days."_s, QString::number(finalPrice) + u".00"_s,
         QString::number(discount) + u".00"_s, start.toString(Qt::ISODate),
         start.addDays(between(1, 10)).toString(Qt::ISODate),
         QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)),
         u"Cover floors, remove outlet plates."_s, u"Back-roll all sprayed surfaces."_s,
         u"Accent wall in the living room."_s, u"Dog in the yard."_s, u"Park on the street."_s,
         QString(), QString::fromUtf8(QJsonDocument(recommended).toJson(QJsonDocument::Compact))});
    // Deposit, then progress, then final; amounts add up to no more than the final price.
    static const QStringList statuses = {u"Deposit"_s, u"Progress"_s, u"Final"_s};
    static const QStringList types = {u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s};
    const int payments = between(0, 3);
    QDate paid = start.addDays(-between(3, 20));
    for (int i = 0; i < payments; ++i) {
        // A third of the price less a few cents, so the payments never add up to more than it
        // (one draw, as before, so the rest of the data stays as it was).
        const qint64 cents = qint64(finalPrice) * 100 / 3 - pick(100);
        const QString amount = u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        const QString type = pickFrom(types);
        const QDate entered = paid.addDays(pick(3));
        // Only payments already made: a job that starts later has its deposit at most. The
        // draws are made all the same, so the rest of the data stays as it was.
        if (entered <= m_today) {
            m_store.insert(u"INSERT INTO payments (account_id, client_id, proposal_id, proposal_number, payday,"
                           " amount, type, status, created_date) VALUES (?,?,?,?,?,?,?,?,?)"_s,
                           {c.accountId, clientId, id, number, paid.toString(Qt::ISODate), amount, type,
                            statuses.at(i), entered.toString(Qt::ISODate)});
        }
        paid = paid.addDays(between(2, 14));
    }
}

} // namespace ct::sandbox
