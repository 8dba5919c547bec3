#!/usr/bin/env python3
"""The built site in headless Chromium, served over HTTP from the output folder (python3 -m
http.server on loopback): pages at 360, 1280 and 1920 pixels wide, and searches.

  scripts/site-check.py SITE_DIR CHROMIUM SCREENSHOT_DIR CHECKS_JSON

CHECKS_JSON: {"pages": [[name, path, [expected text…]]…],
              "searches": [[name, query, expected page substring of the first results ("": none, the search must
              only not fail), within N, "facet=value"…]…],
              "maxQueryBytes": 153600}
Every link the site writes (outside the articles' own HTML) leads to a file of the site. Every page at every width: it loads, logs no console error or exception, makes no failed request
and none that leaves the origin, and does not scroll sideways (scrollWidth <= innerWidth). Every
search: the expected article among the first N results, and the bytes it fetched (the page
included, cache disabled) within maxQueryBytes. Prints one line per check and the bytes per query.
Needs the PyPI package websocket-client."""
import base64, json, os, re, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request
from devtools import Browser

site, chromium, shots, checks = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3], json.load(open(sys.argv[4]))
widths = [360, 1280, 1920]
failures = []

def fail(message):
    failures.append(message)
    print("FAIL " + message)

# Every link and image the site itself writes (the article's own HTML aside: its broken links are
# findings) leads to a file of the output folder.
links = broken = 0
for folder, _, names in os.walk(site):
    for name in names:
        if not name.endswith(".html"):
            continue
        page = os.path.join(folder, name)
        html = re.sub(r"<!--selfhelp:body-->.*?<!--/selfhelp:body-->", "", open(page, encoding="utf-8").read(), flags=re.S)
        for m in re.finditer(r'(?:href|src|action)="([^"]*)"', html):
            url = m.group(1).replace("&amp;", "&")
            if not url or url.startswith("#") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
                continue
            links += 1
            target = os.path.normpath(os.path.join(folder, urllib.parse.unquote(url.split("#")[0].split("?")[0])))
            if not target.startswith(os.path.abspath(site)) or not os.path.exists(target):
                broken += 1
                if broken <= 10:
                    fail("%s links to %s, which is not in the site" % (os.path.relpath(page, site), url))
print("site links: %d local links outside the articles' own HTML, %d broken" % (links, broken))

server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "--bind", "127.0.0.1", "0", "--directory", site],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = server.stdout.readline()
match = re.search(r"port (\d+)", line)
if not match:
    sys.exit("http.server printed no port: %r" % line)
origin = "http://127.0.0.1:%s/" % match.group(1)
work = tempfile.mkdtemp()
browser = Browser(chromium, work, ["--hide-scrollbars"], timeout=30)
events = browser.events
call = browser.call
try:
    evaluate = browser.evaluate

    def load(url, ready="true"):
        """Navigates, waits for the load and `ready`, returns the events of the visit."""
        del events[:]
        call("Page.navigate", url=url)
        deadline = time.time() + 20
        while time.time() < deadline and not (evaluate("document.readyState") == "complete" and evaluate(ready)):
            time.sleep(0.1)
        time.sleep(0.3)
        call("Runtime.evaluate", expression="1")  # collects the events that arrived meanwhile
        return list(events)

    def problems(name, visit):
        """Console errors, exceptions, failed and off-origin requests; returns the bytes fetched."""
        total = 0
        for e in visit:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                fail("%s: exception: %s" % (name, params.get("exceptionDetails", {}).get("exception", {}).get("description")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning"):
                fail("%s: console %s: %s" % (name, params.get("type"), [a.get("value") for a in params.get("args", [])]))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                fail("%s: log: %s %s" % (name, params["entry"].get("text"), params["entry"].get("url", "")))
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                fail("%s: request failed: %s" % (name, params.get("errorText")))
            elif method == "Network.responseReceived" and params.get("response", {}).get("status", 200) >= 400:
                fail("%s: %s answered %s" % (name, params["response"].get("url"), params["response"].get("status")))
            elif method == "Network.requestWillBeSent":
                requested = params.get("request", {}).get("url", "")
                if not (requested.startswith(origin) or requested.startswith("data:")):
                    fail("%s: request left the origin: %s" % (name, requested))
            elif method == "Network.loadingFinished":
                total += params.get("encodedDataLength", 0)
        return total

    for domain in ("Page", "Runtime", "Log", "Network"):
        call(domain + ".enable")
    call("Network.setCacheDisabled", cacheDisabled=True)

    for width in widths:
        call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 600)
        for name, path, expected in checks["pages"]:
            before = len(failures)
            visit = load(origin + path)
            problems("%s@%d" % (name, width), visit)
            text = evaluate("document.body ? document.body.innerText : ''") or ""
            for wanted in expected:
                if wanted not in text and not evaluate("document.documentElement.outerHTML.includes(%s)" % json.dumps(wanted)):
                    fail("%s@%d: missing %r" % (name, width, wanted))
            overflow = evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow is None or overflow > 0:
                fail("%s@%d: scrolls sideways by %s px" % (name, width, overflow))
            broken = evaluate("Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
            if broken:
                fail("%s@%d: images that did not load: %s" % (name, width, broken))
            shot = os.path.join(shots, "%s-%d.png" % (name, width))
            data = call("Page.captureScreenshot", format="png", captureBeyondViewport=False)["data"]
            open(shot, "wb").write(base64.b64decode(data))
            if len(failures) == before:
                print("ok   %s@%d %s" % (name, width, shot))

    # Print: the article pages as printed (A4 width at 96 dpi), without navigation, and not cut at the side.
    call("Emulation.setDeviceMetricsOverride", width=794, height=1123, deviceScaleFactor=1, mobile=False)
    call("Emulation.setEmulatedMedia", media="print")
    for name, path, _ in checks["pages"]:
        if not path.startswith("articles/"):
            continue
        load(origin + path)
        if evaluate("getComputedStyle(document.querySelector('.site-search')).display") != "none":
            fail("%s@print: the search box is printed" % name)
        overflow = evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow is None or overflow > 0:
            fail("%s@print: wider than the page by %s px" % (name, overflow))
        open(os.path.join(shots, "%s-print.png" % name), "wb").write(base64.b64decode(call("Page.captureScreenshot", format="png")["data"]))
    call("Emulation.setEmulatedMedia", media="")

    call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
    limit = checks.get("maxQueryBytes", 153600)
    for name, query, wanted, within, *filters in checks["searches"]:
        url = origin + "search.html?q=" + urllib.parse.quote(query) + "".join("&" + f for f in filters)
        visit = load(url, "document.getElementById('status') && document.getElementById('status').textContent.length > 0 && "
                          "(document.querySelectorAll('#results li').length > 0 || /No |failed/.test(document.getElementById('status').textContent))")
        fetched = problems("search %s" % name, visit)
        requests = sum(1 for e in visit if e.get("method") == "Network.loadingFinished")
        hrefs = evaluate("Array.from(document.querySelectorAll('#results li a')).map(a => a.getAttribute('href'))") or []
        status = evaluate("document.getElementById('status').textContent")
        rank = next((i + 1 for i, h in enumerate(hrefs) if wanted in urllib.parse.unquote(h)), None)
        print("query %-28s %7d bytes in %2d requests; %s; expected at rank %s" % (json.dumps(query), fetched, requests, status, rank))
        if filters:
            metas = evaluate("Array.from(document.querySelectorAll('#results li .meta')).map(m => m.textContent)") or []
            value = filters[0].split("=", 1)[1]
            if not metas or any(value not in m.split(" · ") for m in metas):
                fail("search %s: a result outside the filter %s: %s" % (name, filters[0], metas[:5]))
        if wanted and (rank is None or rank > within):
            fail("search %s: %r not among the first %d results: %s" % (name, wanted, within, hrefs[:within]))
        if fetched > limit:
            fail("search %s: fetched %d bytes, over %d" % (name, fetched, limit))
        if not wanted and (status or "").startswith("Search failed"):
            fail("search %s: %s" % (name, status))
        if "#" not in (hrefs[0] if hrefs else "#"):
            print("note: the first result links to the page top (no section anchor)")
        open(os.path.join(shots, "search-%s.png" % name), "wb").write(
            base64.b64decode(call("Page.captureScreenshot", format="png")["data"]))
    browser.socket.close()
finally:
    browser.close()
    server.terminate()
    server.wait(timeout=10)

if failures:
    print("%d problems" % len(failures))
    sys.exit(1)
print("ok: %d pages at %s px and %d searches" % (len(checks["pages"]), "/".join(map(str, widths)), len(checks["searches"])))
