# env: http_proxy=http://proxy.example:3128 HTTPS_PROXY=https://secure.example:443 ftp_proxy= FTP_PROXY=ftp://upper.example Ftp_Proxy=http://mixed.example no_proxy=localhost,.internal.example,,.Other.ORG:8080
# getproxies from the environment, proxy_bypass, _parse_proxy, ProxyHandler
import os
import urllib.request as ur

print(sorted(ur.getproxies().items()))
print(sorted(ur.getproxies_environment().items()))
for host in ["localhost", "LOCALHOST:80", "a.internal.example", "internal.example", "xinternal.example",
             "other.org", "www.other.org", "other.org:8080", "www.other.org:8080", "example.com"]:
    print(host, ur.proxy_bypass(host), ur.proxy_bypass_environment(host))
print(ur.proxy_bypass_environment("x", {"no": "*"}), ur.proxy_bypass_environment("x", {}),
      ur.proxy_bypass_environment("x.y", {"no": "y"}))
os.environ["REQUEST_METHOD"] = "GET"
print(sorted(ur.getproxies().items()))
os.environ["HTTP_PROXY"] = "http://cgi.example"
print(sorted(ur.getproxies().items()))
del os.environ["REQUEST_METHOD"]

for proxy in ["proxy.example:3128", "http://proxy.example:3128", "http://joe:pw@proxy.example:3128/",
              "http://joe:pw@proxy.example", "http://joe@proxy.example/path", "https://p:1/x/y",
              "www.example.com", "joe:pw@p:1", "socks5://h:1080"]:
    print(proxy, ur._parse_proxy(proxy))
for bad in ["file:/etc/passwd", "http:/single"]:
    try:
        ur._parse_proxy(bad)
    except ValueError as e:
        print("ValueError", e)

h = ur.ProxyHandler({"http": "http://joe:secret@p.example:8000", "FTP": "ftp.example:21"})
print(sorted(k for k in vars(h) if k.endswith("_open")), h.proxies)
req = ur.Request("http://target.example/page?q=1")
print(h.http_open(req), req.host, req.type, req.selector, req.has_proxy(), req.headers)
req = ur.Request("http://localhost/x")
print(h.http_open(req), req.host, req.has_proxy())
try:
    ur.ProxyHandler(["not", "a", "mapping"])
except AssertionError as e:
    print("AssertionError", e)
print(ur.ProxyHandler().proxies == ur.getproxies())
