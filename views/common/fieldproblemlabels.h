// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblem.h"

#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

// The error line under each field of a form: problems named by API key are shown at their
// field (and the first one's field takes the focus); the others are cleared. A form that has a
// line for problems naming none of its fields (the server's "could not queue", a key it has no
// field for) shows those there.
class FieldProblemLabels
{
public:
    // A hidden label for the field, objectName "<key>Error"; put it in the layout below the field.
    QLabel *add(const QString &key, QWidget *field, QWidget *parent);
    // A form row: the field with its error line below (none when key is empty) and a caption of its
    // own, since a form row over a layout sets no buddy and the caption's "&" would show. The column
    // is returned for forms that put more under the field.
    QVBoxLayout *addRow(QFormLayout *form, const QString &caption, QWidget *field, const QString &key,
                        QWidget *parent);
    // The hidden line for problems that name no field; put it in the layout below the form.
    QLabel *addFormLine(const QString &objectName, QWidget *parent);
    void show(const QList<ct::models::FieldProblem> &problems);
    // Shows one problem at its field and focuses the field (or, naming none, on the form line),
    // leaving the other lines as they are.
    void showAt(const QString &key, const QString &message);
    void clear();
    bool anyShown() const;
    QString textFor(const QString &key) const;

private:
    struct Entry
    {
        QPointer<QLabel> label;
        QPointer<QWidget> field;
    };
    const Entry *display(const QString &key, const QString &message);

    QHash<QString, Entry> m_entries;
    QPointer<QLabel> m_formLine;
};
