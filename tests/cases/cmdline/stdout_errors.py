# The standard streams' error handlers under the C.UTF-8 locale the suite
# runs in: stdout and stdin escape undecodable bytes, stderr backslashes.
import sys

print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors, sys.flags.utf8_mode)
print("escaped \udcff\udce9 back")
print("stderr \udcff", file=sys.stderr)
sys.stdout.write("\udc80\n")
