// SPDX-License-Identifier: MIT
// The states, district, territories and provinces the state list offers: the same codes
// Validator::isStateCode accepts, with the names people pick them by.
#include "fieldwidgets.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace FieldWidgets {

namespace {

struct Entry
{
    const char *code;
    const char *name;
    bool canadian;
};

const Entry entries[] = {
    {"AL", QT_TRANSLATE_NOOP("Regions", "Alabama"), false},
    {"AK", QT_TRANSLATE_NOOP("Regions", "Alaska"), false},
    {"AS", QT_TRANSLATE_NOOP("Regions", "American Samoa"), false},
    {"AZ", QT_TRANSLATE_NOOP("Regions", "Arizona"), false},
    {"AR", QT_TRANSLATE_NOOP("Regions", "Arkansas"), false},
    {"CA", QT_TRANSLATE_NOOP("Regions", "California"), false},
    {"CO", QT_TRANSLATE_NOOP("Regions", "Colorado"), false},
    {"CT", QT_TRANSLATE_NOOP("Regions", "Connecticut"), false},
    {"DE", QT_TRANSLATE_NOOP("Regions", "Delaware"), false},
    {"DC", QT_TRANSLATE_NOOP("Regions", "District of Columbia"), false},
    {"FL", QT_TRANSLATE_NOOP("Regions", "Florida"), false},
    {"GA", QT_TRANSLATE_NOOP("Regions", "Georgia"), false},
    {"GU", QT_TRANSLATE_NOOP("Regions", "Guam"), false},
    {"HI", QT_TRANSLATE_NOOP("Regions", "Hawaii"), false},
    {"ID", QT_TRANSLATE_NOOP("Regions", "Idaho"), false},
    {"IL", QT_TRANSLATE_NOOP("Regions", "Illinois"), false},
    {"IN", QT_TRANSLATE_NOOP("Regions", "Indiana"), false},
    {"IA", QT_TRANSLATE_NOOP("Regions", "Iowa"), false},
    {"KS", QT_TRANSLATE_NOOP("Regions", "Kansas"), false},
    {"KY", QT_TRANSLATE_NOOP("Regions", "Kentucky"), false},
    {"LA", QT_TRANSLATE_NOOP("Regions", "Louisiana"), false},
    {"ME", QT_TRANSLATE_NOOP("Regions", "Maine"), false},
    {"MD", QT_TRANSLATE_NOOP("Regions", "Maryland"), false},
    {"MA", QT_TRANSLATE_NOOP("Regions", "Massachusetts"), false},
    {"MI", QT_TRANSLATE_NOOP("Regions", "Michigan"), false},
    {"MN", QT_TRANSLATE_NOOP("Regions", "Minnesota"), false},
    {"MS", QT_TRANSLATE_NOOP("Regions", "Mississippi"), false},
    {"MO", QT_TRANSLATE_NOOP("Regions", "Missouri"), false},
    {"MT", QT_TRANSLATE_NOOP("Regions", "Montana"), false},
    {"NE", QT_TRANSLATE_NOOP("Regions", "Nebraska"), false},
    {"NV", QT_TRANSLATE_NOOP("Regions", "Nevada"), false},
    {"NH", QT_TRANSLATE_NOOP("Regions", "New Hampshire"), false},
    {"NJ", QT_TRANSLATE_NOOP("Regions", "New Jersey"), false},
    {"NM", QT_TRANSLATE_NOOP("Regions", "New Mexico"), false},
    {"NY", QT_TRANSLATE_NOOP("Regions", "New York"), false},
    {"NC", QT_TRANSLATE_NOOP("Regions", "North Carolina"), false},
    {"ND", QT_TRANSLATE_NOOP("Regions", "North Dakota"), false},
    {"MP", QT_TRANSLATE_NOOP("Regions", "Northern Mariana Islands"), false},
    {"OH", QT_TRANSLATE_NOOP("Regions", "Ohio"), false},
    {"OK", QT_TRANSLATE_NOOP("Regions", "Oklahoma"), false},
    {"OR", QT_TRANSLATE_NOOP("Regions", "Oregon"), false},
    {"PA", QT_TRANSLATE_NOOP("Regions", "Pennsylvania"), false},
    {"PR", QT_TRANSLATE_NOOP("Regions", "Puerto Rico"), false},
    {"RI", QT_TRANSLATE_NOOP("Regions", "Rhode Island"), false},
    {"SC", QT_TRANSLATE_NOOP("Regions", "South Carolina"), false},
    {"SD", QT_TRANSLATE_NOOP("Regions", "South Dakota"), false},
    {"TN", QT_TRANSLATE_NOOP("Regions", "Tennessee"), false},
    {"TX", QT_TRANSLATE_NOOP("Regions", "Texas"), false},
    {"VI", QT_TRANSLATE_NOOP("Regions", "U.S. Virgin Islands"), false},
    {"UT", QT_TRANSLATE_NOOP("Regions", "Utah"), false},
    {"VT", QT_TRANSLATE_NOOP("Regions", "Vermont"), false},
    {"VA", QT_TRANSLATE_NOOP("Regions", "Virginia"), false},
    {"WA", QT_TRANSLATE_NOOP("Regions", "Washington"), false},
    {"WV", QT_TRANSLATE_NOOP("Regions", "West Virginia"), false},
    {"WI", QT_TRANSLATE_NOOP("Regions", "Wisconsin"), false},
    {"WY", QT_TRANSLATE_NOOP("Regions", "Wyoming"), false},
    {"AB", QT_TRANSLATE_NOOP("Regions", "Alberta"), true},
    {"BC", QT_TRANSLATE_NOOP("Regions", "British Columbia"), true},
    {"MB", QT_TRANSLATE_NOOP("Regions", "Manitoba"), true},
    {"NB", QT_TRANSLATE_NOOP("Regions", "New Brunswick"), true},
    {"NL", QT_TRANSLATE_NOOP("Regions", "Newfoundland and Labrador"), true},
    {"NT", QT_TRANSLATE_NOOP("Regions", "Northwest Territories"), true},
    {"NS", QT_TRANSLATE_NOOP("Regions", "Nova Scotia"), true},
    {"NU", QT_TRANSLATE_NOOP("Regions", "Nunavut"), true},
    {"ON", QT_TRANSLATE_NOOP("Regions", "Ontario"), true},
    {"PE", QT_TRANSLATE_NOOP("Regions", "Prince Edward Island"), true},
    {"QC", QT_TRANSLATE_NOOP("Regions", "Quebec"), true},
    {"SK", QT_TRANSLATE_NOOP("Regions", "Saskatchewan"), true},
    {"YT", QT_TRANSLATE_NOOP("Regions", "Yukon"), true},
};

} // namespace

const QList<Region> &regions()
{
    static const QList<Region> list = [] {
        QList<Region> out;
        for (const Entry &e : entries)
            out.append({QString::fromLatin1(e.code), QCoreApplication::translate("Regions", e.name), e.canadian});
        return out;
    }();
    return list;
}

} // namespace FieldWidgets
