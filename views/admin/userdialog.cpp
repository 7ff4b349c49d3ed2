// SPDX-License-Identifier: MIT
#include "userdialog.h"

#include "adminpagewidgets.h"
#include "usersmodel.h"

#include "api/parameterschema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString typeKey = u"user_type"_s;
const QString calendarKey = u"user_show_calendar"_s;
const QString passwordKey = u"user_password"_s;
const QString confirmKey = u"user_password_confirm"_s;   // the form's own, never sent
} // namespace

UserDialog::UserDialog(ct::models::UsersModel *model, const QString &recordKey, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_recordKey(recordKey)
{
    setObjectName(u"userDialog"_s);
    setWindowTitle(isNewUser() ? tr("New user") : tr("Edit user"));
    m_status = AdminPageWidgets::messageLabel(u"userDialogStatus"_s, this);
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, const QString &key) {
        field->setObjectName(key);
        field->setAccessibleName(label);
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        QLabel *error = AdminPageWidgets::errorLabel(field, box);
        column->addWidget(error);
        m_errors.insert(key, error);
        auto *title = new QLabel(label, this);
        title->setBuddy(field);
        form->addRow(title, box);
    };
    const QList<std::pair<QString, QString>> lines = {{u"user_first_name"_s, tr("&First name")},
                                                      {u"user_last_name"_s, tr("&Last name")},
                                                      {u"user_email"_s, tr("&Email")},
                                                      {u"user_phone"_s, tr("&Phone")},
                                                      {u"user_username"_s, tr("User&name")}};
    for (const auto &[key, label] : lines) {
        auto *edit = new QLineEdit(this);
        m_lines.insert(key, edit);
        addRow(label, edit, key);
    }
    m_lines.value(u"user_phone"_s)->setPlaceholderText(tr("(303) 929-1447"));
    m_lines.value(u"user_email"_s)->setPlaceholderText(tr("name@example.com"));

    m_type = new QComboBox(this);
    const ct::api::ParameterSpec *typeSpec = ct::api::ParameterSchema::find(typeKey);
    for (const QString &value : typeSpec->allowedValues)
        m_type->addItem(ct::api::ParameterSchema::labelFor(typeKey, value), value);
    addRow(tr("&Type"), m_type, typeKey);
    m_showCalendar = new QCheckBox(tr("Show this user's calendar to others when they schedule"), this);
    addRow(tr("&Calendar"), m_showCalendar, calendarKey);

    if (isNewUser()) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        addRow(tr("Pass&word"), m_password, passwordKey);
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        addRow(tr("C&onfirm password"), m_confirm, confirmKey);
    } else {
        // "Only in Create": the API refuses both on update.
        m_type->setEnabled(false);
        m_type->setToolTip(tr("The type is set when a user is created and cannot be changed through the API."));
        const int row = model->rowOfKey(recordKey);
        const QJsonObject record = model->recordAt(row);
        for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
            QString value = record.value(it.key()).toString();
            if (it.key() == u"user_username"_s && value.isEmpty())
                value = record.value(u"user_name"_s).toString();
            it.value()->setText(value);
            m_base.insert(it.key(), value);
        }
        const QString type = record.value(typeKey).toString();
        m_type->setCurrentIndex(qMax(0, m_type->findData(type.left(1).toUpper() + type.mid(1).toLower())));
        m_showCalendar->setChecked(record.value(calendarKey).toString() == u"1"_s);
        m_base.insert(calendarKey, m_showCalendar->isChecked() ? u"1"_s : u"0"_s);
        // An earlier change the server refused is shown where it belongs.
        const QModelIndex index = model->index(row, 0);
        const QString errorKey = index.data(ct::models::SyncErrorKeyRole).toString();
        const QString error = index.data(ct::models::SyncErrorRole).toString();
        if (!error.isEmpty())
            showProblems({{m_errors.contains(errorKey) ? errorKey : QString(), error}});
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveUser"_s);
    if (isNewUser())
        m_save->setText(tr("&Create user"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelUser"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(model, &ct::models::UsersModel::createFinished, this, &UserDialog::onCreateFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

UserDialog::~UserDialog()
{
    forgetPasswords();
}

ct::api::ApiParams UserDialog::values() const
{
    ct::api::ApiParams out;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        out.insert(it.key(), it.value()->text());
    out.insert(calendarKey, m_showCalendar->isChecked() ? u"1"_s : u"0"_s);
    if (isNewUser()) {
        out.insert(typeKey, m_type->currentData().toString());
        out.insert(passwordKey, m_password->text());
    }
    return ct::models::UsersModel::normalized(out);
}

QString UserDialog::problemAt(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

QString UserDialog::firstProblemKey() const
{
    static const QStringList order = {u"user_first_name"_s, u"user_last_name"_s, u"user_email"_s, u"user_phone"_s,
                                      u"user_username"_s, typeKey, calendarKey, passwordKey, confirmKey};
    for (const QString &key : order) {
        if (!problemAt(key).isEmpty())
            return key;
    }
    return {};
}

void UserDialog::showProblems(const QMap<QString, QString> &problems)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        AdminPageWidgets::showError(it.value(), problems.value(it.key()));
    // A problem that names no field of the form goes under it.
    QStringList general;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (!m_errors.contains(it.key()))
            general.append(it.value());
    }
    AdminPageWidgets::showMessage(m_status, general.join(u'\n'), true);
    const QString first = firstProblemKey();
    if (!first.isEmpty())
        findChild<QWidget *>(first)->setFocus();
}

void UserDialog::setBusy(bool busy)
{
    m_waiting = busy;
    for (QLineEdit *edit : std::as_const(m_lines))
        edit->setReadOnly(busy);
    m_save->setEnabled(!busy);
    if (busy)
        AdminPageWidgets::showMessage(m_status, tr("Creating the user on the server…"), false);
}

void UserDialog::save()
{
    if (!m_model || m_waiting)
        return;
    const ct::api::ApiParams fields = values();
    if (isNewUser()) {
        QMap<QString, QString> problems = m_model->problems(fields, true);
        if (m_confirm->text() != m_password->text())
            problems.insert(confirmKey, tr("The two passwords differ."));
        showProblems(problems);
        if (!problems.isEmpty())
            return;
        if (!m_model->createUser(fields)) {
            showProblems({{QString(), m_model->errorString()}});
            return;
        }
        setBusy(true);   // the answer comes through onCreateFinished
        return;
    }
    ct::api::ApiParams changed;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() != m_base.value(it.key()))
            changed.insert(it.key(), it.value());
    }
    const QMap<QString, QString> problems = m_model->problems(changed, false, m_recordKey);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    if (!changed.isEmpty() && !m_model->updateUser(m_recordKey, changed, m_base)) {
        showProblems({{QString(), m_model->errorString()}});
        return;
    }
    accept();
}

void UserDialog::onCreateFinished(bool ok, const QString &, const QString &message, const QString &errorKey)
{
    if (!m_waiting)
        return;   // another dialog's create
    setBusy(false);
    if (ok) {
        forgetPasswords();
        accept();
        return;
    }
    showProblems({{m_errors.contains(errorKey) ? errorKey : QString(), message}});
}

void UserDialog::forgetPasswords()
{
    if (m_password)
        m_password->clear();
    if (m_confirm)
        m_confirm->clear();
}

void UserDialog::done(int result)
{
    if (m_waiting && result == QDialog::Rejected)
        return;   // the server's answer is awaited; it decides whether the user exists
    forgetPasswords();
    QDialog::done(result);
}
