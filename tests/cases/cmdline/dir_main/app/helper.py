NAME = "helper beside __main__"
