print("pkg __main__ runs as", __name__)
