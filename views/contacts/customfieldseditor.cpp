// SPDX-License-Identifier: MIT
#include "customfieldseditor.h"

#include "calllabels.h"

#include "api/normalizer.h"
#include "api/parameterschema.h"
#include "api/validator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using ct::api::ParameterSchema;

struct CustomFieldsEditor::Row
{
    int serial = 0;          // 0 for a stored field
    QString storedKey;       // the record's name for a stored field; fixed
    QWidget *container = nullptr;
    QLineEdit *keyEdit = nullptr;    // added rows only
    QLabel *keyLabel = nullptr;      // stored rows only
    QLineEdit *valueEdit = nullptr;
    QToolButton *removeButton = nullptr;
    QLabel *keyError = nullptr;
    QLabel *valueError = nullptr;
    QLabel *note = nullptr;
    QList<QObject *> watchers;   // focus watchers, gone before the row is
};

namespace {

QLabel *errorLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showLine(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Notices a line edit losing focus, since editingFinished also fires on Return only.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QObject *parent, std::function<void()> onLeave)
        : QObject(parent), m_onLeave(std::move(onLeave)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onLeave();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onLeave;
};

} // namespace

CustomFieldsEditor::CustomFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_emptyHint(new QLabel(tr("No custom fields. Any name that is not a standard field can hold up to %1 characters.")
                                 .arg(ParameterSchema::ExpansionMaxLength), this))
    , m_add(new QPushButton(tr("Add custom field"), this))
{
    setObjectName(u"customFields"_s);
    m_emptyHint->setObjectName(u"customFieldsEmpty"_s);
    m_emptyHint->setWordWrap(true);
    m_add->setObjectName(u"addCustomField"_s);
    m_add->setAccessibleName(tr("Add custom field"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyHint);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addField(); });
}

CustomFieldsEditor::~CustomFieldsEditor()
{
    for (Row *row : std::as_const(m_rows)) {
        qDeleteAll(row->watchers);   // a focused editor being deleted would report it left
        delete row;
    }
}

void CustomFieldsEditor::setFields(const ct::api::ApiParams &stored)
{
    for (Row *row : std::as_const(m_rows)) {
        qDeleteAll(row->watchers);   // deleting a focused editor would report it left
        delete row->container;
        delete row;
    }
    m_rows.clear();
    m_serial = 0;
    m_stored = stored;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        m_rows.append(makeRow(it.key(), it.value()));
    updateEmptyHint();
}

int CustomFieldsEditor::addField(const QString &key, const QString &value)
{
    Row *row = makeRow(QString(), value);
    row->keyEdit->setText(key);
    m_rows.append(row);
    nameEditors(row);
    if (!key.isEmpty() || !value.isEmpty())
        check(row, !key.isEmpty(), true);
    updateEmptyHint();
    row->keyEdit->setFocus();
    Q_EMIT edited();
    return row->serial;
}

bool CustomFieldsEditor::removeField(const QString &key)
{
    for (Row *row : std::as_const(m_rows)) {
        if (keyOf(row) == key) {
            remove(row);
            return true;
        }
    }
    return false;
}

ct::api::ApiParams CustomFieldsEditor::fields() const
{
    ct::api::ApiParams out;
    for (const Row *row : m_rows) {
        if (keyProblem(row).isEmpty())
            out.insert(keyOf(row), ct::api::Normalizer::stripHtml(row->valueEdit->text().trimmed()));
    }
    return out;
}

bool CustomFieldsEditor::validate()
{
    bool ok = true;
    for (Row *row : std::as_const(m_rows)) {
        check(row, true, true);
        ok = ok && keyProblem(row).isEmpty() && valueProblem(row).isEmpty();
    }
    return ok;
}

QString CustomFieldsEditor::firstInvalidKey() const
{
    const QWidget *editor = firstInvalidEditor();
    return editor ? editor->objectName() : QString();
}

QWidget *CustomFieldsEditor::firstInvalidEditor() const
{
    for (const Row *row : m_rows) {
        if (!keyProblem(row).isEmpty())
            return row->keyEdit;
        if (!valueProblem(row).isEmpty())
            return row->valueEdit;
    }
    return nullptr;
}

CustomFieldsEditor::Row *CustomFieldsEditor::makeRow(const QString &storedKey, const QString &value)
{
    auto *row = new Row;
    row->storedKey = storedKey;
    row->serial = storedKey.isEmpty() ? ++m_serial : 0;
    row->container = new QWidget(this);
    auto *v = new QVBoxLayout(row->container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    if (storedKey.isEmpty()) {
        row->keyEdit = new QLineEdit(row->container);
        row->keyEdit->setPlaceholderText(tr("Field name, e.g. project_type"));
        row->keyEdit->setAccessibleName(tr("Custom field name"));
        h->addWidget(row->keyEdit, 2);
    } else {
        row->keyLabel = new QLabel(tr("%1:", "form label").arg(ct::models::CallLabels::fieldLabel(storedKey)), row->container);
        row->keyLabel->setObjectName(storedKey + u"Label"_s);
        row->keyLabel->setToolTip(storedKey);
        h->addWidget(row->keyLabel, 2);
    }
    row->valueEdit = new QLineEdit(value, row->container);
    row->valueEdit->setClearButtonEnabled(true);
    row->valueEdit->setCursorPosition(0);
    h->addWidget(row->valueEdit, 3);
    row->removeButton = new QToolButton(row->container);
    row->removeButton->setText(tr("Remove"));
    h->addWidget(row->removeButton);
    v->addLayout(h);
    row->keyError = errorLine(row->container);
    row->valueError = errorLine(row->container);
    row->note = new QLabel(row->container);
    row->note->setWordWrap(true);
    row->note->setStyleSheet(u"color: palette(placeholder-text);"_s);
    row->note->hide();
    v->addWidget(row->keyError);
    v->addWidget(row->valueError);
    v->addWidget(row->note);
    m_rowsLayout->addWidget(row->container);
    row->container->show();   // a layout shows a new child only later, from the event loop
    if (row->keyLabel)
        row->keyLabel->setBuddy(row->valueEdit);

    // A stored name that the API would refuse cannot be sent back: shown, not editable.
    if (!storedKey.isEmpty() && !ParameterSchema::isValidExpansionKey(storedKey)) {
        row->valueEdit->setReadOnly(true);
        row->removeButton->setEnabled(false);
        showLine(row->note, tr("This name cannot be sent to the server, so the field is shown only."));
    }
    nameEditors(row);

    connect(row->valueEdit, &QLineEdit::textEdited, this, [this, row] {
        // The limit is shown as it is crossed; the name is judged once the user has left it.
        check(row, false, true);
        Q_EMIT edited();
    });
    row->watchers.append(new FocusOutWatcher(row->valueEdit, [this, row] { check(row, false, true); }));
    row->valueEdit->installEventFilter(row->watchers.last());
    if (row->keyEdit) {
        connect(row->keyEdit, &QLineEdit::textEdited, this, [this, row] {
            nameEditors(row);
            check(row, false, true);
            Q_EMIT edited();
        });
        connect(row->keyEdit, &QLineEdit::returnPressed, this, [this, row] { check(row, true, true); });
        row->watchers.append(new FocusOutWatcher(row->keyEdit, [this, row] { check(row, true, true); }));
        row->keyEdit->installEventFilter(row->watchers.last());
    }
    connect(row->removeButton, &QToolButton::clicked, this, [this, row] { remove(row); });
    return row;
}

QString CustomFieldsEditor::keyOf(const Row *row) const
{
    return row->keyEdit ? row->keyEdit->text().trimmed() : row->storedKey;
}

QString CustomFieldsEditor::keyProblem(const Row *row) const
{
    if (!row->keyEdit)
        return {};
    const QString key = keyOf(row);
    if (key.isEmpty())
        return tr("Give the custom field a name.");
    if (ParameterSchema::isReservedClientKey(key))
        return tr("\"%1\" is a standard contact field; choose another name.").arg(key);
    if (!ParameterSchema::isValidExpansionKey(key))
        return ct::api::Validator::problemWith(key, QString(), true);
    for (const Row *other : m_rows) {
        if (other != row && keyOf(other) == key)
            return tr("Another custom field is already called \"%1\".").arg(key);
    }
    return {};
}

QString CustomFieldsEditor::valueProblem(const Row *row) const
{
    // Counted as the server keeps it: after the HTML is removed.
    const QString kept = ct::api::Normalizer::stripHtml(row->valueEdit->text().trimmed());
    if (kept.size() > ParameterSchema::ExpansionMaxLength)
        return tr("A custom field holds at most %1 characters; this has %2.")
            .arg(ParameterSchema::ExpansionMaxLength)
            .arg(kept.size());
    return {};
}

void CustomFieldsEditor::check(Row *row, bool showKey, bool showValue)
{
    // A line already showing a problem follows every keystroke, so it clears once fixed.
    if (showKey || row->keyError->isVisible())
        showLine(row->keyError, keyProblem(row));
    if (showValue || row->valueError->isVisible())
        showLine(row->valueError, valueProblem(row));
    if (row->valueEdit->isReadOnly())
        return;
    const QString typed = row->valueEdit->text().trimmed();
    const QString kept = ct::api::Normalizer::stripHtml(typed);
    showLine(row->note, kept != typed ? tr("The server removes HTML: this is saved as \"%1\".").arg(kept) : QString());
    row->valueEdit->setAccessibleDescription(row->valueError->text());
}

void CustomFieldsEditor::nameEditors(Row *row)
{
    const QString key = keyOf(row);
    const bool named = keyProblem(row).isEmpty();
    const QString valueName = named ? key : u"customValue%1"_s.arg(row->serial);
    if (row->keyEdit) {
        row->keyEdit->setObjectName(u"customKey%1"_s.arg(row->serial));
        row->keyError->setObjectName(u"customKey%1Error"_s.arg(row->serial));
    }
    row->valueEdit->setObjectName(valueName);
    row->valueError->setObjectName(valueName + u"Error"_s);
    row->note->setObjectName(valueName + u"Note"_s);
    row->removeButton->setObjectName(named ? key + u"Remove"_s : u"customRemove%1"_s.arg(row->serial));
    const QString label = named ? ct::models::CallLabels::fieldLabel(key) : tr("Custom field value");
    row->valueEdit->setAccessibleName(label);
    row->removeButton->setAccessibleName(tr("Remove %1").arg(named ? label : tr("this custom field")));
}

void CustomFieldsEditor::remove(Row *row)
{
    m_rows.removeOne(row);
    // Nothing of the row may call back once it is gone.
    qDeleteAll(row->watchers);
    for (QWidget *w : {static_cast<QWidget *>(row->keyEdit), static_cast<QWidget *>(row->valueEdit),
                       static_cast<QWidget *>(row->removeButton)}) {
        if (w)
            w->blockSignals(true);
    }
    // Out of the tree at once (no findChild finds it), deleted once the click has returned.
    row->container->hide();
    row->container->setParent(nullptr);
    row->container->deleteLater();
    delete row;
    // Two rows with one name: removing one may make the other's name usable again.
    for (Row *other : std::as_const(m_rows)) {
        nameEditors(other);
        if (other->keyError->isVisible())
            check(other, true, false);
    }
    updateEmptyHint();
    Q_EMIT edited();
}

void CustomFieldsEditor::updateEmptyHint()
{
    m_emptyHint->setVisible(m_rows.isEmpty());
}
