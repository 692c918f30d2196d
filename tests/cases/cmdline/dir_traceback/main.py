# An exception in a directory's __main__.
# options: app
