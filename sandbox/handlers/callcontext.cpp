// SPDX-License-Identifier: MIT
#include "callcontext.h"

namespace ct::sandbox {

bool CallContext::has(const QString &key) const
{
    const auto it = params.constFind(key);
    return it != params.constEnd() && !it.value().trimmed().isEmpty();
}

} // namespace ct::sandbox
