# f-strings: conversions, format specs, nested fields
import dis


def fmt(name, width, value):
    return f"{name!r:>{width}} {value:.3f} {value!s} {name!a} {width:{'x'}} done"


dis.dis(fmt)
for ins in dis.get_instructions(fmt):
    if ins.opname in ("CONVERT_VALUE", "FORMAT_WITH_SPEC", "FORMAT_SIMPLE", "BUILD_STRING"):
        print(ins.opname, ins.arg, ins.argval, repr(ins.argrepr))
