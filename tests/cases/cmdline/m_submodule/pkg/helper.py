X = "helper"
