class D(dict):
    pass
def route(req):
    match req:
        case {"method": "GET", "path": path}:
            return f"get {path}"
        case {"method": "POST", "path": path, **rest} if rest:
            return f"post {path} extra={sorted(rest)}"
        case {"method": m}:
            return f"unsupported {m}"
        case {1: one}:
            return f"int key {one}"
        case {}:
            return "empty mapping or unmatched"
    return "not a mapping"
for r in [{"method": "GET", "path": "/"}, {"method": "POST", "path": "/x", "body": 1, "h": 2},
          {"method": "POST", "path": "/y"}, D(method="PUT"), {1: "uno"}, {"other": 1}, [("method", "GET")]]:
    print(route(r))
