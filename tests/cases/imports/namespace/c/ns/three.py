v = "three"
