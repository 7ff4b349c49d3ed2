// SPDX-License-Identifier: MIT
#include "contacteditorlayout.h"

#include "calllabels.h"

#include "api/parameterschema.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace ContactEditorLayout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactEditor", text);
}

// Where the shared field labels read like the document's keys rather than like the console.
struct Label { const char *key; const char *text; };
const Label labels[] = {
    {"smsok", QT_TRANSLATE_NOOP("ContactEditor", "Texts allowed")},
    {"job_title", QT_TRANSLATE_NOOP("ContactEditor", "Job title")},
    {"external_id", QT_TRANSLATE_NOOP("ContactEditor", "External id")},
    {"facebook", QT_TRANSLATE_NOOP("ContactEditor", "Facebook profile")},
    {"linkedin", QT_TRANSLATE_NOOP("ContactEditor", "LinkedIn profile")},
    {"twitter", QT_TRANSLATE_NOOP("ContactEditor", "Twitter")},
    // The document's key has a typo; the values are Single, Married, Divorced.
    {"material_status", QT_TRANSLATE_NOOP("ContactEditor", "Marital status")},
    {"home_owner_status", QT_TRANSLATE_NOOP("ContactEditor", "Home owner")},
    {"presence_of_children", QT_TRANSLATE_NOOP("ContactEditor", "Children")},
    {"presence_of_pets", QT_TRANSLATE_NOOP("ContactEditor", "Pets")},
    {"anniversary_1", QT_TRANSLATE_NOOP("ContactEditor", "Anniversary")},
    {"anniversary_2", QT_TRANSLATE_NOOP("ContactEditor", "Second anniversary")},
    {"deal_closed", QT_TRANSLATE_NOOP("ContactEditor", "Deal closed")},
    {"contact_type", QT_TRANSLATE_NOOP("ContactEditor", "Contact type")},
    {"action_plan_id", QT_TRANSLATE_NOOP("ContactEditor", "Action plan")},
    {"sales_cycle_id", QT_TRANSLATE_NOOP("ContactEditor", "Sales cycle")},
    {"lead_source_id", QT_TRANSLATE_NOOP("ContactEditor", "Lead source")},
    {"assigned_user_id", QT_TRANSLATE_NOOP("ContactEditor", "Assigned user")},
    {"new_lead_notification", QT_TRANSLATE_NOOP("ContactEditor", "New lead notice")},
    {"creation_date", QT_TRANSLATE_NOOP("ContactEditor", "Created")},
    {"clients_date_last", QT_TRANSLATE_NOOP("ContactEditor", "Last date")},
    {"clients_date_next", QT_TRANSLATE_NOOP("ContactEditor", "Next date")},
    {"client_category", QT_TRANSLATE_NOOP("ContactEditor", "Category")},
    {"tag", QT_TRANSLATE_NOOP("ContactEditor", "Tags")},
};

} // namespace

QList<Section> sections()
{
    QList<Section> out = {
        {u"identity"_s, tr("Identity"),
         {u"client_id"_s, u"firstName"_s, u"lastName"_s, u"compName"_s, u"job_title"_s, u"external_id"_s}},
        {u"contact"_s, tr("Contact"),
         {u"phone"_s, u"second_phone"_s, u"smsok"_s, u"email"_s, u"facebook"_s, u"linkedin"_s, u"twitter"_s}},
        {u"address"_s, tr("Address"), {u"address"_s, u"city"_s, u"state"_s, u"zip"_s}},
        {u"deal"_s, tr("Deal"), {u"deal_size"_s, u"deal_closed"_s}},
        {u"crm"_s, tr("CRM"),
         {u"contact_type"_s, u"action_plan_id"_s, u"sales_cycle_id"_s, u"lead_source_id"_s,
          u"assigned_user_id"_s, u"new_lead_notification"_s, u"creation_date"_s, u"clients_date_last"_s,
          u"clients_date_next"_s, u"client_category"_s, u"tag"_s, u"whiteboard"_s}},
        {u"demographics"_s, tr("Demographics"),
         {u"age"_s, u"gender"_s, u"education"_s, u"occupation"_s, u"material_status"_s,
          u"home_owner_status"_s, u"household_income"_s, u"high_net_worth"_s, u"length_of_residence"_s,
          u"market_value"_s, u"presence_of_children"_s, u"presence_of_pets"_s, u"anniversary_1"_s,
          u"anniversary_2"_s}},
    };
    QSet<QString> placed;
    for (const Section &s : std::as_const(out)) {
        for (const QString &key : s.keys)
            placed.insert(key);
    }
    Section other{u"other"_s, tr("Other"), {}};
    for (const ct::api::ParameterSpec &spec : ct::api::ParameterSchema::group(ct::api::ParameterGroup::Client)) {
        if (!placed.contains(spec.key))
            other.keys.append(spec.key);
    }
    if (!other.keys.isEmpty())
        out.append(other);
    return out;
}

QString label(const QString &key)
{
    for (const Label &l : labels) {
        if (key == QLatin1StringView(l.key))
            return QCoreApplication::translate("ContactEditor", l.text);
    }
    return ct::models::CallLabels::fieldLabel(key);
}

FieldWidgets::Shape shape(const QString &key)
{
    if (key == u"whiteboard"_s)
        return FieldWidgets::Shape::MultiLine;
    // Records of the account the caller lists by name (setChoices); client_id is the contact's own.
    if (key == u"action_plan_id"_s || key == u"sales_cycle_id"_s || key == u"lead_source_id"_s
        || key == u"assigned_user_id"_s)
        return FieldWidgets::Shape::ChoiceList;
    return FieldWidgets::Shape::Default;
}

QString filledByServer(const QString &key)
{
    // The document: creation_date "Defaults to Today if not provided".
    return key == u"creation_date"_s ? tr("Today") : QString();
}

} // namespace ContactEditorLayout
