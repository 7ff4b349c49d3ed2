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
    if (zip.isEmpty() || !ct::api::Validator::isStateCode(state))
        return {};
    static const QRegularExpression canadian(u"^[A-Za-z]\\d[A-Za-z] \\d[A-Za-z]\\d\\z"_s);
    const bool zipIsCanadian = canadian.match(zip).hasMatch();
    if (FieldWidgets::isCanadianProvince(state) && !zipIsCanadian)
        return tr("%1 is a Canadian province: a postal code is written A1A 1A1, for example K1A 0B1.").arg(state);
    if (!FieldWidgets::isCanadianProvince(state) && zipIsCanadian)
        return tr("%1 is a US state: a zip is written 12345, 12345-6789 or 12345-6789-01.").arg(state);
    return {};
}

QStringList requiredForCreate()
{
    const ct::api::CallSpec *create = ct::api::findCall(u"create_client");
    return create ? create->required : QStringList{u"firstName"_s, u"lastName"_s};
}

} // namespace ContactEditorChecks
