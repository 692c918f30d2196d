import sys
import helper
print(__name__, helper.NAME)
print(sys.path[1] == sys.path[0] + "/extra", __file__ == sys.path[1] + "/tool.py")
