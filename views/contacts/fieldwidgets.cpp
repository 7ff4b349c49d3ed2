// SPDX-License-Identifier: MIT
#include "fieldwidgets.h"
#include "tagfield.h"

#include "api/normalizer.h"
#include "api/parameterschema.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::api::ParameterSpec;
using ct::api::ValueType;

// ---- FieldWidget ----------------------------------------------------------------------------

FieldWidget::FieldWidget(const QString &key, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_label(label)
    , m_error(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(key + u"Field"_s);
    // As tall as its lines, never stretched: the form stays packed and labels stay level.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_error->setObjectName(key + u"Error"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_note->setObjectName(key + u"Note"_s);
    m_note->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_note);
}

void FieldWidget::setEditor(QWidget *editor, QWidget *row)
{
    m_editor = editor;
    editor->setObjectName(m_key);
    editor->setAccessibleName(m_label);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, row ? row : editor);
    editor->installEventFilter(this);
}

bool FieldWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        Q_EMIT left();
    return QWidget::eventFilter(watched, event);
}

void FieldWidget::showProblem(const QString &problem)
{
    m_problem = problem;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_editor->setAccessibleDescription(problem);
    problemChanged();
}

void FieldWidget::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FieldWidget::note() const
{
    return m_note->text();
}

// ---- LineField --------------------------------------------------------------------------------

LineField::LineField(const QString &key, const QString &label, QWidget *parent)
    : FieldWidget(key, label, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setClearButtonEnabled(true);
    setEditor(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateNote();
        Q_EMIT edited();
    });
    // Leaving is noticed through focus; Return finishes a field without leaving it.
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldWidget::left);
    connect(this, &FieldWidget::left, this, &LineField::tidy);
}

QString LineField::value() const
{
    return toWire(m_edit->text());
}

void LineField::setValue(const QString &wireValue)
{
    const QString shown = toShown(wireValue);
    m_edit->setText(shown.isEmpty() ? wireValue : shown);
    m_edit->setCursorPosition(0);
    updateNote();
}

void LineField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
}

void LineField::tidy()
{
    // Rewritten only into a form the value has: a bad value keeps what the user typed.
    const QString shown = toShown(value());
    if (!shown.isEmpty() && shown != m_edit->text())
        m_edit->setText(shown);
    updateNote();
}

void LineField::updateNote()
{
    const QString typed = m_edit->text().trimmed();
    const QString wire = value();
    // What will be sent means nothing while the value is refused.
    const bool rewritten = problem().isEmpty() && !wire.isEmpty() && wire != typed && toShown(wire) != typed;
    showNote(rewritten ? tr("Sent as %1").arg(wire) : QString());
}

QString PhoneField::toWire(const QString &typed) const
{
    return ct::api::Normalizer::phone(typed.trimmed());
}

QString PhoneField::toShown(const QString &wireValue) const
{
    static const QRegularExpression tenDigits(u"^\\d{10}\\z"_s);
    if (!tenDigits.match(wireValue).hasMatch())
        return {};
    return u"(%1) %2-%3"_s.arg(wireValue.left(3), wireValue.mid(3, 3), wireValue.mid(6));
}

QString ZipField::toWire(const QString &typed) const
{
    static const QRegularExpression postal(u"^([A-Za-z]\\d[A-Za-z])\\s*(\\d[A-Za-z]\\d)\\z"_s);
    const QString text = typed.trimmed();
    const auto m = postal.match(text);
    if (!m.hasMatch())
        return text;
    return (m.captured(1) + u' ' + m.captured(2)).toUpper();
}

// ---- TextAreaField ----------------------------------------------------------------------------

TextAreaField::TextAreaField(const QString &key, const QString &label, QWidget *parent)
    : FieldWidget(key, label, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setTabChangesFocus(true);
    const int line = m_edit->fontMetrics().lineSpacing();
    m_edit->setFixedHeight(line * 5 + 2 * m_edit->frameWidth() + 8);
    setEditor(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldWidget::edited);
}

QString TextAreaField::value() const
{
    return m_edit->toPlainText().trimmed();
}

void TextAreaField::setValue(const QString &wireValue)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(wireValue);
}

void TextAreaField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// ---- ComboField -------------------------------------------------------------------------------

ComboField::ComboField(const QString &key, const QString &label, const QList<Option> &options,
                       const QString &unsetLabel, QWidget *parent)
    : FieldWidget(key, label, parent)
    , m_combo(new QComboBox(this))
    , m_unsetLabel(unsetLabel)
    , m_options(options)
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    setEditor(m_combo);
    rebuild(QString());
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldWidget::edited);
}

QString ComboField::value() const
{
    return m_combo->currentData().toString();
}

void ComboField::setValue(const QString &wireValue)
{
    rebuild(wireValue);
}

void ComboField::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void ComboField::setOptions(const QList<Option> &options)
{
    m_options = options;
    rebuild(value());
}

void ComboField::setFixedOptions(const QList<Option> &fixed)
{
    m_fixed = fixed;
    rebuild(value());
}

void ComboField::rebuild(const QString &keep)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (!m_unsetLabel.isEmpty())
        m_combo->addItem(m_unsetLabel, QString(u""_s));
    for (const QList<Option> *list : {&m_fixed, &m_options}) {
        for (const Option &o : *list) {
            if (o.value.isEmpty() && o.label.isEmpty())
                m_combo->insertSeparator(m_combo->count());
            else
                m_combo->addItem(o.label, o.value);
        }
    }
    int index = -1;
    for (int i = 0; i < m_combo->count() && index < 0; ++i) {
        const QVariant data = m_combo->itemData(i);   // separators carry none
        if (data.isValid() && data.toString() == keep)
            index = i;
    }
    if (index < 0 && !keep.isEmpty()) {
        // Kept as it was rather than silently replaced by the first entry.
        m_combo->addItem(tr("%1 (not in the list)").arg(keep), keep);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(qMax(0, index));
}

// ---- DateField --------------------------------------------------------------------------------

namespace {

QString localeDateFormat()
{
    // The reader's short format, with a four-digit year: anniversaries reach far back.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

DateField::DateField(const QString &key, const QString &label, QWidget *parent)
    : FieldWidget(key, label, parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(localeDateFormat());
    m_edit->setDateRange(unsetDate(), QDate(9999, 12, 31));
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(unsetDate());
    m_edit->calendarWidget()->installEventFilter(this);
    m_clear->setObjectName(key + u"Clear"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear %1").arg(label));
    m_clear->setToolTip(tr("Leave the date empty"));
    m_clear->setEnabled(false);

    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_edit, 1);
    h->addWidget(m_clear);
    setEditor(m_edit, row);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        m_unreadable.clear();
        m_clear->setEnabled(!m_edit->isReadOnly() && !value().isEmpty());
        Q_EMIT edited();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, &FieldWidget::left);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->setDate(unsetDate());
        m_unreadable.clear();   // also when the date was already "not set" but unreadable
        m_clear->setEnabled(false);
        Q_EMIT edited();
    });
}

void DateField::setEmptyText(const QString &text)
{
    m_edit->setSpecialValueText(text);
}

QDate DateField::unsetDate()
{
    return QDate(1900, 1, 1);
}

QString DateField::value() const
{
    if (!m_unreadable.isEmpty())
        return m_unreadable;
    const QDate date = m_edit->date();
    return date == unsetDate() ? QString() : ct::api::Normalizer::toApiDate(date);
}

void DateField::setValue(const QString &wireValue)
{
    const QSignalBlocker blocker(m_edit);
    const QDate date = ct::api::Normalizer::fromApiDate(wireValue.trimmed());
    m_unreadable = (date.isValid() || wireValue.trimmed().isEmpty()) ? QString() : wireValue;
    m_edit->setDate(date.isValid() ? date : unsetDate());
    showNote(m_unreadable.isEmpty() ? QString() : tr("Stored as \"%1\"; pick a date or clear it.").arg(m_unreadable));
    m_clear->setEnabled(!m_edit->isReadOnly() && !value().isEmpty());
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setEnabled(!readOnly && !value().isEmpty());
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && m_edit->date() == unsetDate() && !m_edit->isReadOnly()) {
        // Stepping from "not set" starts at today, not at the placeholder date in 1900; typing
        // starts from today's date with its first part selected, since "Not set" has no parts
        // to type into.
        if (event->type() == QEvent::KeyPress) {
            const auto *press = static_cast<QKeyEvent *>(event);
            const int key = press->key();
            if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
                m_edit->setDate(QDate::currentDate());
                return true;
            }
            if (!press->text().isEmpty() && press->text().front().isDigit()) {
                m_edit->setDate(QDate::currentDate());
                m_edit->setCurrentSectionIndex(0);
                m_edit->setSelectedSection(m_edit->currentSection());
            }
        }
    }
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && m_edit->date() == unsetDate())
        m_edit->calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    return FieldWidget::eventFilter(watched, event);
}

// ---- the factory ------------------------------------------------------------------------------

namespace FieldWidgets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FieldWidgets", text);
}

QList<ComboField::Option> enumerationOptions(const ParameterSpec &spec)
{
    QList<ComboField::Option> options;
    for (qsizetype i = 0; i < spec.allowedValues.size(); ++i) {
        const QString label = i < spec.valueLabels.size() ? spec.valueLabels.at(i) : spec.allowedValues.at(i);
        // The schema's labels are the document's words; a translation may supply them.
        options.append({spec.allowedValues.at(i), QCoreApplication::translate("ParameterSchema", label.toUtf8().constData())});
    }
    return options;
}

QList<ComboField::Option> regionOptions()
{
    QList<ComboField::Option> options;
    bool canadian = false;
    for (const Region &r : regions()) {
        if (r.canadian && !canadian)
            options.append(ComboField::Option{});   // a separator between the two countries
        canadian = r.canadian;
        options.append({r.code, u"%1 \u2013 %2"_s.arg(r.code, r.name)});
    }
    return options;
}

} // namespace

FieldWidget *create(const ParameterSpec &spec, const QString &label, Shape shape, QWidget *parent)
{
    FieldWidget *field = nullptr;
    const QString notSet = tr("Not set");
    // The document's "comma separated list of tags" is edited as chips.
    if (spec.key == u"tag"_s)
        return new TagField(spec.key, label, parent);
    switch (spec.type) {
    case ValueType::Enumeration:
        // A key the server defaults always has a value; the others may be left empty.
        field = new ComboField(spec.key, label, enumerationOptions(spec),
                               spec.defaultValue.isEmpty() ? notSet : QString(), parent);
        break;
    case ValueType::State:
        field = new ComboField(spec.key, label, regionOptions(), notSet, parent);
        break;
    case ValueType::Date:
        field = new DateField(spec.key, label, parent);
        break;
    case ValueType::Phone: {
        auto *phone = new PhoneField(spec.key, label, parent);
        phone->lineEdit()->setPlaceholderText(tr("(303) 929-1447"));
        phone->lineEdit()->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        field = phone;
        break;
    }
    case ValueType::Zip: {
        auto *zip = new ZipField(spec.key, label, parent);
        zip->lineEdit()->setPlaceholderText(tr("80202 or K1A 0B1"));
        field = zip;
        break;
    }
    default:
        if (shape == Shape::ChoiceList) {
            auto *combo = new ComboField(spec.key, label, {}, spec.defaultValue.isEmpty() ? notSet : QString(), parent);
            // action_plan_id: "0" is the document's "No Action Plan Running".
            if (spec.defaultValue == u"0"_s)
                combo->setFixedOptions({{u"0"_s, tr("None")}});
            field = combo;
        } else if (shape == Shape::MultiLine) {
            field = new TextAreaField(spec.key, label, parent);
        } else {
            auto *line = new LineField(spec.key, label, parent);
            if (spec.type == ValueType::WholeNumber)
                line->lineEdit()->setInputMethodHints(Qt::ImhDigitsOnly);
            if (spec.type == ValueType::Email) {
                line->lineEdit()->setInputMethodHints(Qt::ImhEmailCharactersOnly);
                line->lineEdit()->setPlaceholderText(tr("name@example.com"));
            }
            field = line;
        }
        break;
    }
    if (spec.readOnly)
        field->setReadOnly(true);
    return field;
}

} // namespace FieldWidgets
