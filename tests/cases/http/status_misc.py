# http.client's status constants and responses; HTTPStatus and HTTPMethod in use
import http
import http.client
from http import HTTPStatus, HTTPMethod

missing = [name for name in HTTPStatus.__members__ if getattr(http.client, name, None) is not HTTPStatus[name]]
print(missing, len(http.client.responses))
print(all(http.client.responses[m] == m.phrase for m in HTTPStatus))
print(list(http.client.responses.items())[:3], type(next(iter(http.client.responses))).__name__)
print(sorted({HTTPStatus.OK, HTTPStatus.NOT_FOUND, HTTPStatus.CREATED}))
print([s for s in HTTPStatus if s.is_redirection])
print(max(HTTPStatus), min(HTTPStatus), HTTPStatus.OK in {200}, 200 in HTTPStatus.__members__.values())


def describe(code):
    match code:
        case HTTPStatus.OK:
            return "fine"
        case HTTPStatus.NOT_FOUND | HTTPStatus.GONE:
            return "absent"
        case _:
            return "other %d %s" % (code, HTTPStatus(code).phrase)


print(describe(200), describe(404), describe(410), describe(503))
print(HTTPMethod.GET in {"GET", "POST"}, sorted(HTTPMethod)[:3], HTTPMethod["PATCH"], HTTPMethod.GET.startswith("G"))
print(dir(HTTPStatus.OK)[-8:], "phrase" in dir(HTTPStatus.OK))
print(HTTPStatus.OK.__class__.__name__, HTTPStatus.OK.name, HTTPStatus.OK.value, HTTPStatus.OK._value_)
print(HTTPStatus(HTTPStatus.OK) is HTTPStatus.OK, HTTPStatus["OK"] is HTTPStatus.OK)
print(HTTPStatus.is_success.__class__.__name__, HTTPStatus.EARLY_HINTS.is_informational)
print(str(HTTPMethod.OPTIONS), repr(HTTPMethod.OPTIONS), format(HTTPMethod.OPTIONS, ">10"))
print(sorted(HTTPStatus.__members__.keys() - {s.name for s in HTTPStatus}))
print(int(HTTPStatus.IM_A_TEAPOT), float(HTTPStatus.OK), HTTPStatus.OK * 2, -HTTPStatus.OK, HTTPStatus.OK // 100)
try:
    HTTPStatus.OK.phrase = "changed"
except AttributeError as e:
    print("AttributeError", e)
print(HTTPStatus.OK.phrase)
