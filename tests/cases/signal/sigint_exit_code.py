# A handler of KeyboardInterrupt that exits with a code of its own.
# driver: sigint
import sys

print("ready", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("cleaning up")
    sys.exit(5)
