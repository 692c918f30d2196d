# Subclasses of int and str seed as their values.
import random

class I(int):
    pass

class S(str):
    pass

class B(bytes):
    pass

print(random.Random(I(77)).random() == random.Random(77).random())
print(random.Random(S("seed")).random() == random.Random("seed").random())
print(random.Random(B(b"seed")).random() == random.Random(b"seed").random())
print(random.Random("seed").random() == random.Random(b"seed").random())
print(random.Random(bytearray(b"seed")).random() == random.Random(b"seed").random())
