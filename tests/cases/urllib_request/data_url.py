# urlopen on data: URLs
import urllib.request
from urllib.request import urlopen

for url in ["data:,Hello%2C%20World!",
            "data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==",
            "data:text/html;charset=utf-8,%3Ch1%3Ehi%3C%2Fh1%3E",
            "data:;base64,AAEC",
            "data:application/json,{\"a\":1}",
            "data:,",
            "data:text/plain;charset=iso-8859-1;base64,6Q==",
            "data:,a#frag"]:
    with urlopen(url) as f:
        print(url)
        print("  ", f.read(), f.status, f.code, f.getcode(), f.url == url, f.geturl() == url)
        print("  ", f.info().items(), f.headers.get_content_type(), f.headers.get_content_charset())
        print("  ", type(f).__name__, f.reason if hasattr(f, "reason") else "-")

f = urlopen("data:,abcdef")
print(f.read(2), f.readline(), f.closed)
f.close()
print(f.closed)

for bad in ["data:text/plain", "data:text\x01/plain,x", "data:;base64,AAE"]:
    try:
        urlopen(bad)
    except Exception as e:
        print(type(e).__name__, e)

h = urllib.request.DataHandler()
print(h.handler_order, h.data_open(urllib.request.Request("data:,xy")).read())
