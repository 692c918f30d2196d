# HTTPStatus: every member, its phrase and description, aliases, properties
from http import HTTPStatus, HTTPMethod
import http

print(http.__all__)
for name, member in HTTPStatus.__members__.items():
    print(name, member.name, int(member), repr(member.phrase), repr(member.description))
for m in HTTPStatus:
    print(m.value, m.is_informational, m.is_success, m.is_redirection,
          m.is_client_error, m.is_server_error)
print(len(HTTPStatus), len(HTTPStatus.__members__))
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), format(HTTPStatus.OK), f"{HTTPStatus.NOT_FOUND:>6}")
print(HTTPStatus(404), HTTPStatus['NOT_FOUND'], HTTPStatus.NOT_FOUND == 404, 404 == HTTPStatus.NOT_FOUND)
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE)
print(repr(HTTPStatus.UNPROCESSABLE_ENTITY))
print(HTTPStatus.OK + 1, HTTPStatus.OK < 300, hash(HTTPStatus.OK) == hash(200))
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus.OK).__mro__[1:])
print(HTTPStatus.__name__, HTTPStatus.__module__, HTTPStatus.__qualname__)
try:
    HTTPStatus(999)
except ValueError as e:
    print(type(e).__name__, e)
try:
    HTTPStatus['NOPE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    HTTPStatus.OK = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted({HTTPStatus.OK: 1, 200: 2}.items()))
print(HTTPStatus._value2member_map_[418])

for name, member in HTTPMethod.__members__.items():
    print(name, repr(member), str(member), member.value, repr(member.description))
print(HTTPMethod('GET'), HTTPMethod.GET == 'GET', HTTPMethod.POST.upper(), len(HTTPMethod))
print(f"{HTTPMethod.PUT}", "%s" % HTTPMethod.PATCH, HTTPMethod.GET.lower())
try:
    HTTPMethod('get')
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(HTTPMethod.GET, str), HTTPMethod.__module__)
