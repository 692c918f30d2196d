import sys
RESULT = "script saw argv[0] " + ("as its file" if sys.argv[0] == __file__ else sys.argv[0])
