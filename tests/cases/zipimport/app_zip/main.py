# A zip archive with __main__.pyc at its root given as the script.
# options: app.zip one two
print("not run: the archive is")
