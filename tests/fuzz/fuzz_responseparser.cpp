// SPDX-License-Identifier: MIT
// libFuzzer entry point for ct::api::parseResponse (built only with clang; see libfuzzer/).

#include "fuzzharness.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString broken = ct::fuzz::checkResponse(data, size);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "parseResponse broke a promise: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
