// SPDX-License-Identifier: MIT
#include "catalogapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *TagsApi::create(const QString &tagValue) const
{
    return send(u"create_tag"_s, {{u"tag_value"_s, tagValue}});
}

ApiReply *TagsApi::readList() const
{
    return send(u"read_tags_list"_s);
}

ApiReply *LeadSourcesApi::create(const QString &name, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"lead_source_name"_s, name);
    return send(u"create_lead_source"_s, p);
}

ApiReply *LeadSourcesApi::readList() const
{
    return send(u"read_lead_source_list"_s);
}

ApiReply *LeadSourcesApi::update(const QString &leadSourceId, const QString &name, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"lead_source_id"_s, leadSourceId);
    p.insert(u"lead_source_name"_s, name);
    return send(u"update_lead_source_by_id"_s, p);
}

ApiReply *LeadSourcesApi::remove(const QString &leadSourceId) const
{
    return send(u"delete_lead_source_by_id"_s, {{u"lead_source_id"_s, leadSourceId}});
}

ApiReply *SalesCyclesApi::create(const QString &name, const QString &activeStatus, int order,
                                 const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"sales_cycle_name"_s, name);
    p.insert(u"sales_cycle_active_status"_s, activeStatus);
    p.insert(u"sales_cycle_order"_s, QString::number(order));
    return send(u"create_sales_cycle"_s, p);
}

ApiReply *SalesCyclesApi::readList() const
{
    return send(u"read_sales_cycle_list"_s);
}

ApiReply *SalesCyclesApi::update(const QString &salesCycleId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"sales_cycle_id"_s, salesCycleId);
    return send(u"update_sales_cycle_by_id"_s, p);
}

ApiReply *SalesCyclesApi::remove(const QString &salesCycleId) const
{
    return send(u"delete_sales_cycle_by_id"_s, {{u"sales_cycle_id"_s, salesCycleId}});
}

ApiReply *ActionPlansApi::create(const QString &name, const QString &type, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"action_plan_name"_s, name);
    p.insert(u"action_plan_type"_s, type);
    return send(u"create_action_plan"_s, p);
}

ApiReply *ActionPlansApi::readById(const QString &actionPlanId) const
{
    return send(u"read_action_plan_by_id"_s, {{u"action_plan_id"_s, actionPlanId}});
}

ApiReply *ActionPlansApi::readList(const QString &namePrefix) const
{
    return send(u"read_action_plan_list"_s, with({}, u"action_plan_name"_s, namePrefix));
}

ApiReply *ActionPlansApi::update(const QString &actionPlanId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"action_plan_id"_s, actionPlanId);
    return send(u"update_action_plan_by_id"_s, p);
}

} // namespace ct::api
