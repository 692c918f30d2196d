# A zip archive without __main__ cannot be run.
# options: empty.zip
