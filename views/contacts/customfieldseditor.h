// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// Adds, edits and removes a contact's custom (expansion) fields and holds each to the API's
// rules at the field: a name that is not a reserved key, at most 100 characters, HTML removed.
//
// Editors are named for screen readers and tests: a stored field's value editor is called by
// its key ("project_type", error line "project_typeError", remove button "project_typeRemove");
// the N-th added row has "customKey<N>" for its name, and its value editor takes the typed
// name once that name is usable ("customValue<N>" until then).
class CustomFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsEditor(QWidget *parent = nullptr);
    ~CustomFieldsEditor() override;

    // The record's custom fields; forgets every edit.
    void setFields(const ct::api::ApiParams &stored);
    // A new row, optionally filled; returns its number N (editors "customKey<N>").
    int addField(const QString &key = {}, const QString &value = {});
    // Removes the row now called key (stored or added); false when there is none.
    bool removeField(const QString &key);

    ct::api::ApiParams storedFields() const { return m_stored; }
    // Every row with a usable name: name -> value as the server keeps it (HTML removed).
    ct::api::ApiParams fields() const;

    // Marks every row's problems; true when there are none.
    bool validate();
    QString firstInvalidKey() const;      // objectName of the first editor with a problem
    QWidget *firstInvalidEditor() const;
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void edited();

private:
    struct Row;
    Row *makeRow(const QString &storedKey, const QString &value);
    QString keyOf(const Row *row) const;
    QString keyProblem(const Row *row) const;
    QString valueProblem(const Row *row) const;
    void check(Row *row, bool showKey, bool showValue);
    void nameEditors(Row *row);
    void remove(Row *row);
    void updateEmptyHint();

    ct::api::ApiParams m_stored;
    QList<Row *> m_rows;
    int m_serial = 0;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_emptyHint;
    QPushButton *m_add;
};
