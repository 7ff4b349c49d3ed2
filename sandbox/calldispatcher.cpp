// SPDX-License-Identifier: MIT
#include "calldispatcher.h"

#include "handlers/accounthandlers.h"
#include "handlers/actionplanhandlers.h"
#include "handlers/activityhandlers.h"
#include "handlers/answers.h"
#include "handlers/cataloghandlers.h"
#include "handlers/clienthandlers.h"
#include "handlers/proposalhandlers.h"
#include "handlers/userhandlers.h"

#include "api/validator.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox {

CallDispatcher::CallDispatcher(SandboxStore &store)
    : m_store(store)
{
    ClientHandlers::registerAll(m_handlers);
    ActivityHandlers::registerAll(m_handlers);
    CatalogHandlers::registerAll(m_handlers);
    ActionPlanHandlers::registerAll(m_handlers);
    UserHandlers::registerAll(m_handlers);
    AccountHandlers::registerAll(m_handlers);
    ProposalHandlers::registerAll(m_handlers);
}

QJsonObject CallDispatcher::dispatch(const Account &account, const ct::api::CallSpec &call,
                                     const ct::api::ApiParams &params)
{
    const ct::api::ApiResult check = ct::api::Validator::check(call, params);
    if (!check.ok())
        return Answers::fromCheck(check);
    const auto handler = m_handlers.constFind(call.name);
    if (handler == m_handlers.constEnd())
        return Answers::code(ct::api::CtCode::NotFound);

    const CallContext ctx{m_store, account, call, params};
    if (!call.isWrite())
        return (*handler)(ctx);

    m_store.transaction();
    const QJsonObject answer = (*handler)(ctx);
    const QString code = answer.contains(u"ResultCode"_s) ? answer.value(u"ResultCode"_s).toString()
                                                          : answer.value(u"resultCode"_s).toString();
    if (ct::api::parseCtCode(code) == ct::api::CtCode::Success)
        m_store.commit();
    else
        m_store.rollback();
    return answer;
}

QStringList CallDispatcher::unhandledCalls() const
{
    QStringList missing;
    for (const ct::api::CallSpec &call : ct::api::callTable()) {
        if (!m_handlers.contains(call.name))
            missing.append(call.name);
    }
    return missing;
}

} // namespace ct::sandbox
