// SPDX-License-Identifier: MIT
#include "demonames.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox::DemoNames {

const QStringList &firstNames()
{
    static const QStringList list = {
        u"James"_s, u"Mary"_s, u"Robert"_s, u"Patricia"_s, u"John"_s, u"Jennifer"_s, u"Michael"_s,
        u"Linda"_s, u"David"_s, u"Elizabeth"_s, u"William"_s, u"Barbara"_s, u"Richard"_s, u"Susan"_s,
        u"Joseph"_s, u"Jessica"_s, u"Thomas"_s, u"Sarah"_s, u"Christopher"_s, u"Karen"_s,
        u"Charles"_s, u"Lisa"_s, u"Daniel"_s, u"Nancy"_s, u"Matthew"_s, u"Betty"_s, u"Anthony"_s,
        u"Sandra"_s, u"Mark"_s, u"Margaret"_s, u"Donald"_s, u"Ashley"_s, u"Steven"_s, u"Kimberly"_s,
        u"Andrew"_s, u"Emily"_s, u"Paul"_s, u"Donna"_s, u"Joshua"_s, u"Michelle"_s, u"Kenneth"_s,
        u"Carol"_s, u"Kevin"_s, u"Amanda"_s, u"Brian"_s, u"Melissa"_s, u"George"_s, u"Deborah"_s,
        u"Timothy"_s, u"Stephanie"_s, u"Ronald"_s, u"Rebecca"_s, u"Jason"_s, u"Sharon"_s,
        u"Ryan"_s, u"Laura"_s, u"Jacob"_s, u"Cynthia"_s, u"Gary"_s, u"Amy"_s, u"Nicholas"_s,
        u"Kathleen"_s, u"Eric"_s, u"Angela"_s, u"Jonathan"_s, u"Shirley"_s, u"Stephen"_s,
        u"Brenda"_s, u"Larry"_s, u"Emma"_s, u"Justin"_s, u"Olivia"_s, u"Liam"_s, u"Chloé"_s,
        u"Noah"_s, u"Ava"_s, u"Ethan"_s, u"Sophia"_s, u"Lucas"_s, u"Isabella"_s, u"Mateo"_s,
        u"María"_s, u"José"_s, u"Priya"_s, u"Wei"_s, u"Aiden"_s, u"Zoé"_s, u"Raj"_s, u"Mei"_s};
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = {
        u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Garcia"_s, u"Miller"_s,
        u"Davis"_s, u"Rodriguez"_s, u"Martinez"_s, u"Hernandez"_s, u"Lopez"_s, u"Gonzalez"_s,
        u"Wilson"_s, u"Anderson"_s, u"Thomas"_s, u"Taylor"_s, u"Moore"_s, u"Jackson"_s, u"Martin"_s,
        u"Lee"_s, u"Perez"_s, u"Thompson"_s, u"White"_s, u"Harris"_s, u"Sanchez"_s, u"Clark"_s,
        u"Ramirez"_s, u"Lewis"_s, u"Robinson"_s, u"Walker"_s, u"Young"_s, u"Allen"_s, u"King"_s,
        u"Wright"_s, u"Scott"_s, u"Torres"_s, u"Nguyen"_s, u"Hill"_s, u"Flores"_s, u"Green"_s,
        u"Adams"_s, u"Nelson"_s, u"Baker"_s, u"Hall"_s, u"Rivera"_s, u"Campbell"_s, u"Mitchell"_s,
        u"Carter"_s, u"Roberts"_s, u"Tremblay"_s, u"Gagnon"_s, u"Roy"_s, u"Côté"_s, u"Bouchard"_s,
        u"Gauthier"_s, u"MacDonald"_s, u"O'Brien"_s, u"Murphy"_s, u"Kelly"_s, u"Patel"_s,
        u"Singh"_s, u"Chen"_s, u"Wong"_s, u"Kim"_s, u"Park"_s, u"Cohen"_s, u"Schmidt"_s,
        u"Fischer"_s, u"Rossi"_s, u"Kowalski"_s, u"Van Dyke"_s, u"St. Pierre"_s, u"Fitzgerald"_s};
    return list;
}

const QList<Place> &places()
{
    static const QList<Place> list = {
        {"Denver", "CO", "802", "303", false},       {"Aurora", "CO", "800", "720", false},
        {"Colorado Springs", "CO", "809", "719", false}, {"Boulder", "CO", "803", "303", false},
        {"Fort Collins", "CO", "805", "970", false}, {"Phoenix", "AZ", "850", "602", false},
        {"Scottsdale", "AZ", "852", "480", false},   {"Salt Lake City", "UT", "841", "801", false},
        {"Austin", "TX", "787", "512", false},       {"Dallas", "TX", "752", "214", false},
        {"Houston", "TX", "770", "713", false},      {"San Antonio", "TX", "782", "210", false},
        {"Atlanta", "GA", "303", "404", false},      {"Charlotte", "NC", "282", "704", false},
        {"Raleigh", "NC", "276", "919", false},      {"Nashville", "TN", "372", "615", false},
        {"Orlando", "FL", "328", "407", false},      {"Tampa", "FL", "336", "813", false},
        {"Miami", "FL", "331", "305", false},        {"Chicago", "IL", "606", "312", false},
        {"Naperville", "IL", "605", "630", false},   {"Columbus", "OH", "432", "614", false},
        {"Indianapolis", "IN", "462", "317", false}, {"Minneapolis", "MN", "554", "612", false},
        {"Kansas City", "MO", "641", "816", false},  {"Omaha", "NE", "681", "402", false},
        {"Seattle", "WA", "981", "206", false},      {"Portland", "OR", "972", "503", false},
        {"Boise", "ID", "837", "208", false},        {"Las Vegas", "NV", "891", "702", false},
        {"San Diego", "CA", "921", "619", false},    {"Sacramento", "CA", "958", "916", false},
        {"Boston", "MA", "021", "617", false},       {"Hartford", "CT", "061", "860", false},
        {"Newark", "NJ", "071", "973", false},       {"Philadelphia", "PA", "191", "215", false},
        {"Pittsburgh", "PA", "152", "412", false},   {"Baltimore", "MD", "212", "410", false},
        {"Richmond", "VA", "232", "804", false},     {"Washington", "DC", "200", "202", false},
        {"Toronto", "ON", "M5V", "416", true},       {"Mississauga", "ON", "L5B", "905", true},
        {"Ottawa", "ON", "K1P", "613", true},        {"Montréal", "QC", "H3B", "514", true},
        {"Québec", "QC", "G1R", "418", true},        {"Vancouver", "BC", "V6B", "604", true},
        {"Calgary", "AB", "T2P", "403", true},       {"Edmonton", "AB", "T5J", "780", true},
        {"Winnipeg", "MB", "R3C", "204", true},      {"Halifax", "NS", "B3H", "902", true}};
    return list;
}

const QStringList &streets()
{
    static const QStringList list = {
        u"Maple"_s, u"Oak"_s, u"Pine"_s, u"Cedar"_s, u"Elm"_s, u"Washington"_s, u"Lake"_s, u"Hill"_s,
        u"Park"_s, u"Main"_s, u"Church"_s, u"Sunset"_s, u"Lincoln"_s, u"Highland"_s, u"Willow"_s,
        u"Meadow"_s, u"Ridge"_s, u"Spruce"_s, u"Birch"_s, u"Aspen"_s, u"Colfax"_s, u"Broadway"_s,
        u"King"_s, u"Queen"_s, u"Yonge"_s, u"Bloor"_s, u"Juniper"_s, u"Cherry Creek"_s};
    return list;
}

const QStringList &streetSuffixes()
{
    static const QStringList list = {u"St"_s, u"Ave"_s, u"Rd"_s, u"Dr"_s, u"Ln"_s, u"Ct"_s,
                                     u"Blvd"_s, u"Way"_s, u"Pl"_s, u"Cir"_s};
    return list;
}

const QStringList &emailDomains()
{
    static const QStringList list = {u"gmail.com"_s, u"yahoo.com"_s, u"outlook.com"_s,
                                     u"hotmail.com"_s, u"icloud.com"_s, u"comcast.net"_s,
                                     u"aol.com"_s, u"rogers.com"_s, u"shaw.ca"_s, u"example.com"_s};
    return list;
}

const QStringList &companies()
{
    static const QStringList list = {
        u"Front Range Property Management"_s, u"Summit Dental Group"_s, u"Blue Spruce Realty"_s,
        u"Lakeside HOA"_s, u"Peak Performance Gym"_s, u"Cherry Creek Apartments"_s,
        u"Northern Lights Cafe"_s, u"Maple Leaf Holdings"_s, u"Great Lakes Logistics"_s,
        u"Riverbend Church"_s, u"Copper Mountain Builders"_s, u"Prairie Wind Farms"_s};
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list = {u"Office Manager"_s, u"Homeowner"_s, u"Property Manager"_s,
                                     u"Owner"_s, u"Facilities Director"_s, u"HOA President"_s,
                                     u"Operations Manager"_s, u"Realtor"_s};
    return list;
}

const QStringList &occupations()
{
    static const QStringList list = {u"Teacher"_s, u"Nurse"_s, u"Engineer"_s, u"Accountant"_s,
                                     u"Retired"_s, u"Sales"_s, u"Physician"_s, u"Contractor"_s,
                                     u"Software Developer"_s, u"Attorney"_s};
    return list;
}

const QStringList &projectTypes()
{
    static const QStringList list = {u"Interior Painting"_s, u"Exterior Painting"_s,
                                     u"Cabinet Refinishing"_s, u"Deck Staining"_s,
                                     u"Drywall Repair"_s, u"Commercial Repaint"_s};
    return list;
}

} // namespace ct::sandbox::DemoNames
