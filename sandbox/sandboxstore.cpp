// SPDX-License-Identifier: MIT
#include "sandboxstore.h"

#include "sandboxlogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox {

namespace {

QAtomicInteger<quint64> connectionCounter;

// Clients keep every field in one JSON document (reserved keys and custom fields alike) and
// copy the keys the API looks up by into indexed columns: reads stay cheap and a 100,000
// contact generation binds a dozen values per row instead of fifty.
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS accounts (account_id INTEGER PRIMARY KEY, parent_id INTEGER,"
    " account_type TEXT, account_first_name TEXT, account_last_name TEXT, account_owner_name TEXT,"
    " account_company_name TEXT, account_addr1 TEXT, account_addr2 TEXT, account_addr3 TEXT,"
    " account_office_phone TEXT, account_phone TEXT, account_email TEXT, account_username TEXT,"
    " account_web_key TEXT UNIQUE NOT NULL, account_ctphone TEXT, account_return_phone TEXT,"
    " account_return_text TEXT)",
    "CREATE TABLE IF NOT EXISTS clients (client_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
    " external_id TEXT, first_name TEXT, last_name TEXT, phone TEXT, email TEXT,"
    " lead_source_id INTEGER, sales_cycle_id INTEGER, action_plan_id INTEGER,"
    " assigned_user_id INTEGER, fields TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS clients_account ON clients(account_id, client_id)",
    "CREATE INDEX IF NOT EXISTS clients_external ON clients(account_id, external_id)",
    "CREATE INDEX IF NOT EXISTS clients_phone ON clients(account_id, phone)",
    "CREATE INDEX IF NOT EXISTS clients_email ON clients(account_id, email COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS clients_lead_source ON clients(lead_source_id)",
    "CREATE INDEX IF NOT EXISTS clients_sales_cycle ON clients(sales_cycle_id)",
    "CREATE TABLE IF NOT EXISTS lead_sources (lead_source_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, lead_source_name TEXT NOT NULL, lead_source_web_key TEXT)",
    "CREATE TABLE IF NOT EXISTS sales_cycles (sales_cycle_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, sales_cycle_name TEXT NOT NULL, sales_cycle_active_status TEXT,"
    " sales_cycle_order TEXT, sales_cycle_contact_type TEXT)",
    "CREATE TABLE IF NOT EXISTS action_plans (action_plan_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, action_plan_name TEXT NOT NULL, action_plan_type TEXT NOT NULL,"
    " action_plan_link_id INTEGER, action_plan_next_plan_id INTEGER,"
    " action_plan_manual_schedule TEXT NOT NULL DEFAULT '0')",
    "CREATE TABLE IF NOT EXISTS action_steps (step_id INTEGER PRIMARY KEY,"
    " action_plan_id INTEGER NOT NULL, step_order INTEGER, step_type TEXT, day_offset INTEGER,"
    " step_time TEXT, subject TEXT, body TEXT)",
    "CREATE INDEX IF NOT EXISTS action_steps_plan ON action_steps(action_plan_id, step_order)",
    "CREATE TABLE IF NOT EXISTS tags (tag_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
    " tag_value TEXT NOT NULL, UNIQUE(account_id, tag_value COLLATE NOCASE))",
    "CREATE TABLE IF NOT EXISTS users (user_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
    " user_type TEXT, user_first_name TEXT, user_last_name TEXT, user_phone TEXT, user_email TEXT,"
    " user_username TEXT NOT NULL UNIQUE COLLATE NOCASE, user_show_calendar TEXT, user_password TEXT)",
    "CREATE TABLE IF NOT EXISTS history_notes (note_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, client_id INTEGER NOT NULL, note_type TEXT, note_source TEXT,"
    " note_body TEXT, note_date TEXT, note_time TEXT)",
    "CREATE INDEX IF NOT EXISTS history_notes_client ON history_notes(client_id, note_id)",
    "CREATE TABLE IF NOT EXISTS events (event_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
    " client_id INTEGER NOT NULL, event_type TEXT, event_date TEXT, event_time TEXT, event_note TEXT,"
    " user_id INTEGER, event_end_date TEXT, event_end_time TEXT, event_manual_action_plan_id INTEGER)",
    "CREATE INDEX IF NOT EXISTS events_user ON events(user_id, event_date)",
    "CREATE INDEX IF NOT EXISTS events_client ON events(client_id)",
    "CREATE TABLE IF NOT EXISTS pending_actions (action_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, client_id INTEGER NOT NULL, action_plan_id INTEGER,"
    " event_id INTEGER, step_order INTEGER, action_type TEXT, action_date TEXT, action_time TEXT,"
    " subject TEXT, body TEXT)",
    "CREATE INDEX IF NOT EXISTS pending_actions_client ON pending_actions(client_id, action_date)",
    "CREATE TABLE IF NOT EXISTS messages (message_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, client_id INTEGER NOT NULL, kind TEXT, subject TEXT, body TEXT,"
    " message_date TEXT, message_time TEXT, email_cc TEXT, email_bcc TEXT, exclude_contact TEXT)",
    "CREATE TABLE IF NOT EXISTS immediate_calls (call_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, agent_phone TEXT, client_full_name TEXT, client_phone TEXT,"
    " say TEXT, requested_at TEXT)",
    "CREATE TABLE IF NOT EXISTS proposals (proposal_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, client_id INTEGER NOT NULL, proposal_type TEXT, proposal_num TEXT,"
    " estimator TEXT, production_manager TEXT, proposal_notes TEXT, work_notes TEXT,"
    " final_price TEXT, discount TEXT, job_start_date TEXT, job_end_date TEXT,"
    " line_item_detail TEXT, prepparation_proceedures TEXT, painting_proceedures TEXT,"
    " specific_notes TEXT, client_notes TEXT, foreman_notes TEXT, other_notes TEXT,"
    " recommended_products TEXT)",
    "CREATE INDEX IF NOT EXISTS proposals_client ON proposals(client_id)",
    "CREATE TABLE IF NOT EXISTS payments (payment_id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL, client_id INTEGER NOT NULL, proposal_id INTEGER,"
    " proposal_number TEXT, payday TEXT, amount TEXT, type TEXT, status TEXT, created_date TEXT)",
    "CREATE INDEX IF NOT EXISTS payments_client ON payments(client_id, created_date)",
};

QString columnText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

SandboxStore::SandboxStore(const QString &path)
    : m_connectionName(u"ct-sandbox-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_path(path)
{
}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path.isEmpty() ? u":memory:"_s : m_path);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!m_path.isEmpty()) {
        // A stand-in server: durability across power loss is not the point, speed is.
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    exec(u"PRAGMA foreign_keys=OFF"_s);
    return ensureSchema(error);
}

bool SandboxStore::ensureSchema(QString *error)
{
    QSqlQuery q(database());
    for (const char *statement : schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList SandboxStore::bulkIndexes()
{
    return {u"clients_account"_s, u"clients_external"_s, u"clients_phone"_s, u"clients_email"_s,
            u"clients_lead_source"_s, u"clients_sales_cycle"_s, u"history_notes_client"_s};
}

bool SandboxStore::isEmpty() const
{
    return scalar(u"SELECT COUNT(*) FROM accounts"_s).toLongLong() == 0;
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery SandboxStore::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        qCWarning(lcSandbox) << "prepare failed:" << q.lastError().text() << sql;
        return q;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qCWarning(lcSandbox) << "statement failed:" << q.lastError().text() << sql;
    return q;
}

bool SandboxStore::ok(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = exec(sql, binds);
    return q.isActive() && !q.lastError().isValid();
}

qint64 SandboxStore::insert(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = exec(sql, binds);
    if (!q.isActive() || q.lastError().isValid())
        return -1;
    return q.lastInsertId().toLongLong();
}

QJsonArray SandboxStore::rows(const QString &sql, const QVariantList &binds) const
{
    QJsonArray out;
    QSqlQuery q = exec(sql, binds);
    const QSqlRecord record = q.record();
    const int columns = record.count();
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names.append(record.fieldName(i));
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < columns; ++i)
            row.insert(names.at(i), columnText(q.value(i)));
        out.append(row);
    }
    return out;
}

QJsonObject SandboxStore::row(const QString &sql, const QVariantList &binds) const
{
    const QJsonArray all = rows(sql, binds);
    return all.isEmpty() ? QJsonObject() : all.first().toObject();
}

QVariant SandboxStore::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

bool SandboxStore::transaction() { return database().transaction(); }
bool SandboxStore::commit() { return database().commit(); }
void SandboxStore::rollback() { database().rollback(); }

std::optional<Account> SandboxStore::accountByWebKey(const QString &webKey) const
{
    if (webKey.isEmpty())
        return std::nullopt;
    QSqlQuery q = exec(u"SELECT account_id, parent_id, account_type FROM accounts WHERE account_web_key = ?"_s,
                       {webKey});
    if (!q.next())
        return std::nullopt;
    Account a;
    a.id = q.value(0).toLongLong();
    a.parentId = q.value(1).toLongLong();
    a.type = q.value(2).toString();
    return a;
}

} // namespace ct::sandbox
