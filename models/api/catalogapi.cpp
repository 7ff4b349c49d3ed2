// SPDX-License-Identifier: MIT
#include "catalogapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *TagsApi::create(const QString &tagValue) const
{
    return send(Call::CreateTag, {{u"tag_value"_s, tagValue}});
}

ApiReply *TagsApi::readList() const
{
    return send(Call::ReadTagsList);
}

ApiReply *LeadSourcesApi::create(const QString &name, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"lead_source_name"_s, name);
    return send(Call::CreateLeadSource, p);
}

ApiReply *LeadSourcesApi::readList() const
{
    return send(Call::ReadLeadSourceList);
}

ApiReply *LeadSourcesApi::update(const QString &leadSourceId, const QString &name, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"lead_source_id"_s, leadSourceId);
    p.insert(u"lead_source_name"_s, name);
    return send(Call::UpdateLeadSourceById, p);
}

ApiReply *LeadSourcesApi::remove(const QString &leadSourceId) const
{
    return send(Call::DeleteLeadSourceById, {{u"lead_source_id"_s, leadSourceId}});
}

ApiReply *SalesCyclesApi::create(const QString &name, const QString &activeStatus, int order,
                                 const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"sales_cycle_name"_s, name);
    p.insert(u"sales_cycle_active_status"_s, activeStatus);
    p.insert(u"sales_cycle_order"_s, QString::number(order));
    return send(Call::CreateSalesCycle, p);
}

ApiReply *SalesCyclesApi::readList() const
{
    return send(Call::ReadSalesCycleList);
}

ApiReply *SalesCyclesApi::update(const QString &salesCycleId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"sales_cycle_id"_s, salesCycleId);
    return send(Call::UpdateSalesCycleById, p);
}

ApiReply *SalesCyclesApi::remove(const QString &salesCycleId) const
{
    return send(Call::DeleteSalesCycleById, {{u"sales_cycle_id"_s, salesCycleId}});
}

ApiReply *ActionPlansApi::create(const QString &name, const QString &type, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"action_plan_name"_s, name);
    p.insert(u"action_plan_type"_s, type);
    return send(Call::CreateActionPlan, p);
}

ApiReply *ActionPlansApi::readById(const QString &actionPlanId) const
{
    return send(Call::ReadActionPlanById, {{u"action_plan_id"_s, actionPlanId}});
}

ApiReply *ActionPlansApi::readList(const QString &namePrefix) const
{
    return send(Call::ReadActionPlanList, with({}, u"action_plan_name"_s, namePrefix));
}

ApiReply *ActionPlansApi::update(const QString &actionPlanId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"action_plan_id"_s, actionPlanId);
    return send(Call::UpdateActionPlanById, p);
}

} // namespace ct::api
