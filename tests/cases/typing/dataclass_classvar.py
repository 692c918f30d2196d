# dataclasses recognise typing.ClassVar and InitVar, also written as strings.
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List, Optional
import typing

@dataclass
class Config:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    plain: typing.ClassVar = 'x'
    secret: InitVar[Optional[str]] = None
    limit: Optional[int] = None

    def __post_init__(self, secret):
        self.has_secret = secret is not None

c = Config('a', secret='s')
print(c, c.has_secret, [f.name for f in fields(c)], Config.count, Config.plain)
print(Config.__init__.__annotations__ if False else '', Config.__dataclass_fields__['count']._field_type)
