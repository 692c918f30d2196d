# sys.exit with an int status: output before it is flushed, nothing after runs.
import sys
print("before exit")
sys.exit(3)
print("never printed")
