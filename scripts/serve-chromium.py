#!/usr/bin/env python3
"""`selfhelp serve` in headless Chromium, as an author meets it: open an article page, change the
article on disk, and see the page change by itself (its live-reload script), with the findings
panel, no console error and no CSP violation. Leaves a screenshot before and after the change.

  scripts/serve-chromium.py SELFHELP CHROMIUM SCREENSHOT_DIR

Needs the PyPI package websocket-client (scripts/serve-chromium.sh installs it)."""
import json, os, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request, base64
from devtools import Browser

selfhelp, chromium, shots = sys.argv[1], sys.argv[2], sys.argv[3]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
work = tempfile.mkdtemp()
kb = os.path.join(work, "kb")
shutil.copytree(os.path.join(root, "Articles"), kb)
article = os.path.join(kb, "identity", "password-sync-not-working.md")
failures = []

def fail(message):
    failures.append(message)
    print("FAIL " + message)

serve = subprocess.Popen([selfhelp, "serve", kb, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
url = serve.stdout.readline().strip()
if not url.startswith("http://127.0.0.1:"):
    sys.exit("selfhelp serve printed no URL: %r %s" % (url, serve.stderr.read()))
page_url = url + "articles/identity/password-sync-not-working.html"
print("serving " + url)

browser = Browser(chromium, work, ["--window-size=1400,1000"], timeout=20)
events = browser.events
call = browser.call
try:
    evaluate = browser.evaluate

    def screenshot(name):
        data = call("Page.captureScreenshot", format="png")["data"]
        path = os.path.join(shots, name)
        open(path, "wb").write(base64.b64decode(data))
        print("screenshot " + path)

    for domain in ("Page", "Runtime", "Log", "Network"):
        call(domain + ".enable")
    call("Page.navigate", url=page_url)
    deadline = time.time() + 20
    while time.time() < deadline and evaluate("document.readyState") != "complete":
        time.sleep(0.1)
    h1 = evaluate("document.querySelector('h1') && document.querySelector('h1').textContent")
    print("h1 before: %r" % h1)
    if h1 != "Password synchronization is not working":
        fail("unexpected h1 %r" % h1)
    if not evaluate("!!document.querySelector('aside.selfhelp-findings h2')"):
        fail("no findings panel")
    # Wait until the live-reload socket is open, then mark this page: a reload made by the page
    # itself drops the mark; we never reload it.
    deadline = time.time() + 10
    while time.time() < deadline and not any(e.get("method") == "Network.webSocketCreated" for e in events):
        call("Runtime.evaluate", expression="1")
        time.sleep(0.1)
    time.sleep(0.5)
    evaluate("window.__selfhelpMark = 'before'")
    screenshot("serve-before.png")

    text = open(article, encoding="utf-8").read()
    open(article, "w", encoding="utf-8").write(text.replace("# Password synchronization is not working", "# Password sync changed on disk", 1)
                                               .replace("](", "](", 1) + "\nSee [here](https://learn.microsoft.com/x).\n")
    changed_at = time.time()
    seen = None
    while time.time() - changed_at < 10:
        try:
            seen = evaluate("document.querySelector('h1') && document.querySelector('h1').textContent")
        except Exception:
            seen = None
        if seen == "Password sync changed on disk" and evaluate("document.readyState") == "complete":
            break
        time.sleep(0.1)
    elapsed = time.time() - changed_at
    print("h1 after: %r (%.1f s after the edit)" % (seen, elapsed))
    if seen != "Password sync changed on disk":
        fail("the page did not change by itself within 10 s")
    if evaluate("window.__selfhelpMark") is not None:
        fail("the page was not reloaded (the mark survived)")
    panel = evaluate("document.querySelector('aside.selfhelp-findings').textContent") or ""
    if "link-vague-text" not in panel:
        fail("the findings panel does not show the new finding: %r" % panel[:300])
    time.sleep(0.3)
    screenshot("serve-after.png")

    # Console errors, exceptions, CSP violations, requests that failed or left the origin.
    while True:
        browser.socket.settimeout(0.5)
        try:
            events.append(json.loads(browser.socket.recv()))
        except Exception:
            break
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            fail("exception: %s" % params.get("exceptionDetails", {}).get("text"))
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            fail("console error: %s" % params.get("args"))
        if method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            # The browser's own favicon request: the site has none (nor does the build's).
            if not entry.get("url", "").endswith("/favicon.ico"):
                fail("log error: %s %s" % (entry.get("text"), entry.get("url", "")))
        if method == "Network.loadingFailed" and not params.get("canceled"):
            fail("request failed: %s" % params.get("errorText"))
        if method == "Network.requestWillBeSent":
            requested = params.get("request", {}).get("url", "")
            if not (requested.startswith(url) or requested.startswith(url.replace("http", "ws")) or requested.startswith("data:")):
                fail("request left the origin: %s" % requested)
    browser.socket.close()
finally:
    browser.close()
    serve.send_signal(signal.SIGTERM)
    try:
        status = serve.wait(timeout=10)
        print("selfhelp serve stopped on SIGTERM with status %d" % status)
        if status != 0:
            fail("selfhelp serve exited with %d on SIGTERM" % status)
    except subprocess.TimeoutExpired:
        serve.kill()
        fail("selfhelp serve did not stop on SIGTERM within 10 s")
    shutil.rmtree(work, ignore_errors=True)

if failures:
    sys.exit(1)
print("ok: the page followed the edit on disk by itself")
