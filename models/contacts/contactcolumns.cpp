// SPDX-License-Identifier: MIT
#include "contactcolumns.h"

#include "api/parameterschema.h"
#include "contactstore.h"
#include "namelookup.h"

#include <QDate>
#include <QLocale>

namespace ct::models {

namespace {

QString formatPhone(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
}

QString joined(const QString &a, const QString &b, QStringView separator)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + separator.toString() + b;
}

} // namespace

QString ContactColumns::title(int column)
{
    switch (Column(column)) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Email: return tr("Email");
    case Company: return tr("Company");
    case CityState: return tr("City/State");
    case ContactType: return tr("Type");
    case SalesCycle: return tr("Sales cycle");
    case LeadSource: return tr("Lead source");
    case AssignedUser: return tr("Assigned to");
    case Tags: return tr("Tags");
    case Created: return tr("Created");
    case ActionPlan: return tr("Action plan");
    case Count: break;
    }
    return {};
}

const char *ContactColumns::sourceKey(int column)
{
    switch (Column(column)) {
    case Phone: return "phone";
    case Email: return "email";
    case Company: return "compName";
    case ContactType: return "contact_type";
    case SalesCycle: return "sales_cycle_id";
    case LeadSource: return "lead_source_id";
    case AssignedUser: return "assigned_user_id";
    case Tags: return "tag";
    case Created: return "creation_date";
    case ActionPlan: return "action_plan_id";
    default: return "";
    }
}

QString ContactColumns::text(int row, int column) const
{
    const ContactStore &s = *m_store;
    switch (Column(column)) {
    case Name: return joined(s.text(row, "firstName"), s.text(row, "lastName"), u" ");
    case Phone: return formatPhone(s.text(row, "phone"));
    case Email: return s.text(row, "email");
    case Company: return s.text(row, "compName");
    case CityState: return joined(s.text(row, "city"), s.text(row, "state"), u", ");
    case ContactType: {
        const QString code = s.text(row, "contact_type");
        return code.isEmpty() ? QString() : ct::api::ParameterSchema::labelFor(u"contact_type", code);
    }
    case SalesCycle: return m_names->name(NameLookup::SalesCycle, s.field(row, s.keyId("sales_cycle_id")));
    case LeadSource: return m_names->name(NameLookup::LeadSource, s.field(row, s.keyId("lead_source_id")));
    case AssignedUser: return m_names->name(NameLookup::User, s.field(row, s.keyId("assigned_user_id")));
    case ActionPlan: return m_names->name(NameLookup::ActionPlan, s.field(row, s.keyId("action_plan_id")));
    case Tags: return s.text(row, "tag").split(u',', Qt::SkipEmptyParts).join(u", ");
    case Created: {
        const QString raw = s.text(row, "creation_date");
        const QDate date = QDate::fromString(raw, u"yyyy:MM:dd");
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : raw;
    }
    case Count: break;
    }
    return {};
}

QByteArray ContactColumns::sortKey(int row, int column) const
{
    switch (Column(column)) {
    case Phone: return m_store->field(row, m_store->keyId("phone")).toByteArray();
    case Created: return m_store->field(row, m_store->keyId("creation_date")).toByteArray();
    case Name:
        // Sorted the way a directory is: last name, then first name.
        return QString(m_store->text(row, "lastName") + QChar(1) + m_store->text(row, "firstName")).toLower().toUtf8();
    default: return text(row, column).toLower().toUtf8();
    }
}

} // namespace ct::models
