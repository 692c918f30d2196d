class Bad:
    __match_args__ = ["x"]
    x = 1
try:
    match Bad():
        case Bad(1):
            print("matched")
except TypeError as e:
    print(e)
x = 7
try:
    match 1:
        case x.real():
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match [1, 2, 3]:
    case [1, *rest] if sum(rest) > 100:
        print("big")
    case [1, *rest]:
        print("rest", rest)
