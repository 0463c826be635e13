"""Networks that fail the way council networks do, on this machine: a proxy in front of the
real server that can stop forwarding or refuse, a server that answers nothing, and one that
answers only to say it is full or that the login is refused."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qaaudit.bootstrap import Opened


def _listener() -> socket.socket:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    return server


def _close_listener(server: socket.socket) -> None:
    # A thread waiting in accept() keeps a closed socket listening; shutting it down first
    # wakes it and stops the listening at once.
    with suppress(OSError):
        server.shutdown(socket.SHUT_RDWR)
    server.close()


def closed_port() -> int:
    """A port nothing listens on: connections to it are refused at once."""
    probe = _listener()
    port = int(probe.getsockname()[1])
    probe.close()
    return port


class Proxy:
    """Forwards connections to the real server until told to stop; then it refuses new
    connections and cuts the open ones, until it is started again on the same port."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self._server: socket.socket | None = None
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._flowing = threading.Event()
        self._flowing.set()

    def start(self) -> None:
        server = _listener() if not self.port else socket.socket()
        if self.port:
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind(("127.0.0.1", self.port))
            server.listen(64)
        self.port = int(server.getsockname()[1])
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def stop(self) -> None:
        """The server went away: nothing answers, open connections are cut."""
        if self._server is not None:
            _close_listener(self._server)
            self._server = None
        with self._lock:
            for sock in self._open:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._open.clear()

    def go_silent(self) -> None:
        """The link goes silent: connections stay open and what is sent is taken, but
        nothing is passed on either way (PgBouncer whose server stopped answering)."""
        self._flowing.clear()

    def speak_again(self) -> None:
        self._flowing.set()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                self._flowing.wait()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with suppress(OSError):
                    sock.close()


@contextmanager
def proxy_to(host: str, port: int) -> Iterator[Proxy]:
    proxy = Proxy(host, port)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """Accepts connections and never says a word: a link that went dead mid-way."""
    server = _listener()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            held.append(client)

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield int(server.getsockname()[1])
    finally:
        _close_listener(server)
        for sock in held:
            sock.close()


def _error_packet(code: str, message: str) -> bytes:
    fields = b"SFATAL\0VFATAL\0C" + code.encode() + b"\0M" + message.encode() + b"\0\0"
    return b"E" + struct.pack("!I", len(fields) + 4) + fields


@contextmanager
def answering_server(code: str, message: str) -> Iterator[int]:
    """A server that answers every connection with one fatal error, as PostgreSQL does
    when it is full (53300) or refuses a login (28P01)."""
    server = _listener()

    def serve(client: socket.socket) -> None:
        try:
            while True:
                length = struct.unpack("!I", client.recv(4, socket.MSG_WAITALL))[0]
                body = client.recv(length - 4, socket.MSG_WAITALL)
                if body[:4] in (struct.pack("!I", 80877103), struct.pack("!I", 80877104)):
                    client.sendall(b"N")  # no TLS, no GSS encryption: ask again in clear
                    continue
                client.sendall(_error_packet(code, message))
                return
        except (OSError, struct.error):
            return
        finally:
            client.close()

    def accept() -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(client,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield int(server.getsockname()[1])
    finally:
        _close_listener(server)


@contextmanager
def opened_through_a_proxy(url: str) -> Iterator[tuple[Proxy, Opened]]:
    """The program opened on the server at ``url``, but through a proxy that can go
    silent, stop or start again; closed afterwards."""
    from sqlalchemy.engine import make_url

    from qaaudit.bootstrap import open_for_use

    real = make_url(url)
    assert real.host and real.port
    with proxy_to(real.host, real.port) as proxy:
        opened = open_for_use(real.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
        try:
            yield proxy, opened
        finally:
            opened.db.dispose()
