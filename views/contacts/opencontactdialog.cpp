// SPDX-License-Identifier: MIT
#include "opencontactdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

OpenContactDialog::OpenContactDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open contact"));
    setObjectName(u"openContactDialog"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"idKind"_s);
    m_kind->setAccessibleName(tr("Kind of id"));
    m_kind->addItem(tr("Contact id"), false);
    m_kind->addItem(tr("External id"), true);
    m_value = new QLineEdit(this);
    m_value->setObjectName(u"idValue"_s);
    m_value->setAccessibleName(tr("Id"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"idValueError"_s);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"openButton"_s);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        Q_EMIT openRequested(value(), byExternalId());
    });
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_delete->setObjectName(u"deleteByExternalIdButton"_s);
    m_delete->setToolTip(tr("Delete the contact with this external id"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (value().isEmpty()) {
            showProblem(tr("Enter the external id of the contact to delete."));
            return;
        }
        m_problem->hide();
        Q_EMIT deleteRequested(value());
    });
    const auto updateDelete = [this] { m_delete->setVisible(byExternalId()); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateDelete);
    updateDelete();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Open by:"), m_kind);
    form->addRow(tr("&Id:"), m_value);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);
}

QString OpenContactDialog::value() const { return m_value->text().trimmed(); }
bool OpenContactDialog::byExternalId() const { return m_kind->currentData().toBool(); }

void OpenContactDialog::showProblem(const QString &message)
{
    setBusy(false);
    m_problem->setText(message);
    m_problem->show();
    m_value->setFocus();
    m_value->selectAll();
}

void OpenContactDialog::setBusy(bool busy)
{
    m_open->setEnabled(!busy);
    m_delete->setEnabled(!busy);
    m_value->setEnabled(!busy);
    m_kind->setEnabled(!busy);
}
