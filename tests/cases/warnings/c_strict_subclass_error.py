# options: -W error::DeprecationWarning
# the same warnings turned into errors: the conversion fails
class I:
    def __int__(self):
        return True
    def __index__(self):
        return False

for f in (int, lambda x: [1][x], lambda x: "%d" % x, hex):
    try:
        print(f(I()))
    except DeprecationWarning as e:
        print("error:", str(e)[:40])
