# SETUP_ANNOTATIONS: module annotations under `from __future__ import annotations`.
from __future__ import annotations

x: int = 1
y: list[str]
print(__annotations__)

def g(a: undefined_name) -> Other:
    return a

print(g.__annotations__, g(5))
