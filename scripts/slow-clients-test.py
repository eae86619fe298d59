#!/usr/bin/env python3
"""pathway-server against slow clients, on loopback only, bounded in count and time.

Starts the server with a low open-file limit (1,024) and short timeouts, opens 1,100
connections that each send half a request head and then nothing, and checks that a normal
client's /healthz is answered within the read timeout plus a second; then that a body that
stalls, and a chunked body that never ends, are dropped (the connection closed by the server)
within the read timeout plus a second; then that 6,500 unknown ids in `done` answer 400, small;
and (as root, with a full device node of its own) that a log that cannot be written does not
stop the server.
Every socket has a timeout and the server is stopped at the end, whatever happens.

    python3 scripts/slow-clients-test.py path/to/pathway-server
"""

import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

READ_TIMEOUT = 2
SLOW_CONNECTIONS = 1100
FILE_LIMIT = 1024


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def low_file_limit():
    resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))


def get(url, timeout, form=None):
    """Status and body of a GET (a POST of `form`, URL-encoded, when given), or None when no
    answer came in time."""
    request = urllib.request.Request(url, data=form and form.encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded"} if form else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (OSError, TimeoutError):
        return None


def closed_by_server(sock, within):
    """Whether the server closes `sock` within `within` seconds (reads EOF or a reset)."""
    sock.settimeout(within)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except ConnectionResetError:
        return True
    except (socket.timeout, TimeoutError):
        return False


def log_on_full_device(server_path, project):
    """The server with standard error on a full device still answers; [] or the failure."""
    if os.geteuid() != 0:
        print("skipped: a full device node needs root")
        return []
    with tempfile.TemporaryDirectory() as folder:
        full = os.path.join(folder, "full")
        os.mknod(full, 0o600 | 0o020000, os.makedev(1, 7))  # a character device: the full one
        port = free_port()
        with open(full, "w") as log:
            server = subprocess.Popen(
                [server_path, "--host", "127.0.0.1", "--port", str(port),
                 "--store", "none", "--rules", os.path.join(project, "rules"),
                 "--catalogue", os.path.join(project, "catalogue")],
                stdout=subprocess.DEVNULL, stderr=log)
        try:
            answers = []
            for _ in range(100):
                answers = [get(f"http://127.0.0.1:{port}/healthz", 1) for _ in range(3)]
                if answers[0] is not None or server.poll() is not None:
                    break
                time.sleep(0.1)
            alive = server.poll() is None
            if alive and all(a is not None and a[0] == 200 for a in answers):
                print("ok: with its log on a full device the server answers, and keeps running")
                return []
            return [f"log on a full device: answers {[a and a[0] for a in answers]}, "
                    f"{'running' if alive else f'exited {server.returncode}'}"]
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=10)


def main():
    server_path = sys.argv[1] if len(sys.argv) > 1 else "Server/.build/debug/pathway-server"
    project = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # The client needs file descriptors of its own for its 1,100 sockets.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
    server = subprocess.Popen(
        [server_path, "--host", "127.0.0.1", "--port", str(port),
         "--read-timeout", str(READ_TIMEOUT), "--idle-timeout", str(READ_TIMEOUT),
         "--log-level", "error",
         "--store", "none", "--rules", os.path.join(project, "rules"),
         "--catalogue", os.path.join(project, "catalogue")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=low_file_limit)
    failures = []
    slow = []
    try:
        for _ in range(300):
            if get(base + "/healthz", 1) is not None:
                break
            time.sleep(0.1)
        else:
            print("FAIL: the server did not start")
            return 1

        # 1,100 connections, each half a request head, then nothing.
        for _ in range(SLOW_CONNECTIONS):
            sock = socket.socket()
            sock.settimeout(5)
            try:
                sock.connect(("127.0.0.1", port))
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            except OSError:
                pass  # Not yet accepted: the connection limit holds it back.
            slow.append(sock)
        started = time.monotonic()
        answer = get(base + "/healthz", READ_TIMEOUT + 1)
        elapsed = time.monotonic() - started
        if answer is not None and answer[0] == 200:
            print(f"ok: /healthz answered 200 in {elapsed:.2f} s beside {SLOW_CONNECTIONS} "
                  f"stalled connections (file limit {FILE_LIMIT})")
        else:
            failures.append(f"/healthz not answered within {READ_TIMEOUT + 1} s "
                            f"beside {SLOW_CONNECTIONS} stalled connections")
        for sock in slow:
            sock.close()
        slow = []

        # A body that stalls after its head, and a chunked body that never ends.
        cases = {
            "a stalled 60 KB body": b"POST /api/plan HTTP/1.1\r\nHost: x\r\n"
                                    b"Content-Length: 60000\r\n\r\n{\"id\": ",
            "a chunked body that never ends": b"POST /api/plan HTTP/1.1\r\nHost: x\r\n"
                                              b"Transfer-Encoding: chunked\r\n\r\n5\r\n{\"id\r\n",
        }
        for name, request in cases.items():
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(request)
            if closed_by_server(sock, READ_TIMEOUT + 1):
                print(f"ok: {name} dropped within {READ_TIMEOUT + 1} s")
            else:
                failures.append(f"{name} still held after {READ_TIMEOUT + 1} s")
            sock.close()

        # A chunk size that is not hexadecimal: a 400 (the body cannot be read), not a 413.
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"POST /api/plan HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"zz\r\n{}\r\n0\r\n\r\n")
        try:
            status_line = sock.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
        except OSError as error:
            status_line = f"no answer ({error})"
        sock.close()
        if status_line.startswith("HTTP/1.1 400"):
            print("ok: a malformed chunk size: 400")
        else:
            failures.append(f"a malformed chunk size: {status_line!r}, not 400")

        # 6,500 unknown ids in a form of 70 KB: refused (too many, or too large) without
        # planning, with a small answer.
        form = "archetype=user&profession=nurse&" + "&".join(f"done=r{n}" for n in range(6500))
        answer = get(base + "/plan", 10, form=form)
        if answer is not None and answer[0] in (400, 413) and len(answer[1]) < 64 * 1024:
            print(f"ok: 6,500 unknown ids in `done`: 400, {len(answer[1]):,} bytes")
        else:
            failures.append("6,500 unknown ids: " + (
                "no answer" if answer is None else f"{answer[0]}, {len(answer[1]):,} bytes"))
    finally:
        for sock in slow:
            sock.close()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    failures += log_on_full_device(server_path, project)
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
