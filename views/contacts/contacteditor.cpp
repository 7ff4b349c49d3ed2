// SPDX-License-Identifier: MIT
#include "contacteditor.h"
#include "tagfield.h"

#include "contacteditorchecks.h"
#include "contacteditorlayout.h"
#include "customfieldseditor.h"
#include "fieldwidgets.h"

#include "api/parameterschema.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QJsonValue>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiParams;
using ct::api::ParameterSchema;

namespace {

const QString actionPlanKey = u"action_plan_id"_s;

// Records arrive with strings, but a drifting server may send numbers or booleans.
QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"1"_s : u"0"_s;
    default:
        return {};
    }
}

} // namespace

ContactEditor::ContactEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"contactEditor"_s);
    build();
    setNewContact();
}

ContactEditor::~ContactEditor()
{
    // Children going away must not call back into a half-destroyed editor.
    for (FieldWidget *f : std::as_const(m_fields))
        f->disconnect(this);
    m_custom->disconnect(this);
}

void ContactEditor::build()
{
    auto *content = new QWidget;
    content->setObjectName(u"contactEditorContent"_s);
    auto *grid = new QGridLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (const ContactEditorLayout::Section &section : ContactEditorLayout::sections()) {
        auto *box = new QGroupBox(section.title, content);
        // Suffixed: a section may share its name with a key ("address").
        box->setObjectName(section.name + u"Section"_s);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        for (const QString &key : section.keys) {
            const ct::api::ParameterSpec *spec = ParameterSchema::find(key);
            if (!spec)
                continue;
            const QString label = ContactEditorLayout::label(key);
            FieldWidget *field = FieldWidgets::create(*spec, label, ContactEditorLayout::shape(key), box);
            if (isLocked(key))
                field->setReadOnly(true);
            auto *caption = new QLabel(tr("%1:", "form label").arg(label), box);
            caption->setBuddy(field->editor());
            // Level with the editor's first line even when an error line grows below it.
            const int editorHeight = qMin(field->editor()->sizeHint().height(), field->editor()->maximumHeight());
            const bool tall = editorHeight > 3 * caption->fontMetrics().height();
            caption->setMinimumHeight(tall ? 0 : editorHeight);
            caption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            caption->setAlignment(Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
            form->addRow(caption, field);
            m_fields.insert(key, field);
            m_order.append(key);
            connect(field, &FieldWidget::edited, this, [this, field] {
                const QString key = field->key();
                // Typed text is judged when left, then follows each keystroke once marked.
                if (!field->isTyped() || !field->problem().isEmpty())
                    check(key);
                if (key == u"state"_s && !value(u"zip"_s).isEmpty())
                    check(u"zip"_s);
                Q_EMIT edited();
            });
            connect(field, &FieldWidget::left, this, [this, field] { check(field->key()); });
        }
        const bool rightColumn = section.name == u"crm"_s || section.name == u"demographics"_s;
        (rightColumn ? right : left)->addWidget(box);
    }

    auto *customBox = new QGroupBox(tr("Custom fields"), content);
    customBox->setObjectName(u"customSection"_s);
    auto *customLayout = new QVBoxLayout(customBox);
    m_custom = new CustomFieldsEditor(customBox);
    customLayout->addWidget(m_custom);
    left->addWidget(customBox);
    left->addStretch(1);
    right->addStretch(1);
    connect(m_custom, &CustomFieldsEditor::edited, this, &ContactEditor::edited);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"contactEditorScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void ContactEditor::setRecord(const QJsonObject &serverRecord)
{
    m_newContact = false;
    m_record.clear();
    ApiParams custom;
    for (auto it = serverRecord.constBegin(); it != serverRecord.constEnd(); ++it) {
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            continue;   // nothing a flat client field could hold
        m_record.insert(it.key(), text(it.value()));
        if (!ParameterSchema::isReservedClientKey(it.key()))
            custom.insert(it.key(), text(it.value()));
    }
    m_initial.clear();
    for (const QString &key : std::as_const(m_order)) {
        FieldWidget *field = m_fields.value(key);
        QString shown = m_record.value(key);
        // A list without "not set" shows what the server assumes for a missing value.
        if (shown.isEmpty() && !field->canBeEmpty())
            shown = ParameterSchema::find(key)->defaultValue;
        field->setValue(shown);
        m_initial.insert(key, field->value());
    }
    showServerFilled(false);
    m_custom->setFields(custom);
    showStoredProblems();
}

void ContactEditor::setNewContact()
{
    m_newContact = true;
    m_record.clear();
    m_initial.clear();
    for (const QString &key : std::as_const(m_order)) {
        FieldWidget *field = m_fields.value(key);
        field->setValue(ParameterSchema::find(key)->defaultValue);
        field->showProblem(QString());
        m_initial.insert(key, field->value());
    }
    showServerFilled(true);
    m_custom->setFields({});
}

void ContactEditor::setChoices(const QString &key, const QList<QPair<QString, QString>> &choices)
{
    if (auto *tags = qobject_cast<TagField *>(m_fields.value(key))) {
        QStringList names;
        for (const auto &choice : choices)
            names.append(choice.second);
        tags->setSuggestions(names);
        return;
    }
    auto *combo = qobject_cast<ComboField *>(m_fields.value(key));
    if (!combo)
        return;
    QList<ComboField::Option> options;
    options.reserve(choices.size());
    for (const auto &[id, name] : choices)
        options.append({id, name});
    combo->setOptions(options);
}

ApiParams ContactEditor::changedFields() const
{
    ApiParams out;
    for (const QString &key : m_order) {
        if (!isLocked(key) && isChanged(key))
            out.insert(key, value(key));
    }
    const ApiParams stored = m_custom->storedFields();
    const ApiParams current = m_custom->fields();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        // The sandbox, like the server as far as anyone has seen, treats an empty custom
        // value as removing the field: so a removed custom field is sent empty.
        if (!current.contains(it.key()))
            out.insert(it.key(), QString());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const bool changed = stored.contains(it.key()) ? stored.value(it.key()) != it.value() : !it.value().isEmpty();
        if (changed)
            out.insert(it.key(), it.value());
    }
    return out;
}

ApiParams ContactEditor::baseValuesOf(const ApiParams &changed) const
{
    ApiParams out;
    const ApiParams stored = m_custom->storedFields();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        out.insert(it.key(), m_fields.contains(it.key()) ? m_record.value(it.key()) : stored.value(it.key()));
    return out;
}

ApiParams ContactEditor::fieldsForCreate() const
{
    ApiParams out;
    for (const QString &key : m_order) {
        const QString v = value(key);
        if (isLocked(key) || v.isEmpty())
            continue;
        // "0" (no plan) would also stop the lead source from starting its linked plan, which
        // the document says happens unless an action plan is given: so "none" is not sent.
        if (key == actionPlanKey && v == u"0"_s)
            continue;
        out.insert(key, v);
    }
    const ApiParams custom = m_custom->fields();
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        if (!it.value().isEmpty())
            out.insert(it.key(), it.value());
    }
    return out;
}

bool ContactEditor::actionPlanChanged() const
{
    return !m_newContact && isChanged(actionPlanKey);
}

bool ContactEditor::validate()
{
    for (const QString &key : std::as_const(m_order))
        check(key);
    m_custom->validate();
    const QString first = firstInvalidKey();
    if (first.isEmpty())
        return true;
    QWidget *editor = m_fields.contains(first) ? m_fields.value(first)->editor() : m_custom->firstInvalidEditor();
    if (editor) {
        m_scroll->ensureWidgetVisible(editor);
        editor->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

QString ContactEditor::firstInvalidKey() const
{
    for (const QString &key : m_order) {
        if (wouldBeSent(key) && !problemFor(key).isEmpty())
            return key;
    }
    return m_custom->firstInvalidKey();
}

QString ContactEditor::value(const QString &key) const
{
    if (const FieldWidget *field = m_fields.value(key))
        return field->value();
    return m_custom->fields().value(key);
}

void ContactEditor::check(const QString &key)
{
    if (FieldWidget *field = m_fields.value(key))
        field->showProblem(problemFor(key));
}

QString ContactEditor::problemFor(const QString &key) const
{
    if (isLocked(key))
        return {};
    // A name may be left empty only where the record never had one.
    const bool required = ContactEditorChecks::requiredForCreate().contains(key)
        && (m_newContact || !m_record.value(key).isEmpty());
    const ApiParams context{{u"state"_s, value(u"state"_s)}};
    return ContactEditorChecks::problemWith(key, value(key), context, required);
}

bool ContactEditor::isChanged(const QString &key) const
{
    return m_fields.contains(key) && value(key) != m_initial.value(key);
}

bool ContactEditor::wouldBeSent(const QString &key) const
{
    if (isLocked(key))
        return false;
    if (m_newContact)
        return true;
    // A zip the user kept may no longer fit a state the user changed.
    return isChanged(key) || (key == u"zip"_s && isChanged(u"state"_s));
}

bool ContactEditor::isLocked(const QString &key) const
{
    // The id the update call addresses the contact by is the server's to give.
    static const QStringList addressing = ct::api::callSpec(ct::api::Call::UpdateClientById).required;
    const ct::api::ParameterSpec *spec = ParameterSchema::find(key);
    return addressing.contains(key) || (spec && spec->readOnly);
}

void ContactEditor::showServerFilled(bool newContact)
{
    // On a new contact, say what the server will fill in rather than leave it looking unset.
    if (auto *id = qobject_cast<QLineEdit *>(m_fields.value(u"client_id"_s)->editor()))
        id->setPlaceholderText(newContact ? tr("Given by the server when the contact is saved") : QString());
    for (const QString &key : std::as_const(m_order)) {
        const QString filled = ContactEditorLayout::filledByServer(key);
        if (auto *date = qobject_cast<DateField *>(m_fields.value(key)); date && !filled.isEmpty())
            date->setEmptyText(newContact ? filled : tr("Not set"));
    }
}

void ContactEditor::showStoredProblems()
{
    // What the server holds is shown as it is; a value that breaks the rules says so at once.
    for (const QString &key : std::as_const(m_order)) {
        FieldWidget *field = m_fields.value(key);
        field->showProblem(field->value().isEmpty() ? QString() : problemFor(key));
    }
}
