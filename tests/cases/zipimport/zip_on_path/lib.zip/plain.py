WHERE = "plain from the zip"
