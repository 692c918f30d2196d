# show_offsets, show_positions, show_caches, adaptive and the file argument
import dis
import io


def spans(obj, key):
    value = obj.attr[key] + len(
        key)
    obj.attr = {key: value,
                "other": [value] * 3}
    return value


dis.dis(spans, show_offsets=True)
dis.dis(spans, show_positions=True)
dis.dis(spans, show_positions=True, show_offsets=True)
dis.dis(spans, show_caches=True, show_offsets=True)
dis.dis(spans, adaptive=True)
out = io.StringIO()
dis.dis(spans, file=out, show_caches=True, show_positions=True)
print(len(out.getvalue().splitlines()))
dis.disassemble(spans.__code__, lasti=12, show_offsets=True)
dis.disco(spans.__code__, 20)
