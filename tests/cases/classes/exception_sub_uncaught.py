class AppError(Exception):
    def __str__(self):
        return "application failed: " + ", ".join(map(str, self.args))
def run():
    raise AppError("disk", 3)
run()
