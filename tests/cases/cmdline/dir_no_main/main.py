# A directory without __main__ cannot be run.
# options: empty
