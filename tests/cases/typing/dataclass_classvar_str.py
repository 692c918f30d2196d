from __future__ import annotations
# String annotations: ClassVar through the module's typing import.
from dataclasses import dataclass, fields
import typing
from typing import ClassVar

@dataclass
class A:
    x: int
    y: ClassVar[int] = 1
    z: typing.ClassVar[str] = 'z'
    w: 'typing.List[int]' = None

print([f.name for f in fields(A)], A(1), A.y, A.z)
