// SPDX-License-Identifier: MIT
#include "democredentials.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox::DemoCredentials {

// Shaped like the real ones (a JWT and CT_ keys) so length and charset handling is exercised.
QString accessToken()
{
    return u"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdHNhbmRib3giLCJyb2xlIjoiNSIsIm9yaWdpbiI6ImRlbW8ifQ.c2FuZGJveC1kZW1vLW5vdC1hLXNlY3JldA"_s;
}

QString enterpriseWebKey() { return u"CT_demo0e7f1a9c3b5d24e68f0a1b2c3d4e5f60"_s; }

QStringList subAccountWebKeys()
{
    return {u"CT_demo1a2b3c4d5e6f708192a3b4c5d6e7f801"_s, u"CT_demo2b3c4d5e6f708192a3b4c5d6e7f80912"_s};
}

QString standardWebKey() { return u"CT_demo3c4d5e6f708192a3b4c5d6e7f8091a23"_s; }

} // namespace ct::sandbox::DemoCredentials
