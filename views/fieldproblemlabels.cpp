// SPDX-License-Identifier: MIT
#include "fieldproblemlabels.h"

#include <QLabel>

QLabel *FieldProblemLabels::add(const QString &key, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(key + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    m_entries.insert(key, {label, field});
    return label;
}

void FieldProblemLabels::clear()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.label) {
            entry.label->clear();
            entry.label->hide();
            entry.label->setAccessibleName({});
        }
    }
}

void FieldProblemLabels::show(const QList<ct::models::FieldProblem> &problems)
{
    clear();
    bool focused = false;
    for (const ct::models::FieldProblem &problem : problems) {
        const auto it = m_entries.constFind(problem.key);
        if (it == m_entries.cend() || !it->label)
            continue;
        it->label->setText(problem.message);
        it->label->setAccessibleName(problem.message);
        it->label->show();
        if (!focused && it->field) {
            it->field->setFocus();
            focused = true;
        }
    }
}

QString FieldProblemLabels::textFor(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->label && !it->label->isHidden() ? it->label->text() : QString();
}
