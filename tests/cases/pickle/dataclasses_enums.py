# Dataclasses (plain, frozen, with slots) and the enum kinds round trip,
# with the bytes of the default protocol.
import dataclasses
import enum
import pickle


@dataclasses.dataclass
class Plain:
    x: int
    y: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    name: str
    n: int = 0


@dataclasses.dataclass(slots=True)
class Slots:
    a: int
    b: str = 'b'


class Shape(enum.Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Mode(enum.Flag):
    R = enum.auto()
    W = enum.auto()


class Name(enum.StrEnum):
    ALICE = enum.auto()


for proto in range(6):
    for obj in [Plain(1, [2]), Frozen('f', 3), Slots(4), Shape.SQUARE, Level.HIGH,
                Mode.R | Mode.W, Mode(0), Name.ALICE, [Shape.CIRCLE, Shape.CIRCLE]]:
        try:
            s = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        r = pickle.loads(s)
        print(proto, repr(r), r == obj, s if proto == 5 else len(s))
    print(pickle.loads(pickle.dumps(Shape, proto)) is Shape)
