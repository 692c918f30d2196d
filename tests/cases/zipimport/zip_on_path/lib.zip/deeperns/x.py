V = "namespace portion in a zip"
