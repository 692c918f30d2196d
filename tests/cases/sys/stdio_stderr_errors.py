# stderr escapes what it cannot encode with backslashes; stdout's strict
# errors raise UnicodeEncodeError for a lone surrogate.
import sys

sys.stderr.write("lone \udc80 and \ud800 and caf\xe9\n")
print("lone \udc80 to stderr", file=sys.stderr)
try:
    print("lone \udc80 to stdout")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end, file=sys.stderr)
sys.stdout.reconfigure(errors="backslashreplace")
print("lone \udc80 now escaped")
sys.stdout.reconfigure(errors="replace")
print("lone \udc80 now replaced")
sys.stdout.reconfigure(errors="ignore")
print("lone \udc80 now ignored")
