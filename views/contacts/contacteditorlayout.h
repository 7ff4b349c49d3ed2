// SPDX-License-Identifier: MIT
#pragma once

#include "fieldwidgets.h"

#include <QList>
#include <QString>
#include <QStringList>

// How the contact editor arranges the schema's client keys: sections, labels and the few
// shapes the schema cannot tell (a multi-line whiteboard, ids picked by name). Kept with the
// view because it is about presentation, not about what the API accepts.
namespace ContactEditorLayout {

struct Section
{
    QString name;    // its group box is "<name>Section"
    QString title;   // translated
    QStringList keys;
};

// Every key of the Client Parameters table appears in exactly one section, in this order;
// a key the schema gains later lands in a last "Other" section rather than disappearing.
QList<Section> sections();

QString label(const QString &key);
FieldWidgets::Shape shape(const QString &key);
// What an empty field reads as on a new contact where the server fills it in; empty otherwise.
QString filledByServer(const QString &key);

} // namespace ContactEditorLayout
