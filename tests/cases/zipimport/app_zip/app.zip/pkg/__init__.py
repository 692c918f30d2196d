NAME = "pkg in a zip"
