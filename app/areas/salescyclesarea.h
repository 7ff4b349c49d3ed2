// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

class PipelineArea;

// Sales cycles: create, rename, order and delete the pipeline's stages (the model is the
// Pipeline area's); "show the contacts" of a cycle opens the contact list filtered by it.
class SalesCyclesArea : public WorkArea
{
    Q_OBJECT

public:
    SalesCyclesArea(AccountSession &session, PipelineArea &pipeline);

    QString id() const override { return QStringLiteral("salesCycles"); }
    QString title() const override { return tr("Sales cycles"); }
    QWidget *createPage(const AreaContext &context) override;

private:
    PipelineArea &m_pipeline;
};
