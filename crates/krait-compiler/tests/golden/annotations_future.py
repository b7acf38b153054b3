from __future__ import annotations
x: List[int] = []
def f(a: Dict[str, int], *b: "T", c: int | None = None) -> Optional[X.Y]:
    y: int = 1
    return y
