# Without -P the script's directory comes first: a module beside it imports.
import sys

import hashseed_zero

print(hashseed_zero.__name__, sys.flags.safe_path)
