print("app package runs first", __name__)
