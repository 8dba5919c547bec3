#!/usr/bin/env python3
"""Re-check latency of `selfhelp lsp`: time from a `didChange` to the `publishDiagnostics` that
answers it, on a 100 KB article inside a knowledge base (default: a copy of ../shared/corpus, else
Articles/). Each edit toggles a vague link at the end of the article, so every edit changes the
findings and gets an answer.

  scripts/lsp-latency.py SELFHELP [KB_DIR] [--edits N]

Prints the median and the 90th percentile in milliseconds (a benchmark, not a test: run it on a
release build; Docs/benchmarks.md has the figures)."""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

args = [a for a in sys.argv[1:] if not a.startswith("--")]
edits = int(sys.argv[sys.argv.index("--edits") + 1]) if "--edits" in sys.argv else 40
if "--edits" in sys.argv:
    args.remove(str(edits))
selfhelp = os.path.abspath(args[0])
here = os.path.dirname(os.path.abspath(__file__))
source = args[1] if len(args) > 1 else (os.path.join(here, "../../shared/corpus/articles") if os.path.isdir(os.path.join(here, "../../shared/corpus/articles")) else os.path.join(here, "../Articles"))

work = tempfile.mkdtemp()
kb = os.path.join(work, "kb")
shutil.copytree(source, kb)
# A 100 KB article: a header, then numbered sections of ordinary steps.
section = ("## **Step {n}**\n\n1. Open the resource in the portal and check its settings.\n"
           "2. Review the [activity log](https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log) "
           "for failed operations.\n3. Confirm the network rules allow the client's address.\n\n")
body = "# A long troubleshooting article\n\n"
n = 1
while len(body) < 100_000:
    body += section.format(n=n)
    n += 1
header = ('<properties\n    pageTitle="A long troubleshooting article"\n    articleId="00000000-0000-4000-8000-00000000b100"\n'
          '    selfHelpType="generic"\n    cloudEnvironments="public"\n    ownershipId="Team_Bench"\n/>\n')
text = header + body
path = os.path.join(kb, "long-article.md")
open(path, "w").write(text)
uri = "file://" + path

proc = subprocess.Popen([selfhelp, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(message):
    data = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    proc.stdin.flush()

def receive():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("selfhelp lsp ended")
        if line == b"\r\n":
            break
        name, value = line.decode().split(":", 1)
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))

def wait_for_diagnostics(version):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri \
                and message["params"].get("version") == version:
            return message

start = time.time()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": "file://" + kb, "capabilities": {}}})
while receive().get("id") != 1:
    pass
loaded = time.time() - start
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
wait_for_diagnostics(1)

lines = text.count("\n")
added = "\nSee [here](https://learn.microsoft.com/x).\n"
samples = []
for version in range(2, edits + 2):
    if version % 2 == 0:
        change = {"range": {"start": {"line": lines, "character": 0}, "end": {"line": lines, "character": 0}}, "text": added}
    else:
        change = {"range": {"start": {"line": lines, "character": 0}, "end": {"line": lines + 2, "character": 0}}, "text": ""}
    began = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    wait_for_diagnostics(version)
    samples.append((time.perf_counter() - began) * 1000)

send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
while receive().get("id") != 2:
    pass
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait(timeout=10)
shutil.rmtree(work)
articles = sum(len([f for f in fs if f.endswith(".md")]) for _, _, fs in os.walk(source)) + 1
samples.sort()
print(f"lsp re-check: {len(samples)} edits of a {len(text) // 1000} KB article in a knowledge base of {articles} articles "
      f"(initialize {loaded * 1000:.0f} ms): median {statistics.median(samples):.1f} ms, "
      f"p90 {samples[int(len(samples) * 0.9) - 1]:.1f} ms, max {samples[-1]:.1f} ms")
