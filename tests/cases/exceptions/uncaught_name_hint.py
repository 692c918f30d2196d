def greet(name):
    mesage = "hello " + name
    return message
greet("bob")
