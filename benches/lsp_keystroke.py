#!/usr/bin/env python3
"""Time the language server per keystroke on a large document (issue 27:
at most 300 ms on a 1 MB document). docs/performance.md records the figures.

    python3 benches/lsp_keystroke.py POLICY [BIN] [KEYSTROKES]

Starts `BIN lsp` (default target/release/policyc), opens POLICY, waits for
its diagnostics, then sends KEYSTROKES (default 5) full-text changes, each
one character typed into a comment at the end, and times each from the
change to the diagnostics it brings. A document of 1 MiB or more is analysed
once changes pause for the server's debounce (150 ms, src/lsp/mod.rs), which
the time includes; "analysis" is that time less the debounce. Also prints
the peak memory of the server (VmHWM). Needs only the standard library.
"""

import json
import os
import queue
import subprocess
import sys
import threading
import time

DEBOUNCE_BYTES = 1024 * 1024
DEBOUNCE_S = 0.150


def frames(stream, out):
    """Reads LSP frames from `stream` into the queue `out` (None at the end)."""
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                out.put(None)
                return
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = stream.read(length)
        out.put((time.perf_counter(), json.loads(body)))


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def wait_for(inbox, pred, timeout=600):
    end = time.perf_counter() + timeout
    while True:
        item = inbox.get(timeout=max(0.01, end - time.perf_counter()))
        if item is None:
            raise SystemExit("the server ended")
        at, msg = item
        if pred(msg):
            return at, msg


def peak_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    path = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/policyc"
    keystrokes = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(path, encoding="utf-8") as f:
        text = f.read()
    uri = "file:///bench/" + os.path.basename(path)
    proc = subprocess.Popen(
        [binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    inbox = queue.Queue()
    threading.Thread(target=frames, args=(proc.stdout, inbox), daemon=True).start()
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    wait_for(inbox, lambda m: m.get("id") == 1)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def diagnostics(m):
        return m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri

    start = time.perf_counter()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "policy", "version": 1, "text": text}}})
    at, msg = wait_for(inbox, diagnostics)
    print(f"document: {len(text.encode()):,} bytes, {len(msg['params']['diagnostics'])} diagnostics")
    print(f"open: {1000 * (at - start):.0f} ms")
    text += "\n// "
    times = []
    for k in range(keystrokes):
        text += "x"
        start = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": {"textDocument": {"uri": uri, "version": k + 2},
                               "contentChanges": [{"text": text}]}})
        at, _ = wait_for(inbox, diagnostics)
        times.append(at - start)
    debounce = DEBOUNCE_S if len(text.encode()) >= DEBOUNCE_BYTES else 0.0
    times.sort()
    median = times[len(times) // 2]
    print(f"keystroke to diagnostics: median {1000 * median:.0f} ms, "
          f"best {1000 * times[0]:.0f} ms, worst {1000 * times[-1]:.0f} ms "
          f"(analysis: median {1000 * (median - debounce):.0f} ms; debounce {1000 * debounce:.0f} ms)")
    print(f"server peak memory: {peak_kib(proc.pid) / 1024:.1f} MiB")
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait_for(inbox, lambda m: m.get("id") == 2)
    send(proc, {"jsonrpc": "2.0", "method": "exit", "params": None})
    proc.wait(timeout=30)


if __name__ == "__main__":
    main()
