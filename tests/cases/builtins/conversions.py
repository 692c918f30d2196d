# int/float/str/bool/list/tuple/dict/set constructors, and errors from int().
print(int("12"), int(12.9), int("-0b101", 0), float("3.5"), str(3.5), bool("x"), list("ab"), tuple([1]))
print(abs(-5), abs(5.5), abs(-10 ** 20), abs(True), abs(-0.0))
print(chr(97), ord("a"), chr(0x10FFFF) == "\U0010ffff", ord("\U0001F600"))
print(hex(255), hex(-255), hex(0), hex(2 ** 70), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(7, 2, 5))
print(round(3.7), round(-3.7), round(3.14159, 2), round(12345, -2), round(15, -1), round(25, -1), round(0.125, 2))
for bad in ["", "1.5", "abc", "1 2", "0x10", "١٢٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
