import sys
RESULT = "target ran as " + __name__
SEEN_ARGV0 = sys.argv[0]
SEEN_IN_MODULES = sys.modules.get(__name__) is not None
