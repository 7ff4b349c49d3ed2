// SPDX-License-Identifier: MIT
#include "contacteditorchecks.h"

#include "fieldwidgets.h"

#include "api/validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ContactEditorChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactEditor", text);
}

} // namespace

QString problemWith(const QString &key, const QString &value, const ct::api::ApiParams &context,
                    bool required)
{
    if (value.trimmed().isEmpty())
        return required ? tr("Required: a contact needs a first and a last name.") : QString();
    // Client create and update take custom fields, so judge as they do.
    const QString problem = ct::api::Validator::problemWith(key, value, true);
    if (!problem.isEmpty())
        return problem;
    if (key == u"zip"_s)
        return zipProblemForState(value, context.value(u"state"_s));
    return {};
}

QString zipProblemForState(const QString &zip, const QString &state)
{
    // One rule for the editor and the CSV import: it lives with the schema's other checks.
    return ct::api::Validator::zipProblemForState(zip, state);
}

QStringList requiredForCreate()
{
    return ct::api::callSpec(ct::api::Call::CreateClient).required;
}

} // namespace ContactEditorChecks
