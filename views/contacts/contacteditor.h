// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class CustomFieldsEditor;
class FieldWidget;
class QScrollArea;

// Shows one contact as a form built from the parameter schema, checks every value at its
// field before anything is queued, and tells what the user changed (or, for a new contact,
// what to create). It never calls the network: the caller queues what it returns.
//
// Every editor's objectName is its key and its accessibleName the field's label; the line
// under it that gives the reason a value is refused is "<key>Error".
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactEditor(QWidget *parent = nullptr);   // starts as a new contact
    ~ContactEditor() override;

    // A contact as read from the server (values are strings). Keys outside the Client
    // Parameters table are its custom fields. Stored values that break the rules are marked.
    void setRecord(const QJsonObject &serverRecord);
    // An empty form with the schema's defaults; first and last name are required.
    void setNewContact();
    bool isNewContact() const { return m_newContact; }

    // The records an id field picks from (action_plan_id, sales_cycle_id, lead_source_id,
    // assigned_user_id): id -> name, as the caller read them. The shown value is kept.
    void setChoices(const QString &key, const QList<QPair<QString, QString>> &choices);

    // Edit mode: only the fields whose value differs from the record given to setRecord.
    ct::api::ApiParams changedFields() const;
    // What the record held for those fields when the user saw it (the outbox's conflict check).
    ct::api::ApiParams baseValuesOf(const ct::api::ApiParams &changed) const;
    // New-contact mode: every field with a value, for create_client.
    ct::api::ApiParams fieldsForCreate() const;
    // The action plan was changed: the server removes the contact's pending actions.
    bool actionPlanChanged() const;

    // Marks every field that breaks a rule and focuses the first one that would be sent.
    bool validate();
    // The first field, in form order, whose value would be sent and is refused; empty if none.
    // A stored value the user did not touch is marked but not sent, so it does not count.
    QString firstInvalidKey() const;

    QString value(const QString &key) const;    // a standard or custom field's wire value
    QStringList keys() const { return m_order; }   // the standard fields, in form order
    FieldWidget *field(const QString &key) const { return m_fields.value(key); }
    CustomFieldsEditor *customFields() const { return m_custom; }

Q_SIGNALS:
    void edited();   // the user changed something

private:
    void build();
    void check(const QString &key);
    QString problemFor(const QString &key) const;
    bool isChanged(const QString &key) const;
    bool wouldBeSent(const QString &key) const;
    bool isLocked(const QString &key) const;
    void showStoredProblems();
    void showServerFilled(bool newContact);

    QHash<QString, FieldWidget *> m_fields;
    QStringList m_order;
    CustomFieldsEditor *m_custom = nullptr;
    QScrollArea *m_scroll = nullptr;
    bool m_newContact = false;
    ct::api::ApiParams m_record;    // the record's values as strings
    ct::api::ApiParams m_initial;   // what each widget held right after setRecord
};
