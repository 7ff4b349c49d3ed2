// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Word lists for the demo data: common US and Canadian names, real city / state / postal
// prefixes and area codes, so generated contacts look like an office's real contact list.
namespace ct::sandbox::DemoNames {

struct Place
{
    const char *city;
    const char *state;      // two-letter state or province code
    const char *postal;     // US: the zip's first three digits; Canada: the forward sortation area
    const char *areaCode;
    bool canadian;
};

const QStringList &firstNames();
const QStringList &lastNames();
const QList<Place> &places();
const QStringList &streets();
const QStringList &streetSuffixes();
const QStringList &emailDomains();
const QStringList &companies();
const QStringList &jobTitles();
const QStringList &occupations();
const QStringList &projectTypes();

} // namespace ct::sandbox::DemoNames
