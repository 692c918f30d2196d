# Union and Optional: in 3.14 typing.Union is types.UnionType.
import types
from typing import Union, Optional, List, Any

print(Union is types.UnionType, Union[int, str], Union[int], Union[int, int], Optional[str])
print(Union[int, Union[str, bytes]], Union[int, None] == Optional[int], Union[int, str] == Union[str, int])
print(type(Union[int, str]), Union[int, str].__args__, Union[List[int], None], int | List[str])
print(Optional[Union[int, str]], Union[int, 'Fwd'], Union[Any, int])
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(bool, Union[int, str]))
for bad in (lambda: Union[()], lambda: Union[3], lambda: Optional[int, str], lambda: Union[(int, str),]):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
