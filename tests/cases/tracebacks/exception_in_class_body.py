class Settings:
    debug = True
    level = int("verbose")
