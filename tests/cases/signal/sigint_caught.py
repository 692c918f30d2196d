# KeyboardInterrupt can be caught; the program then ends normally.
# driver: sigint
import sys

print("ready", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args, type(e).__mro__)
    print(isinstance(e, Exception), isinstance(e, BaseException))
print("after the loop")
sys.stderr.write("done\n")
