#!/usr/bin/python3
"""Opens an HTML page in headless Chromium with the network off and checks it as a reader would.

    browser_check.py PAGE.html [--marks SELECTOR=N]... [--pdf OUT.pdf --pages N]
                     [--screenshot OUT.png] [--timeout SECONDS] [--chromium PATH]

Starts `chromium --headless=new` with a temporary profile and drives it through the DevTools
protocol (python3-websocket; nothing else beyond the standard library). The page is loaded from
file:// with the network emulated offline and every request that is not file:// or data:
failed, so a page that is not self-contained fails. Checks, each failing on its own:

- nothing on the console: console.error, console.warn and console.assert calls, uncaught
  exceptions, and the browser's own log entries of level error (a resource that did not load);
- no network request was attempted (each URL is named);
- --marks SELECTOR=N (repeatable): document.querySelectorAll(SELECTOR) finds exactly N elements,
  and each of them is drawn (its box is not empty);
- --pdf OUT.pdf --pages N: printing (Page.printToPDF, A4 unless the page's @page says otherwise)
  writes OUT.pdf, and `pdfinfo` counts N pages in it. --pages without --pdf prints to a temporary
  file; --pdf without --pages only writes it;
- --screenshot OUT.png: a PNG of the whole page, the viewport 1024 pixels wide and as tall as
  the content (an artefact for a person to look at, not compared with anything).

Exits 0 when every check passes; 1 with one line per failure on stderr otherwise (also when the
browser cannot be started or the run takes longer than --timeout, 60 s by default); 2 for a
usage error.

Example:
    browser_check.py build/report.html --marks '#modes .mark=5' --pdf build/report.pdf --pages 2
"""

import argparse
import base64
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import websocket

A4_INCHES = (8.27, 11.69)
SCREEN_WIDTH = 1024


class Timeout(Exception):
    pass


class BrowserGone(Exception):
    pass


class DevTools:
    """One WebSocket to the browser; commands to a page go through its flattened session."""

    def __init__(self, url, deadline, on_event):
        self.deadline = deadline
        self.on_event = on_event
        self.next_id = 0
        self.socket = websocket.create_connection(
            url, timeout=self.remaining(), suppress_origin=True, enable_multithread=False
        )

    def remaining(self):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Timeout()
        return left

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        return self.next_id

    def receive(self):
        self.socket.settimeout(self.remaining())
        try:
            text = self.socket.recv()
        except websocket.WebSocketTimeoutException as error:
            raise Timeout() from error
        except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError) as error:
            raise BrowserGone(str(error)) from error
        if not text:
            raise BrowserGone("the DevTools connection closed")
        return json.loads(text)

    def call(self, method, params=None, session=None):
        """Sends a command and returns its result; events that come first go to on_event."""
        wanted = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self.on_event(message)

    def wait_for(self, method, session):
        while True:
            message = self.receive()
            self.on_event(message)
            if message.get("method") == method and message.get("sessionId") == session:
                return message.get("params", {})

    def close(self):
        try:
            self.socket.close()
        except Exception:  # noqa: BLE001 - closing a connection that may be gone already
            pass


class Chromium:
    """The browser process, its temporary profile, and the address of its DevTools."""

    def __init__(self, executable, deadline):
        self.profile = tempfile.mkdtemp(prefix="peer-chromium-")
        self.stderr_lines = []
        self.url = None
        self.found = threading.Event()
        command = [
            executable,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={self.profile}",
            "--remote-debugging-port=0",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--mute-audio",
            "about:blank",
        ]
        # Its own process group, so that its helper processes end with it.
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,
        )
        threading.Thread(target=self._read_stderr, daemon=True).start()
        self._wait_for_devtools(deadline)

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr_lines.append(line.rstrip("\n"))
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found and not self.url:
                self.url = found.group(1)
                self.found.set()
        self.found.set()

    def _wait_for_devtools(self, deadline):
        active_port = os.path.join(self.profile, "DevToolsActivePort")
        while not self.url:
            if self.process.poll() is not None:
                raise BrowserGone(f"chromium exited with status {self.process.returncode}")
            if os.path.exists(active_port):
                with open(active_port, encoding="utf-8") as file:
                    lines = file.read().split()
                if len(lines) >= 2:
                    self.url = f"ws://127.0.0.1:{lines[0]}{lines[1]}"
                    break
            if time.monotonic() >= deadline:
                raise Timeout()
            self.found.wait(0.05)

    def stderr_tail(self, lines=5):
        return " | ".join(self.stderr_lines[-lines:])

    def stop(self, devtools):
        if devtools is not None:
            try:
                devtools.send("Browser.close")
            except Exception:  # noqa: BLE001 - the browser may be gone already
                pass
            devtools.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # helpers left behind, if any
        except ProcessLookupError:
            pass
        if self.process.poll() is None:
            self.process.wait(timeout=5)
        shutil.rmtree(self.profile, ignore_errors=True)


def own_url(url):
    return url.startswith("file:") or url.startswith("data:")


class Check:
    def __init__(self, args):
        self.args = args
        self.failures = []
        self.requests = []  # URLs of attempted network requests, each once
        self.session = None
        self.devtools = None
        self.phase = "starting chromium"

    def fail(self, text):
        self.failures.append(" | ".join(line.strip() for line in text.splitlines()))

    def network_request(self, url):
        if url not in self.requests:
            self.requests.append(url)
            self.fail(f"a network request was attempted: {url}")

    def on_event(self, message):
        method = message.get("method", "")
        params = message.get("params", {})
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            if own_url(url):
                self.devtools.send(
                    "Fetch.continueRequest", {"requestId": params["requestId"]}, self.session
                )
            else:
                self.network_request(url)
                self.devtools.send(
                    "Fetch.failRequest",
                    {"requestId": params["requestId"], "errorReason": "InternetDisconnected"},
                    self.session,
                )
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not own_url(url):
                self.network_request(url)
        elif method == "Runtime.consoleAPICalled":
            if params.get("type") in ("error", "warning", "assert"):
                texts = [
                    str(a.get("value", a.get("description", a.get("type"))))
                    for a in params.get("args", [])
                ]
                self.fail(f"console.{params['type']}: {' '.join(texts)}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            where = f" at {details.get('url', '')}:{details.get('lineNumber', -1) + 1}"
            self.fail(f"uncaught exception: {text.splitlines()[0] if text else '?'}{where}")
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                where = f" ({entry['url']})" if entry.get("url") else ""
                self.fail(f"browser log, {entry.get('source')}: {entry.get('text')}{where}")

    def evaluate(self, expression):
        result = self.devtools.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self.session,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "?")
            raise ValueError(text.splitlines()[0])
        return result["result"].get("value")

    def run(self, page):
        deadline = time.monotonic() + self.args.timeout
        browser = None
        try:
            browser = Chromium(self.args.chromium, deadline)
            self.phase = "connecting to chromium"
            self.devtools = DevTools(browser.url, deadline, self.on_event)
            self.phase = "opening a page"
            target = self.devtools.call("Target.createTarget", {"url": "about:blank"})
            attached = self.devtools.call(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
            )
            self.session = attached["sessionId"]
            for method, params in [
                ("Page.enable", {}),
                ("Runtime.enable", {}),
                ("Log.enable", {}),
                ("Network.enable", {}),
                (
                    "Network.emulateNetworkConditions",
                    {"offline": True, "latency": 0, "downloadThroughput": -1,
                     "uploadThroughput": -1},
                ),
                ("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}),
                ("Emulation.setDeviceMetricsOverride",
                 {"width": SCREEN_WIDTH, "height": 768, "deviceScaleFactor": 1, "mobile": False}),
            ]:
                self.devtools.call(method, params, self.session)
            self.phase = f"loading {page}"
            navigated = self.devtools.call("Page.navigate", {"url": page}, self.session)
            if navigated.get("errorText"):
                self.fail(f"the page did not load: {navigated['errorText']}")
                return
            self.devtools.wait_for("Page.loadEventFired", self.session)
            # Two frames after the load: what the page does at once has happened.
            self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            self.phase = "counting marks"
            for selector, expected in self.args.marks:
                self.count_marks(selector, expected)
            if self.args.screenshot:
                self.phase = "taking a screenshot"
                self.screenshot(self.args.screenshot)
            if self.args.pdf or self.args.pages is not None:
                self.phase = "printing to PDF"
                self.print_pdf(self.args.pdf, self.args.pages)
        except Timeout:
            self.fail(f"timed out after {self.args.timeout:g} s while {self.phase}")
        except BrowserGone as error:
            tail = browser.stderr_tail() if browser else ""
            self.fail(f"chromium stopped while {self.phase}: {error}; its stderr: {tail}")
        except (OSError, RuntimeError, ValueError, websocket.WebSocketException) as error:
            self.fail(f"while {self.phase}: {error}")
        finally:
            if browser is not None:
                browser.stop(self.devtools)

    def count_marks(self, selector, expected):
        try:
            found, drawn = self.evaluate(
                f"(() => {{ const all = [...document.querySelectorAll({json.dumps(selector)})];"
                " return [all.length, all.filter(e => { const r = e.getBoundingClientRect();"
                " return r.width > 0 && r.height > 0; }).length]; })()"
            )
        except ValueError as error:
            self.fail(f"{selector}: {error}")
            return
        if found != expected:
            self.fail(f"{selector}: {found} elements, expected {expected}")
        elif drawn != found:
            self.fail(f"{selector}: {found - drawn} of the {found} elements are not drawn")

    def screenshot(self, path):
        metrics = self.devtools.call("Page.getLayoutMetrics", {}, self.session)
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        width = max(SCREEN_WIDTH, int(size["width"] + 0.999))
        height = int(size["height"] + 0.999)
        self.devtools.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            self.session,
        )
        shot = self.devtools.call(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True},
            self.session,
        )
        write(path, base64.b64decode(shot["data"]))

    def print_pdf(self, path, pages):
        printed = self.devtools.call(
            "Page.printToPDF",
            {"preferCSSPageSize": True, "paperWidth": A4_INCHES[0],
             "paperHeight": A4_INCHES[1], "printBackground": True},
            self.session,
        )
        data = base64.b64decode(printed["data"])
        if path is None:
            with tempfile.TemporaryDirectory(prefix="peer-pdf-") as folder:
                self.check_pages(write(os.path.join(folder, "page.pdf"), data), pages)
        else:
            self.check_pages(write(path, data), pages)

    def check_pages(self, path, expected):
        if expected is None:
            return
        try:
            info = subprocess.run(
                ["pdfinfo", path], capture_output=True, text=True, check=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError) as error:
            self.fail(f"pdfinfo could not read {path}: {error}")
            return
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        if not found:
            self.fail(f"pdfinfo gives no page count for {path}")
        elif int(found.group(1)) != expected:
            self.fail(f"the PDF has {found.group(1)} pages, expected {expected}")


def write(path, data):
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)
    return path


def mark_count(text):
    selector, equals, count = text.rpartition("=")
    if not equals or not selector or not count.isdigit():
        raise argparse.ArgumentTypeError(f"expected SELECTOR=N, got {text!r}")
    return selector, int(count)


def main():
    parser = argparse.ArgumentParser(
        description="Check an HTML page in headless Chromium with the network off."
    )
    parser.add_argument("page", help="the HTML file")
    parser.add_argument("--marks", type=mark_count, action="append", default=[],
                        metavar="SELECTOR=N", help="exactly N elements match SELECTOR")
    parser.add_argument("--pdf", help="print the page to this PDF file")
    parser.add_argument("--pages", type=int, help="the PDF has exactly this many pages")
    parser.add_argument("--screenshot", help="write a PNG of the whole page here")
    parser.add_argument("--timeout", type=float, default=60, help="seconds in all (60)")
    parser.add_argument("--chromium", default="chromium", help="the browser (chromium)")
    args = parser.parse_args()

    name = args.page
    if not os.path.isfile(args.page):
        print(f"browser_check: {name}: no such file", file=sys.stderr)
        return 1
    if shutil.which(args.chromium) is None:
        print(f"browser_check: {args.chromium} not found: install Debian's chromium "
              "(bash scripts/dev installs it)", file=sys.stderr)
        return 1
    check = Check(args)
    check.run(pathlib.Path(args.page).resolve().as_uri())
    for failure in check.failures:
        print(f"browser_check: {name}: {failure}", file=sys.stderr)
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
