# The __future__ module: features, their releases and flags; `from __future__ import annotations`
# keeps annotations as strings.
from __future__ import annotations

import __future__


def f(x: List[int], y: "Missing" = 3) -> Undefined:
    return x


print(f.__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(), hex(feat.compiler_flag))
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(type(__future__.division).__name__, __future__.__all__[:3])
