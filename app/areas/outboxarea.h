// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

// The Outbox: every queued edit in the order it will be sent, with retry, edit, discard and
// conflicts. Its model is the session's (every area may describe its own entries in it).
class OutboxArea : public WorkArea
{
    Q_OBJECT

public:
    using WorkArea::WorkArea;

    QString id() const override { return QStringLiteral("outbox"); }
    QString title() const override { return tr("Outbox"); }
    QWidget *createPage(const AreaContext &context) override;
};
