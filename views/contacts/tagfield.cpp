// SPDX-License-Identifier: MIT
#include "tagfield.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TagField::TagField(const QString &key, const QString &label, QWidget *parent)
    : FieldWidget(key, label, parent)
{
    auto *row = new QWidget(this);
    m_chips = new QWidget(row);
    m_chips->setObjectName(key + u"Chips"_s);
    m_chipsLayout = new QHBoxLayout(m_chips);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->addStretch();
    m_input = new QComboBox(row);
    m_input->setEditable(true);
    m_input->setInsertPolicy(QComboBox::NoInsert);
    m_input->lineEdit()->setPlaceholderText(tr("Add a tag…"));
    m_input->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_input->completer()->setFilterMode(Qt::MatchContains);
    m_add = new QPushButton(tr("Add"), row);
    m_add->setObjectName(key + u"Add"_s);
    m_add->setAccessibleName(tr("Add tag"));
    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chips);
    layout->addLayout(inputRow);
    setEditor(m_input, row);
    connect(m_add, &QPushButton::clicked, this, &TagField::addTyped);
    connect(m_input->lineEdit(), &QLineEdit::returnPressed, this, &TagField::addTyped);
    connect(m_input, &QComboBox::activated, this, &TagField::addTyped);
}

QString TagField::value() const
{
    return m_tags.join(u',');
}

void TagField::setValue(const QString &wireValue)
{
    m_tags.clear();
    for (const QString &part : wireValue.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !m_tags.contains(tag, Qt::CaseInsensitive))
            m_tags.append(tag);
    }
    rebuildChips();
}

void TagField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_input->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    rebuildChips();
}

void TagField::setSuggestions(const QStringList &tags)
{
    m_suggestions = tags;
    const QString typed = m_input->currentText();
    m_input->clear();
    m_input->addItems(tags);
    m_input->setCurrentIndex(-1);
    m_input->setEditText(typed);
}

void TagField::addTyped()
{
    const QString tag = m_input->currentText().trimmed();
    m_input->setCurrentIndex(-1);
    m_input->clearEditText();
    if (tag.isEmpty() || m_tags.contains(tag, Qt::CaseInsensitive))
        return;
    if (tag.contains(u',')) {
        showProblem(tr("A tag cannot contain a comma: commas separate a contact's tags."));
        return;
    }
    showProblem({});
    // The account's own spelling when it has the tag already.
    const auto known = std::find_if(m_suggestions.cbegin(), m_suggestions.cend(),
                                    [&](const QString &s) { return s.compare(tag, Qt::CaseInsensitive) == 0; });
    m_tags.append(known != m_suggestions.cend() ? *known : tag);
    rebuildChips();
    if (known == m_suggestions.cend())
        Q_EMIT newTagAdded(tag);
    Q_EMIT edited();
}

void TagField::rebuildChips()
{
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(m_chips);
        chip->setObjectName(u"tagChip_"_s + tag);
        chip->setText(m_readOnly ? tag : tag + u"  \u00d7"_s);
        chip->setToolTip(m_readOnly ? tag : tr("Remove the tag %1").arg(tag));
        chip->setAccessibleName(tr("Tag %1").arg(tag));
        chip->setStyleSheet(u"QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"_s);
        chip->setEnabled(!m_readOnly);
        connect(chip, &QToolButton::clicked, this, [this, tag] {
            m_tags.removeAll(tag);
            rebuildChips();
            Q_EMIT edited();
        });
        m_chipsLayout->addWidget(chip);
    }
    m_chipsLayout->addStretch();
    m_chips->setVisible(!m_tags.isEmpty() || m_readOnly);
}
