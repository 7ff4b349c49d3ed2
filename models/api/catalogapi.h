// SPDX-License-Identifier: MIT
#pragma once

#include "entityapi.h"

// The account's lists that contacts refer to: tags, lead sources, sales cycles, action plans.
namespace ct::api {

// Tags: create and list (the API has no tag update or delete).
class TagsApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    ApiReply *create(const QString &tagValue) const;   // create_tag
    ApiReply *readList() const;                        // read_tags_list
};

// Lead sources; deleting one still used by clients answers CT512.
class LeadSourcesApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    ApiReply *create(const QString &name, const ApiParams &fields = {}) const;                      // create_lead_source
    ApiReply *readList() const;                                                                     // read_lead_source_list
    ApiReply *update(const QString &leadSourceId, const QString &name, const ApiParams &fields = {}) const; // update_lead_source_by_id
    ApiReply *remove(const QString &leadSourceId) const;                                            // delete_lead_source_by_id
};

// Sales cycles (pipeline stages); deleting one still used answers CT512.
class SalesCyclesApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    // create_sales_cycle; activeStatus is "1" (active path) or "0".
    ApiReply *create(const QString &name, const QString &activeStatus, int order, const ApiParams &fields = {}) const;
    ApiReply *readList() const;                                                      // read_sales_cycle_list
    ApiReply *update(const QString &salesCycleId, const ApiParams &fields) const;    // update_sales_cycle_by_id
    ApiReply *remove(const QString &salesCycleId) const;                             // delete_sales_cycle_by_id
};

// Action plans with their steps (the API has no action plan delete).
class ActionPlansApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    // create_action_plan; type is Connection, Conversion or Retention.
    ApiReply *create(const QString &name, const QString &type, const ApiParams &fields = {}) const;
    ApiReply *readById(const QString &actionPlanId) const;                           // read_action_plan_by_id
    ApiReply *readList(const QString &namePrefix = {}) const;                        // read_action_plan_list
    ApiReply *update(const QString &actionPlanId, const ApiParams &fields) const;    // update_action_plan_by_id
};

} // namespace ct::api
