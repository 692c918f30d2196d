where = __file__
