# fallback_getpass: the GetPassWarning (pointing at its caller), the
# notice on the stream, then the line read from stdin.
import getpass
import io
import sys
import warnings

sys.stdin = io.StringIO("first\nsecond\nthird\n")
out = io.StringIO()
print(repr(getpass.fallback_getpass("Secret: ", out)), repr(out.getvalue()))
print(repr(getpass.fallback_getpass()))
sys.stderr.flush()
print(repr(getpass.fallback_getpass("Key: ", out, echo_char="*")), repr(out.getvalue()))
try:
    getpass.fallback_getpass("Again: ", out)
except EOFError as e:
    print("EOFError", repr(out.getvalue()[-7:]))
warnings.simplefilter("error")
try:
    getpass.fallback_getpass("Nope: ", out)
except getpass.GetPassWarning as e:
    print(type(e).__name__, e)
