OTHER = "other value"
