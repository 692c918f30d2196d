def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item, *rest] if rest:
            return f"take {item} and {len(rest)} more"
        case ["take", item]:
            return f"take {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "take lamp", "take a b c", "quit", "", "dance wildly"]:
    print(repr(c), "->", run(c))
