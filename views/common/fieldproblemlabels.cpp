// SPDX-License-Identifier: MIT
#include "fieldproblemlabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *problemLine(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showLine(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->show();
}

void clearLine(QLabel *label)
{
    label->clear();
    label->hide();
    label->setAccessibleName({});
}

} // namespace

QLabel *FieldProblemLabels::add(const QString &key, QWidget *field, QWidget *parent)
{
    QLabel *label = problemLine(key + QStringLiteral("Error"), parent);
    m_entries.insert(key, {label, field});
    return label;
}

QLabel *FieldProblemLabels::addFormLine(const QString &objectName, QWidget *parent)
{
    m_formLine = problemLine(objectName, parent);
    return m_formLine;
}

QVBoxLayout *FieldProblemLabels::addRow(QFormLayout *form, const QString &caption, QWidget *field,
                                        const QString &key, QWidget *parent)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    if (!key.isEmpty())
        column->addWidget(add(key, field, parent));
    auto *label = new QLabel(caption, parent);
    label->setBuddy(field);
    form->addRow(label, column);
    return column;
}

void FieldProblemLabels::clear()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.label)
            clearLine(entry.label);
    }
    if (m_formLine)
        clearLine(m_formLine);
}

bool FieldProblemLabels::anyShown() const
{
    return (m_formLine && !m_formLine->isHidden())
        || std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return entry.label && !entry.label->isHidden(); });
}

const FieldProblemLabels::Entry *FieldProblemLabels::display(const QString &key, const QString &message)
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend() && it->label) {
        showLine(it->label, message);
        return &*it;
    }
    if (m_formLine)
        showLine(m_formLine, message);
    return nullptr;
}

void FieldProblemLabels::show(const QList<ct::models::FieldProblem> &problems)
{
    clear();
    bool focused = false;
    for (const ct::models::FieldProblem &problem : problems) {
        const Entry *entry = display(problem.key, problem.message);
        if (!focused && entry && entry->field) {
            entry->field->setFocus();
            focused = true;
        }
    }
}

void FieldProblemLabels::showAt(const QString &key, const QString &message)
{
    const Entry *entry = display(key, message);
    if (entry && entry->field)
        entry->field->setFocus();
}

QString FieldProblemLabels::textFor(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->label && !it->label->isHidden() ? it->label->text() : QString();
}
