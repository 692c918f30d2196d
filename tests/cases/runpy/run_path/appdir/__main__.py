import sys
FROM = "appdir main, argv0 " + sys.argv[0]
print("running", __name__)
