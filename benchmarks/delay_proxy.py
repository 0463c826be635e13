"""A TCP proxy that adds a fixed delay each way, as a council's network between a desktop and
the server does, and counts the round trips that cross it.

A round trip is counted each time the client speaks after the server has spoken (or
first): what a desktop waits for once per exchange, whatever the bytes. Bytes keep their
order; each chunk is sent on once its delay has passed.

    with DelayProxy("127.0.0.1", 5432, one_way_ms=2.5) as proxy:
        url = f"postgresql+psycopg://me@127.0.0.1:{proxy.port}/qaaudit"
        ...
        proxy.round_trips  # so far
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from types import TracebackType


class DelayProxy:
    def __init__(self, host: str, port: int, one_way_ms: float) -> None:
        self.target = (host, port)
        self.delay = one_way_ms / 1000
        self.round_trips = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []

    def __enter__(self) -> DelayProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._listener.close()
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets += [client, server]
            turn = {"last": "server"}
            for source, sink, side in ((client, server, "client"), (server, client, "server")):
                pending: queue.Queue[tuple[float, bytes]] = queue.Queue()
                threading.Thread(
                    target=self._read, args=(source, pending, side, turn), daemon=True
                ).start()
                threading.Thread(target=self._write, args=(sink, pending), daemon=True).start()

    def _read(
        self,
        source: socket.socket,
        pending: queue.Queue[tuple[float, bytes]],
        side: str,
        turn: dict[str, str],
    ) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if side == "client" and data:
                with self._lock:
                    if turn["last"] == "server":
                        self.round_trips += 1
                    turn["last"] = "client"
            elif data:
                turn["last"] = "server"
            pending.put((time.perf_counter() + self.delay, data))
            if not data:
                return

    def _write(self, sink: socket.socket, pending: queue.Queue[tuple[float, bytes]]) -> None:
        while True:
            due, data = pending.get()
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            try:
                sink.sendall(data)
            except OSError:
                return
