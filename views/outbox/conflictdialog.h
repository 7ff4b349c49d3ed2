// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QRadioButton;

// Shows each field of an update that someone changed on the server meanwhile, with the value
// the user saw, the user's value and the server's, and asks which to keep per field.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const ct::api::ApiParams &mine, const ct::api::ApiParams &base,
                   const ct::api::ApiParams &theirs, QWidget *parent = nullptr);

    // Field -> true to keep mine, false to take the server's.
    QMap<QString, bool> choices() const;

private:
    QHash<QString, QRadioButton *> m_keepMine;
};
