// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "fieldproblemlabels.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ct::models { class ActionPlanEditing; class ActionPlansModel; class NameLookup; }

// One action plan's form, new or existing: name, type, the lead source (Connection) or sales
// cycle (Conversion) it is linked to, and the plan that follows it. Saving queues the plan
// through ActionPlanEditing; a value that cannot go is named at its field and the form stays.
class ActionPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // plans: the plans that may follow this one, and those already linked to a lead source.
    ActionPlanDialog(ct::models::ActionPlanEditing *editing, ct::models::NameLookup *names,
                     const ct::models::ActionPlansModel *plans, QWidget *parent = nullptr);

    // Edits an existing plan (its record key and fields); without it the form makes a new one.
    void setPlan(const QString &recordKey, const QJsonObject &plan);
    // Shows why a field's value was refused (the server's verdict on an earlier save).
    void showProblem(const QString &key, const QString &message);

    // The form's values as the API's parameters.
    ct::api::ApiParams values() const;
    // The local key of the plan this form created, once saved.
    QString createdKey() const { return m_createdKey; }

    void accept() override;

private:
    void fillLinks();
    void updateLinkWarning();

    QPointer<ct::models::ActionPlanEditing> m_editing;
    QPointer<ct::models::NameLookup> m_names;
    const ct::models::ActionPlansModel *m_plans;   // the session's; outlives this short-lived form
    QString m_recordKey;
    QJsonObject m_plan;
    QString m_linkType;   // the type the link choices were filled for
    QString m_createdKey;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_linkLabel = nullptr;
    QComboBox *m_link = nullptr;
    QComboBox *m_next = nullptr;
    QLabel *m_linkWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldProblemLabels m_problems;
};
