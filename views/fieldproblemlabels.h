// SPDX-License-Identifier: MIT
#pragma once

#include "messagesending.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QWidget;

// The error line under each field of a form: problems named by API key are shown at their
// field (and the first one's field takes the focus); the others are cleared.
class FieldProblemLabels
{
public:
    // A hidden label for the field, objectName "<key>Error"; put it in the layout below the field.
    QLabel *add(const QString &key, QWidget *field, QWidget *parent);
    void show(const QList<ct::models::FieldProblem> &problems);
    void clear();
    QString textFor(const QString &key) const;

private:
    struct Entry
    {
        QPointer<QLabel> label;
        QPointer<QWidget> field;
    };
    QHash<QString, Entry> m_entries;
};
