# get_type_hints over dataclasses and NamedTuples, and typing objects as dataclass fields.
from dataclasses import dataclass, field, fields, KW_ONLY
from typing import get_type_hints, List, Optional, Literal, Annotated, ClassVar, NamedTuple, Any

@dataclass(frozen=True)
class Item:
    name: str
    kind: Literal['a', 'b'] = 'a'
    tags: List[str] = field(default_factory=list)
    note: Annotated[Optional[str], 'free text'] = None
    _: KW_ONLY
    weight: float = 1.0
    registry: ClassVar[dict] = {}
    extra: Any = None

print(Item('x'), [f.name for f in fields(Item)])
print(get_type_hints(Item))
print(get_type_hints(Item, include_extras=True)['note'])
print(Item.__init__.__annotations__ if False else '', Item('y', 'b', weight=2))

class Row(NamedTuple):
    key: str
    values: List[int] = []
print(get_type_hints(Row), Row('k'))
