// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The fixed demo credentials the sandbox accepts. They are published constants, not secrets:
// the console's demo mode and every test sign in with them.
namespace ct::sandbox::DemoCredentials {

QString accessToken();
QString enterpriseWebKey();
QStringList subAccountWebKeys();
QString standardWebKey();

} // namespace ct::sandbox::DemoCredentials
