# A namespace package cannot be run: it has no __main__.
# options: -m nsdir
