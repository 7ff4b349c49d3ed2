// SPDX-License-Identifier: MIT
#include "outboxentrydialog.h"

#include "calllabels.h"

#include "api/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::CallLabels::fieldLabel;

OutboxEntryDialog::OutboxEntryDialog(const QString &callName, const ct::api::ApiParams &params,
                                     const QString &errorKey, const QString &serverMessage, QWidget *parent)
    : QDialog(parent)
    , m_callName(callName)
{
    setWindowTitle(tr("Correct: %1").arg(ct::models::CallLabels::callLabel(callName)));
    setObjectName(u"outboxEntryDialog"_s);
    auto *form = new QFormLayout;
    const ct::api::CallSpec *spec = ct::api::findCall(callName);
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        // The record an edit concerns is not the user's to change here.
        if (spec && (it.key() == spec->pathKey || (spec->required.contains(it.key()) && it.key().endsWith(u"_id"_s)))) {
            m_fixed.insert(it.key(), it.value());
            continue;
        }
        auto *edit = new QLineEdit(it.value(), this);
        edit->setObjectName(it.key());
        edit->setAccessibleName(fieldLabel(it.key()));
        auto *error = new QLabel(this);
        error->setObjectName(it.key() + u"Error"_s);
        error->setStyleSheet(u"color: #b00020;"_s);
        error->setWordWrap(true);
        error->hide();
        form->addRow(fieldLabel(it.key()) + u':', edit);
        form->addRow(QString(), error);
        m_edits.insert(it.key(), edit);
        m_errors.insert(it.key(), error);
        connect(edit, &QLineEdit::textChanged, this, [this] { check(); });
    }
    if (QLabel *error = m_errors.value(errorKey)) {
        error->setText(tr("The server said: %1").arg(serverMessage));
        error->show();
        m_edits.value(errorKey)->setFocus();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and send again"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (check())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!serverMessage.isEmpty() && !m_errors.contains(errorKey)) {
        auto *message = new QLabel(tr("The server said: %1").arg(serverMessage), this);
        message->setWordWrap(true);
        layout->addWidget(message);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ct::api::ApiParams OutboxEntryDialog::params() const
{
    ct::api::ApiParams out = m_fixed;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        out.insert(it.key(), it.value()->text().trimmed());
    return out;
}

bool OutboxEntryDialog::check()
{
    const ct::api::CallSpec *spec = ct::api::findCall(m_callName);
    bool ok = true;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString value = it.value()->text().trimmed();
        QString problem;
        if (value.isEmpty() && spec && spec->required.contains(it.key()))
            problem = tr("Required.");
        else if (!value.isEmpty())
            problem = ct::api::Validator::problemWith(it.key(), value, spec && spec->acceptsExpansionKeys);
        QLabel *error = m_errors.value(it.key());
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        ok = ok && problem.isEmpty();
    }
    return ok;
}
