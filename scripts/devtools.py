"""Headless Chromium driven over the DevTools protocol, for the browser checks
(scripts/site-check.py, scripts/serve-chromium.py): one page, commands with `call`, every event
kept in `events`. Needs the `websocket-client` package."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import websocket


class Browser:
    """Starts Chromium with a fresh profile under `work` and connects to its page."""

    def __init__(self, chromium, work, extra_arguments=(), timeout=30):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--user-data-dir=" + os.path.join(work, "profile"), "--remote-debugging-port=%d" % port, *extra_arguments,
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        page = None
        for _ in range(150):
            try:
                targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json" % port))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.1)
        if page is None:
            self.close()
            sys.exit("chromium's debugging port did not answer")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        self.counter = 0
        self.events = []

    def call(self, method, **params):
        """Sends a command and returns its result; events that arrive meanwhile go to `events`."""
        self.counter += 1
        self.socket.send(json.dumps({"id": self.counter, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.counter:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        """The value of a JavaScript expression in the page."""
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True).get("result", {}).get("value")

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=10)
