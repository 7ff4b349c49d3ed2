// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks which contact to open: its ClientTether id or the external id an integration gave it.
// The reason an id cannot be opened is shown at the field. By external id, the contact can also
// be deleted without opening it (the other system knows its contacts by that id only).
class OpenContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenContactDialog(QWidget *parent = nullptr);

    QString value() const;
    bool byExternalId() const;
    void showProblem(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void openRequested(const QString &value, bool byExternalId);
    void deleteRequested(const QString &externalId);

private:
    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
};
