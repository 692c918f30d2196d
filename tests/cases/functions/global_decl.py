# global statements: reading, rebinding and creating module variables.
count = 0

def bump():
    global count
    count += 1
    return count

bump(); bump()
print(count)

def create():
    global created
    created = "made inside"

create()
print(created)

def reader():
    return count * 10

print(reader())

def local_shadow():
    count = -1
    return count

print(local_shadow(), count)

def nested():
    def inner():
        global count
        count = 100
    inner()

nested()
print(count)

def delete():
    global created
    del created

delete()
print("created" in globals())
