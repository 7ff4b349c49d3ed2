// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class PipelineModel; class SalesCycleEditing; class SalesCyclesModel; }

// The pipeline board: every contact on its sales cycle's stage, moved by drag and drop. It owns
// the sales cycles (the Sales cycles area edits the same model), whose names it gives to the
// session's name lookup, renames and deletes at once.
class PipelineArea : public WorkArea
{
    Q_OBJECT

public:
    explicit PipelineArea(AccountSession &session);
    ~PipelineArea() override;

    QString id() const override { return QStringLiteral("pipeline"); }
    QString title() const override { return tr("Pipeline"); }
    QWidget *createPage(const AreaContext &context) override;
    void start() override;

    ct::models::SalesCyclesModel *salesCycles() const { return m_salesCycles.get(); }
    ct::models::SalesCycleEditing *salesCycleEditing() const { return m_salesCycleEditing.get(); }
    ct::models::PipelineModel *board() const { return m_board.get(); }

private:
    std::unique_ptr<ct::models::SalesCyclesModel> m_salesCycles;
    std::unique_ptr<ct::models::SalesCycleEditing> m_salesCycleEditing;
    std::unique_ptr<ct::models::PipelineModel> m_board;
};
