// SPDX-License-Identifier: MIT
#include "areas/outboxarea.h"

#include "accountsession.h"
#include "outboxview.h"

QWidget *OutboxArea::createPage(const AreaContext &)
{
    return new OutboxView(m_session.outboxModel(), m_session.replayer());
}
