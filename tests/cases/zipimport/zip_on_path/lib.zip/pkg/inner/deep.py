WHERE = "deep from the zip"
