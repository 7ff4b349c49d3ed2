// SPDX-License-Identifier: MIT
#pragma once

#include "fieldwidgets.h"

class QComboBox;
class QHBoxLayout;
class QPushButton;

// A contact's tags as removable chips, with a box to add one: picked from the account's tags
// or typed as a new one (the caller is told, so it can queue create_tag). The wire value is
// the document's comma-separated list.
class TagField : public FieldWidget
{
    Q_OBJECT

public:
    TagField(const QString &key, const QString &label, QWidget *parent);

    QString value() const override;
    void setValue(const QString &wireValue) override;
    bool isTyped() const override { return false; }
    void setReadOnly(bool readOnly) override;

    // The account's tags, offered while typing.
    void setSuggestions(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    QComboBox *input() const { return m_input; }

Q_SIGNALS:
    // The user added a tag the account does not have yet.
    void newTagAdded(const QString &tag);

private:
    void addTyped();
    void rebuildChips();

    QStringList m_tags;
    QStringList m_suggestions;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipsLayout = nullptr;
    QComboBox *m_input = nullptr;
    QPushButton *m_add = nullptr;
    bool m_readOnly = false;
};
