# A closed StringIO or BytesIO has no value any more.
import io

for obj in (io.StringIO("text"), io.BytesIO(b"bytes")):
    obj.close()
    try:
        obj.getvalue()
    except ValueError as e:
        print(type(obj).__name__, e)
    print(obj.closed, repr(obj)[:12])
