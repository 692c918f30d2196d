# get_origin and get_args over every kind of annotation.
import collections.abc
import typing as t

T = t.TypeVar('T')
P = t.ParamSpec('P')
items = [int, None, t.Any, t.List, t.List[int], list[int], t.Dict[str, t.List[int]], t.Optional[int],
         int | str, t.Union[int, str, None], t.Literal['a', 1], t.Annotated[int, 'x', 2], t.ClassVar[int],
         t.Final[str], t.Callable[[int, str], None], t.Callable[..., T], t.Callable[P, int],
         collections.abc.Callable[[int], str], t.Tuple[int, ...], tuple[int, ...], t.Tuple[()],
         t.Generic, t.Generic[T], t.Protocol, P.args, P.kwargs, t.Required[int], t.Unpack[t.TypeVarTuple('Ts')],
         t.Concatenate[int, P], t.Type[int], type[int], t.TypeGuard[int], t.Self, t.Iterable[T]]
for x in items:
    print(repr(x), '|', t.get_origin(x), '|', t.get_args(x))
