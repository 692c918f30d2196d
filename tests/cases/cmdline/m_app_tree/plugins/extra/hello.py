def greet():
    return f'hello from {__name__} in {__package__}'
