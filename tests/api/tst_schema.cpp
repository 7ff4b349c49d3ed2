// SPDX-License-Identifier: MIT
// Checks the parameter schema (models/api/parameterschema.cpp) against the vendor document's
// parameter tables: every key with its type, enumerations and labels, defaults, read-only
// keys, reserved client keys and expansion keys.

#include "api/parameterschema.h"

#include <QSet>
#include <QtTest>

using namespace ct::api;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ct::api::ValueType)
Q_DECLARE_METATYPE(ct::api::ParameterGroup)

namespace {

using T = ValueType;
using G = ParameterGroup;

struct DocKey
{
    const char *key;
    G group;
    T type;
    bool readOnly;
};

// Every key of the document's parameter tables, in the document's order, with the type its
// "Limits" column gives (String/Text -> String, Int/ID -> Id, "Whole Number"/"number" ->
// WholeNumber, "Ten digits only" -> Phone, [..] -> Enumeration, "Read only"/cRud -> read-only).
// The proposal and payment tables describe what reads return: the API has no call to write them.
const DocKey documentKeys[] = {
    // Client Parameters
    {"client_id", G::Client, T::Id, false},
    {"firstName", G::Client, T::String, false},
    {"lastName", G::Client, T::String, false},
    {"phone", G::Client, T::Phone, false},
    {"smsok", G::Client, T::Enumeration, false},
    {"second_phone", G::Client, T::Phone, false},
    {"email", G::Client, T::Email, false},
    {"address", G::Client, T::String, false},
    {"city", G::Client, T::String, false},
    {"state", G::Client, T::State, false},
    {"zip", G::Client, T::Zip, false},
    {"compName", G::Client, T::String, false},
    {"tag", G::Client, T::String, false},
    {"job_title", G::Client, T::String, false},
    {"external_id", G::Client, T::String, false},
    {"deal_size", G::Client, T::WholeNumber, false},
    {"deal_closed", G::Client, T::Enumeration, false},
    {"age", G::Client, T::WholeNumber, false},
    {"education", G::Client, T::String, false},
    {"gender", G::Client, T::Enumeration, false},
    {"high_net_worth", G::Client, T::WholeNumber, false},
    {"home_owner_status", G::Client, T::Enumeration, false},
    {"household_income", G::Client, T::WholeNumber, false},
    {"length_of_residence", G::Client, T::WholeNumber, false},
    {"market_value", G::Client, T::WholeNumber, false},
    {"material_status", G::Client, T::Enumeration, false},
    {"occupation", G::Client, T::String, false},
    {"presence_of_children", G::Client, T::Enumeration, false},
    {"creation_date", G::Client, T::Date, false},
    {"presence_of_pets", G::Client, T::Enumeration, false},
    {"anniversary_1", G::Client, T::Date, false},
    {"anniversary_2", G::Client, T::Date, false},
    {"facebook", G::Client, T::String, false},
    {"linkedin", G::Client, T::String, false},
    {"twitter", G::Client, T::String, false},
    {"action_plan_id", G::Client, T::Id, false},
    {"sales_cycle_id", G::Client, T::Id, false},
    {"lead_source_id", G::Client, T::Id, false},
    {"client_category", G::Client, T::String, false},
    {"whiteboard", G::Client, T::String, false},
    {"clients_date_last", G::Client, T::Date, false},
    {"clients_date_next", G::Client, T::Date, false},
    {"new_lead_notification", G::Client, T::Enumeration, false},
    {"contact_type", G::Client, T::Enumeration, false},
    {"assigned_user_id", G::Client, T::Id, false},
    // Additional Parameters
    {"end_date", G::Additional, T::Date, false},
    {"limit", G::Additional, T::WholeNumber, false},
    {"offset", G::Additional, T::WholeNumber, false},
    // History notes: the table is empty in the document; create_client_history_note takes note_body
    {"note_body", G::HistoryNote, T::String, false},
    // Lead Source Parameters (lead_source_id is already a client key)
    {"lead_source_name", G::LeadSource, T::String, false},
    {"lead_source_web_key", G::LeadSource, T::String, true},
    // Action Plan Parameters (action_plan_id is already a client key)
    {"action_plan_name", G::ActionPlan, T::String, false},
    {"action_plan_type", G::ActionPlan, T::Enumeration, false},
    {"action_plan_link_id", G::ActionPlan, T::Id, false},
    {"action_plan_link_name", G::ActionPlan, T::String, true},
    {"action_plan_next_plan_id", G::ActionPlan, T::Id, false},
    {"action_plan_next_plan_name", G::ActionPlan, T::String, true},
    // Sales Cycle Parameters (sales_cycle_id is already a client key)
    {"sales_cycle_name", G::SalesCycle, T::String, false},
    {"sales_cycle_active_status", G::SalesCycle, T::Enumeration, false},
    {"sales_cycle_order", G::SalesCycle, T::WholeNumber, false},
    {"sales_cycle_contact_type", G::SalesCycle, T::Enumeration, false},
    // Event Parameters
    {"event_id", G::Event, T::Id, false},
    {"event_type", G::Event, T::Enumeration, false},
    {"event_date", G::Event, T::Date, false},
    {"event_time", G::Event, T::Time, false},
    {"event_note", G::Event, T::String, false},
    {"user_id", G::Event, T::Id, false},
    {"event_manual_action_plan_id", G::Event, T::Id, false},
    {"event_end_date", G::Event, T::Date, false},
    {"event_end_time", G::Event, T::Time, false},
    // Email Parameters
    {"email_subject", G::Email, T::String, false},
    {"email_date", G::Email, T::Date, false},
    {"email_time", G::Email, T::Time, false},
    {"email_body", G::Email, T::PlainText, false},
    {"email_cc", G::Email, T::EmailList, false},
    {"email_bcc", G::Email, T::EmailList, false},
    {"exclude_contact", G::Email, T::Enumeration, false},
    // Text Parameters
    {"text_date", G::Text, T::Date, false},
    {"text_time", G::Text, T::Time, false},
    {"text_body", G::Text, T::String, false},
    // Immediate Call Parameters
    {"agent_phone", G::ImmediateCall, T::Phone, false},
    {"client_full_name", G::ImmediateCall, T::String, false},
    {"client_phone", G::ImmediateCall, T::Phone, false},
    {"say", G::ImmediateCall, T::String, false},
    // Tag Parameters
    {"tag_id", G::Tag, T::Id, false},
    {"tag_value", G::Tag, T::String, false},
    // User Parameters (user_id is already an event key)
    {"user_type", G::User, T::Enumeration, false},
    {"user_first_name", G::User, T::String, false},
    {"user_last_name", G::User, T::String, false},
    {"user_phone", G::User, T::String, false},
    {"user_email", G::User, T::String, false},
    {"user_username", G::User, T::String, false},
    {"user_show_calendar", G::User, T::Enumeration, false},
    {"user_password", G::User, T::String, false},
    // Account Parameters
    {"account_id", G::Account, T::Id, false},
    {"account_type", G::Account, T::Enumeration, false},
    {"account_first_name", G::Account, T::String, false},
    {"account_last_name", G::Account, T::String, false},
    {"account_owner_name", G::Account, T::String, false},
    {"account_company_name", G::Account, T::String, false},
    {"account_addr1", G::Account, T::String, false},
    {"account_addr2", G::Account, T::String, false},
    {"account_addr3", G::Account, T::String, false},
    {"account_office_phone", G::Account, T::String, false},
    {"account_phone", G::Account, T::String, false},
    {"account_email", G::Account, T::String, false},
    {"account_username", G::Account, T::String, true},   // CRuD: no update
    {"account_web_key", G::Account, T::String, true},    // cRud
    {"account_ctphone", G::Account, T::String, true},    // cRud
    {"account_return_phone", G::Account, T::Phone, false},
    {"account_return_text", G::Account, T::Phone, false},
    // Proposal Parameters
    {"proposal_id", G::Proposal, T::Id, false},
    {"proposal_type", G::Proposal, T::String, true},
    {"proposal_num", G::Proposal, T::String, true},
    {"estimator", G::Proposal, T::String, true},
    {"production_manager", G::Proposal, T::String, true},
    {"proposal_notes", G::Proposal, T::String, true},
    {"work_notes", G::Proposal, T::String, true},
    {"final_price", G::Proposal, T::String, true},
    {"discount", G::Proposal, T::String, true},
    {"job_start_date", G::Proposal, T::String, true},
    {"job_end_date", G::Proposal, T::String, true},
    {"line_item_detail", G::Proposal, T::List, true},
    {"prepparation_proceedures", G::Proposal, T::String, true},   // the document's spelling
    {"painting_proceedures", G::Proposal, T::String, true},
    {"specific_notes", G::Proposal, T::String, true},
    {"client_notes", G::Proposal, T::String, true},
    {"foreman_notes", G::Proposal, T::String, true},
    {"other_notes", G::Proposal, T::String, true},
    {"recommended_products", G::Proposal, T::List, true},
    // Proposal Payment Parameters (proposal_id is already a proposal key)
    {"proposal_number", G::Payment, T::String, true},
    {"payday", G::Payment, T::PaymentDate, true},
    {"amount", G::Payment, T::Decimal, true},
    {"type", G::Payment, T::Enumeration, true},
    {"status", G::Payment, T::Enumeration, true},
    {"created_date", G::Payment, T::PaymentDate, false},   // a read_proposal_payments query key
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void everyDocumentKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<ParameterGroup>("group");
        QTest::addColumn<ValueType>("type");
        QTest::addColumn<bool>("readOnly");
        for (const DocKey &k : documentKeys)
            QTest::newRow(k.key) << QString::fromLatin1(k.key) << k.group << k.type << k.readOnly;
    }

    void everyDocumentKey()
    {
        QFETCH(QString, key);
        QFETCH(ParameterGroup, group);
        QFETCH(ValueType, type);
        QFETCH(bool, readOnly);

        const ParameterSpec *spec = ParameterSchema::find(key);
        QVERIFY2(spec, qPrintable(u"not in the schema: "_s + key));
        QCOMPARE(spec->key, key);
        QCOMPARE(spec->group, group);
        QCOMPARE(spec->type, type);
        QCOMPARE(spec->readOnly, readOnly);
        QCOMPARE(spec->writeOnly, key == u"user_password");
        // Enumerations carry their values and one label per value; nothing else does.
        QCOMPARE(spec->allowedValues.isEmpty(), type != ValueType::Enumeration);
        QCOMPARE(spec->valueLabels.size(), spec->allowedValues.size());
        // Reserved client keys are exactly the Client Parameters table.
        QCOMPARE(ParameterSchema::isReservedClientKey(key), group == ParameterGroup::Client);
    }

    void noKeyBeyondTheDocumentAndNoDuplicates()
    {
        QSet<QString> documented;
        for (const DocKey &k : documentKeys)
            documented.insert(QString::fromLatin1(k.key));
        QCOMPARE(documented.size(), int(std::size(documentKeys)));

        QSet<QString> seen;
        for (const ParameterSpec &spec : ParameterSchema::all()) {
            QVERIFY2(!seen.contains(spec.key), qPrintable(u"duplicate key "_s + spec.key));
            seen.insert(spec.key);
            QVERIFY2(documented.contains(spec.key), qPrintable(u"key not in the document: "_s + spec.key));
            QCOMPARE(ParameterSchema::find(spec.key), &spec);
        }
        QCOMPARE(seen, documented);
    }

    void documentOrder()
    {
        // The validator reports the first failing key in this order, so it must be the document's.
        const QList<ParameterSpec> &all = ParameterSchema::all();
        QCOMPARE(all.size(), qsizetype(std::size(documentKeys)));
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).key, QString::fromLatin1(documentKeys[i].key));
    }

    void reservedClientKeys()
    {
        QCOMPARE(ParameterSchema::group(ParameterGroup::Client).size(), 45);
        for (const ParameterSpec &spec : ParameterSchema::group(ParameterGroup::Client))
            QVERIFY(ParameterSchema::isReservedClientKey(spec.key));
        QVERIFY(!ParameterSchema::isReservedClientKey(u"favourite_colour"));
        QVERIFY(!ParameterSchema::isReservedClientKey(u"user_id"));
        QVERIFY(!ParameterSchema::isReservedClientKey(u"limit"));
        QVERIFY(!ParameterSchema::isReservedClientKey(u"Phone"));   // keys are case sensitive
    }

    void unknownKeys()
    {
        QVERIFY(!ParameterSchema::find(u"favourite_colour"));
        QVERIFY(!ParameterSchema::find(u""));
        QVERIFY(!ParameterSchema::find(u"FIRSTNAME"));
        QVERIFY(!ParameterSchema::find(u"note"));
    }

    void enumerations_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("labels");   // empty: the labels are the values

        const QStringList yesNo = {u"1"_s, u"0"_s};
        const QStringList contactTypes = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
        const QStringList contactLabels = {u"Client"_s, u"Employee"_s, u"Partner"_s, u"Vendor"_s, u"Other"_s};
        QTest::newRow("smsok") << u"smsok"_s << yesNo << QStringList{};
        QTest::newRow("deal_closed") << u"deal_closed"_s << yesNo << QStringList{};
        QTest::newRow("gender") << u"gender"_s << QStringList{u"M"_s, u"F"_s} << QStringList{u"Male"_s, u"Female"_s};
        QTest::newRow("home_owner_status") << u"home_owner_status"_s << QStringList{u"Own"_s, u"Rent"_s}
                                           << QStringList{u"Own"_s, u"Rent"_s};
        QTest::newRow("material_status") << u"material_status"_s
                                         << QStringList{u"Single"_s, u"Married"_s, u"Divorced"_s}
                                         << QStringList{u"Single"_s, u"Married"_s, u"Divorced"_s};
        QTest::newRow("presence_of_children") << u"presence_of_children"_s << yesNo << QStringList{};
        QTest::newRow("presence_of_pets") << u"presence_of_pets"_s << yesNo << QStringList{};
        QTest::newRow("new_lead_notification") << u"new_lead_notification"_s
                                               << QStringList{u"0"_s, u"1"_s, u"2"_s} << QStringList{};
        QTest::newRow("contact_type") << u"contact_type"_s << contactTypes << contactLabels;
        QTest::newRow("action_plan_type") << u"action_plan_type"_s
                                          << QStringList{u"Connection"_s, u"Conversion"_s, u"Retention"_s}
                                          << QStringList{u"Connection"_s, u"Conversion"_s, u"Retention"_s};
        QTest::newRow("sales_cycle_active_status") << u"sales_cycle_active_status"_s << yesNo << QStringList{};
        QTest::newRow("sales_cycle_contact_type") << u"sales_cycle_contact_type"_s << contactTypes << contactLabels;
        QTest::newRow("event_type") << u"event_type"_s
                                    << QStringList{u"Call"_s, u"Contact Reminder"_s, u"Appointment"_s}
                                    << QStringList{u"Call"_s, u"Contact Reminder"_s, u"Appointment"_s};
        QTest::newRow("exclude_contact") << u"exclude_contact"_s << yesNo << QStringList{};
        QTest::newRow("user_type") << u"user_type"_s << QStringList{u"Standard"_s, u"Admin"_s}
                                   << QStringList{u"Standard"_s, u"Admin"_s};
        QTest::newRow("user_show_calendar") << u"user_show_calendar"_s << yesNo << QStringList{};
        QTest::newRow("account_type") << u"account_type"_s << QStringList{u"Standard"_s, u"Multi-level"_s}
                                      << QStringList{u"Standard"_s, u"Multi-level"_s};
        QTest::newRow("type") << u"type"_s << QStringList{u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s}
                              << QStringList{u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s};
        QTest::newRow("status") << u"status"_s << QStringList{u"Deposit"_s, u"Progress"_s, u"Final"_s}
                                << QStringList{u"Deposit"_s, u"Progress"_s, u"Final"_s};
    }

    void enumerations()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(QStringList, labels);

        const ParameterSpec *spec = ParameterSchema::find(key);
        QVERIFY(spec);
        QCOMPARE(spec->type, ValueType::Enumeration);
        QCOMPARE(spec->allowedValues, values);
        QCOMPARE(spec->valueLabels.size(), values.size());
        if (!labels.isEmpty())
            QCOMPARE(spec->valueLabels, labels);
        for (qsizetype i = 0; i < values.size(); ++i) {
            QVERIFY(!spec->valueLabels.at(i).isEmpty());
            QCOMPARE(ParameterSchema::labelFor(key, values.at(i)), spec->valueLabels.at(i));
        }
    }

    void everyEnumerationIsCovered()
    {
        int enumerations = 0;
        for (const ParameterSpec &spec : ParameterSchema::all())
            enumerations += spec.type == ValueType::Enumeration ? 1 : 0;
        QCOMPARE(enumerations, 19);   // the rows of enumerations_data
    }

    void labels()
    {
        // contact_type: DB values 1..5, UI text Client, Employee, Partner, Vendor, Other.
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"1"), u"Client"_s);
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"2"), u"Employee"_s);
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"3"), u"Partner"_s);
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"4"), u"Vendor"_s);
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"5"), u"Other"_s);
        QCOMPARE(ParameterSchema::labelFor(u"sales_cycle_contact_type", u"2"), u"Employee"_s);
        QCOMPARE(ParameterSchema::labelFor(u"gender", u"F"), u"Female"_s);
        // A value outside the enumeration, or a key without labels, reads as itself.
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"6"), u"6"_s);
        QCOMPARE(ParameterSchema::labelFor(u"contact_type", u"Client"), u"Client"_s);
        QCOMPARE(ParameterSchema::labelFor(u"firstName", u"Ann"), u"Ann"_s);
        QCOMPARE(ParameterSchema::labelFor(u"no_such_key", u"x"), u"x"_s);
        // new_lead_notification: 0 none (default), 1 software, 2 all three.
        QVERIFY(ParameterSchema::labelFor(u"new_lead_notification", u"0").contains(u"No", Qt::CaseInsensitive));
        QVERIFY(ParameterSchema::labelFor(u"new_lead_notification", u"2").contains(u"Email", Qt::CaseInsensitive));
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("smsok") << u"smsok"_s << u"1"_s;
        QTest::newRow("contact_type") << u"contact_type"_s << u"1"_s;
        QTest::newRow("new_lead_notification") << u"new_lead_notification"_s << u"0"_s;
        QTest::newRow("action_plan_id") << u"action_plan_id"_s << u"0"_s;
        QTest::newRow("limit") << u"limit"_s << u"100"_s;
        QTest::newRow("offset") << u"offset"_s << u"0"_s;
        QTest::newRow("sales_cycle_contact_type") << u"sales_cycle_contact_type"_s << u"1"_s;
        QTest::newRow("exclude_contact") << u"exclude_contact"_s << u"0"_s;
        QTest::newRow("user_show_calendar") << u"user_show_calendar"_s << u"0"_s;
    }

    void defaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const ParameterSpec *spec = ParameterSchema::find(key);
        QVERIFY(spec);
        QCOMPARE(spec->defaultValue, value);
        if (spec->type == ValueType::Enumeration)
            QVERIFY(spec->allowedValues.contains(value));
    }

    void onlyDocumentedDefaults()
    {
        const QSet<QString> withDefault = {u"smsok"_s, u"contact_type"_s, u"new_lead_notification"_s,
                                           u"action_plan_id"_s, u"limit"_s, u"offset"_s,
                                           u"sales_cycle_contact_type"_s, u"exclude_contact"_s,
                                           u"user_show_calendar"_s};
        for (const ParameterSpec &spec : ParameterSchema::all())
            QCOMPARE(!spec.defaultValue.isEmpty(), withDefault.contains(spec.key));
    }

    void limitIsAtMost100()
    {
        const ParameterSpec *limit = ParameterSchema::find(u"limit");
        QVERIFY(limit);
        QCOMPARE(limit->maxValue, 100);
        QCOMPARE(limit->minValue, 1);
        const ParameterSpec *offset = ParameterSchema::find(u"offset");
        QVERIFY(offset);
        QCOMPARE(offset->maxValue, 0);   // no maximum
        QCOMPARE(offset->minValue, 0);
    }

    void readOnlyKeys()
    {
        QStringList readOnly;
        for (const ParameterSpec &spec : ParameterSchema::all()) {
            if (spec.readOnly)
                readOnly.append(spec.key);
        }
        // Read only or cRud in the document, plus the proposal/payment tables (no write calls).
        QVERIFY(readOnly.contains(u"action_plan_link_name"_s));
        QVERIFY(readOnly.contains(u"action_plan_next_plan_name"_s));
        QVERIFY(readOnly.contains(u"account_web_key"_s));
        QVERIFY(readOnly.contains(u"account_ctphone"_s));
        QVERIFY(readOnly.contains(u"account_username"_s));
        QVERIFY(readOnly.contains(u"lead_source_web_key"_s));
        QVERIFY(!readOnly.contains(u"user_password"_s));
        QVERIFY(!readOnly.contains(u"created_date"_s));
        QVERIFY(!readOnly.contains(u"proposal_id"_s));
        for (const ParameterSpec &spec : ParameterSchema::all())
            QVERIFY2(!(spec.readOnly && spec.group == ParameterGroup::Client),
                     qPrintable(u"a client key cannot be read only: "_s + spec.key));
    }

    void expansionKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("custom") << u"favourite_colour"_s << true;
        QTest::newRow("camel") << u"PetName"_s << true;
        QTest::newRow("digits") << u"field2"_s << true;
        QTest::newRow("one letter") << u"x"_s << true;
        QTest::newRow("64 chars") << (u"a"_s + QString(63, u'b')) << true;
        QTest::newRow("65 chars") << (u"a"_s + QString(64, u'b')) << false;
        QTest::newRow("reserved phone") << u"phone"_s << false;
        QTest::newRow("reserved firstName") << u"firstName"_s << false;
        QTest::newRow("reserved contact_type") << u"contact_type"_s << false;
        // Only the Client Parameters table is reserved: other tables' names are custom fields.
        QTest::newRow("payment type") << u"type"_s << true;
        QTest::newRow("payment status") << u"status"_s << true;
        QTest::newRow("user_id") << u"user_id"_s << true;
        QTest::newRow("case differs") << u"Phone"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading digit") << u"1field"_s << false;
        QTest::newRow("leading underscore") << u"_field"_s << false;
        QTest::newRow("space") << u"pet name"_s << false;
        QTest::newRow("dash") << u"pet-name"_s << false;
        QTest::newRow("dot") << u"pet.name"_s << false;
        QTest::newRow("bracket") << u"pet[name]"_s << false;
        QTest::newRow("trailing newline") << u"pet\n"_s << false;
        QTest::newRow("non-ascii") << u"café"_s << false;
    }

    void expansionKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(ParameterSchema::isValidExpansionKey(key), valid);
        QCOMPARE(ParameterSchema::ExpansionMaxLength, 100);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
