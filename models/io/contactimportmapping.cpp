// SPDX-License-Identifier: MIT
#include "contactimportmapping.h"

#include "calllabels.h"

#include "api/parameterschema.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using ct::api::ParameterGroup;
using ct::api::ParameterSchema;

namespace ct::models::ContactImportMapping {

namespace {

// Letters and digits only, lower case: "E-mail" and "e_mail" and "EMail" all become "email".
QString folded(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

// Names other programs (Outlook, Google Contacts, Excel templates) give the same fields.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> rows = {
            {"firstName", {u"first"_s, u"givenname"_s, u"forename"_s, u"fname"_s}},
            {"lastName", {u"last"_s, u"surname"_s, u"familyname"_s, u"lname"_s}},
            {"phone", {u"phone"_s, u"phonenumber"_s, u"mobile"_s, u"mobilenumber"_s, u"cell"_s,
                       u"cellphone"_s, u"telephone"_s, u"tel"_s, u"primaryphone"_s}},
            {"second_phone", {u"phone2"_s, u"otherphone"_s, u"homephone"_s, u"workphone"_s,
                              u"businessphone"_s, u"alternatephone"_s}},
            {"email", {u"mail"_s, u"emailaddress"_s, u"email1"_s}},
            {"address", {u"street"_s, u"streetaddress"_s, u"address1"_s, u"addressline1"_s}},
            {"city", {u"town"_s}},
            {"state", {u"province"_s, u"stateprovince"_s, u"region"_s}},
            {"zip", {u"zipcode"_s, u"postalcode"_s, u"postcode"_s}},
            {"compName", {u"company"_s, u"companyname"_s, u"organization"_s, u"organisation"_s,
                          u"business"_s}},
            {"job_title", {u"title"_s, u"position"_s}},
            {"tag", {u"tags"_s}},
        };
        QHash<QString, QString> t;
        for (const auto &[key, names] : rows) {
            for (const QString &name : names)
                t.insert(name, QString::fromLatin1(key));
        }
        return t;
    }();
    return table;
}

// Folded key and folded label of every client key, to the key.
const QHash<QString, QString> &clientNames()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const auto &spec : ParameterSchema::all()) {
            if (spec.group != ParameterGroup::Client)
                continue;
            t.insert(folded(spec.key), spec.key);
            t.insert(folded(CallLabels::fieldLabel(spec.key)), spec.key);
        }
        return t;
    }();
    return table;
}

} // namespace

QList<TargetField> targetFields()
{
    QList<TargetField> fields;
    for (const auto &spec : ParameterSchema::all()) {
        if (spec.group == ParameterGroup::Client && !spec.readOnly && spec.key != u"client_id")
            fields.append({spec.key, CallLabels::fieldLabel(spec.key)});
    }
    return fields;
}

QString customKeyFor(const QString &header)
{
    QString key;
    bool gap = false;
    for (QChar c : header.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (gap && !key.isEmpty())
                key.append(u'_');
            gap = false;
            key.append(c.toLower());
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;   // accents fall away; anything else separates words
        }
    }
    if (key.isEmpty())
        return {};
    if (!key.front().isLetter())
        key.prepend(u"field_"_s);
    key.truncate(64);
    while (key.endsWith(u'_'))
        key.chop(1);
    if (ParameterSchema::isReservedClientKey(key) || !ParameterSchema::isValidExpansionKey(key))
        return {};
    return key;
}

QString suggestTarget(const QString &header, const QStringList &knownCustomKeys)
{
    const QString name = folded(header);
    if (name.isEmpty())
        return {};
    QString key = clientNames().value(name);
    if (key.isEmpty())
        key = synonyms().value(name);
    if (!key.isEmpty())
        return key == u"client_id" ? QString() : key;   // the server gives new contacts their id
    for (const QString &custom : knownCustomKeys) {
        if (folded(custom) == name)
            return custom;
    }
    return customKeyFor(header);
}

QStringList suggest(const QStringList &headers, const QStringList &knownCustomKeys)
{
    QStringList targets;
    QSet<QString> taken;
    for (const QString &header : headers) {
        QString key = suggestTarget(header, knownCustomKeys);
        if (!key.isEmpty() && taken.contains(key))
            key.clear();
        if (!key.isEmpty())
            taken.insert(key);
        targets.append(key);
    }
    return targets;
}

} // namespace ct::models::ContactImportMapping
