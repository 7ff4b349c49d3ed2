// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace ct::api {
struct ParameterSpec;
}

// One parameter's editor with its error and note lines below it; it speaks wire values
// (what the API sends and receives) and shows them the way people read them.
class FieldWidget : public QWidget
{
    Q_OBJECT
public:
    QString key() const { return m_key; }
    QString label() const { return m_label; }

    virtual QString value() const = 0;                 // the wire value
    virtual void setValue(const QString &wireValue) = 0;   // shows a stored value; emits nothing
    virtual bool canBeEmpty() const { return true; }   // false: a choice list with no "not set"
    // Widgets that take typed text are judged when left; choices and dates as soon as changed.
    virtual bool isTyped() const { return true; }
    virtual void setReadOnly(bool readOnly) = 0;
    QWidget *editor() const { return m_editor; }   // the focusable part, objectName == key

    void showProblem(const QString &problem);     // empty hides the error line
    QString problem() const { return m_problem; }
    void showNote(const QString &note);           // a remark that is not an error
    QString note() const;

Q_SIGNALS:
    void edited();   // the user changed the value
    void left();     // the user finished with the field (left it or pressed Return)

protected:
    FieldWidget(const QString &key, const QString &label, QWidget *parent);
    virtual void problemChanged() {}
    // Puts the editor (or a row holding it) above the error and note lines and names it.
    void setEditor(QWidget *editor, QWidget *row = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_key;
    QString m_label;
    QString m_problem;
    QWidget *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
};

// Free text on one line; subclasses turn what people type into the wire form.
class LineField : public FieldWidget
{
    Q_OBJECT
public:
    LineField(const QString &key, const QString &label, QWidget *parent);
    QString value() const override;
    void setValue(const QString &wireValue) override;
    void setReadOnly(bool readOnly) override;
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    virtual QString toWire(const QString &typed) const { return typed.trimmed(); }
    // How a valid wire value is shown; empty when it cannot be shown any nicer.
    virtual QString toShown(const QString &wireValue) const { return wireValue; }

    void problemChanged() override { updateNote(); }

private:
    void tidy();
    void updateNote();
    QLineEdit *m_edit;
};

// A ten-digit phone: "(303) 929-1447", "303.929.1447" and "+1 303 929 1447" all send 3039291447.
class PhoneField : public LineField
{
    Q_OBJECT
public:
    using LineField::LineField;

protected:
    QString toWire(const QString &typed) const override;
    QString toShown(const QString &wireValue) const override;
};

// A US zip or Canadian postal code; "k1a0b1" is sent as "K1A 0B1", the form the document gives.
class ZipField : public LineField
{
    Q_OBJECT
public:
    using LineField::LineField;

protected:
    QString toWire(const QString &typed) const override;
    QString toShown(const QString &wireValue) const override { return toWire(wireValue); }
};

// Free text over several lines (the whiteboard).
class TextAreaField : public FieldWidget
{
    Q_OBJECT
public:
    TextAreaField(const QString &key, const QString &label, QWidget *parent);
    QString value() const override;
    void setValue(const QString &wireValue) override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_edit;
};

// One value out of a list: enumerations, states and provinces, records picked by name.
// A stored value the list does not hold stays selectable, so it is shown and kept as it was.
class ComboField : public FieldWidget
{
    Q_OBJECT
public:
    struct Option
    {
        QString value;   // sent on the wire
        QString label;   // shown
    };
    // unsetLabel empty: the list has no "not set" entry.
    ComboField(const QString &key, const QString &label, const QList<Option> &options,
               const QString &unsetLabel, QWidget *parent);
    QString value() const override;
    void setValue(const QString &wireValue) override;
    bool canBeEmpty() const override { return !m_unsetLabel.isEmpty(); }
    bool isTyped() const override { return false; }
    void setReadOnly(bool readOnly) override;
    // Replaces the list and keeps the current value selected.
    void setOptions(const QList<Option> &options);
    // Entries that come first whatever the options ("no action plan running").
    void setFixedOptions(const QList<Option> &fixed);
    QComboBox *comboBox() const { return m_combo; }

private:
    void rebuild(const QString &keep);
    QComboBox *m_combo;
    QString m_unsetLabel;
    QList<Option> m_fixed;
    QList<Option> m_options;
};

// A date, picked from a calendar or typed in the reader's locale, sent as YYYY:MM:DD; it can
// be left empty. A stored value that is not a date is kept (and named by the checks) until
// the user picks a date or clears it.
class DateField : public FieldWidget
{
    Q_OBJECT
public:
    DateField(const QString &key, const QString &label, QWidget *parent);
    QString value() const override;
    void setValue(const QString &wireValue) override;
    bool isTyped() const override { return false; }
    void setReadOnly(bool readOnly) override;
    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }
    // What an empty date reads as ("Not set"; "Today" where the server fills it in).
    void setEmptyText(const QString &text);
    // QDateEdit cannot be empty: its lowest date stands for "not set" and shows as such.
    static QDate unsetDate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *m_edit;
    QToolButton *m_clear;
    QString m_unreadable;   // a stored value that is not a date, kept until edited
};

namespace FieldWidgets {

// What the schema cannot tell: a free-text key that deserves several lines, or a record id
// picked by name from a list the caller provides.
enum class Shape { Default, MultiLine, ChoiceList };

// The widget the schema asks for: choice lists for enumerations and states, dates as date
// pickers, phones and zips normalised; read-only keys read only.
FieldWidget *create(const ct::api::ParameterSpec &spec, const QString &label, Shape shape,
                    QWidget *parent);

// States and provinces, as the state list shows them.
struct Region
{
    QString code;
    QString name;
    bool canadian = false;
};
const QList<Region> &regions();

} // namespace FieldWidgets
