"""A TCP proxy on 127.0.0.1 that misbehaves the way hotel Wi-Fi does, one connection at a time.

Each connection gets one fate, drawn from a seeded random generator: passed through; refused
(closed before a byte); reset (RST); stalled (held, then closed); a 500 answer; or cut (the
request reaches the hub, the answer is cut off after a few bytes: the hub acted, the desk never
heard). Clients should send ``Connection: close`` so that every request is a connection.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter

FATES = ("pass", "refuse", "reset", "stall", "error", "cut")
_500 = (b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\nConnection: close\r\n\r\n"
        b"{}")  # fmt: skip


class FaultyProxy:
    """Forward 127.0.0.1:<port> to ``target_port``, with a fault on ``rate`` of connections."""

    def __init__(self, target_port: int, rate: float, seed: int, stall_s: float = 2.0) -> None:
        self.target_port, self.rate, self.stall_s = target_port, rate, stall_s
        self.random = random.Random(seed)
        self.fates: Counter[str] = Counter()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self._stopped = True
        self.server.close()

    def _fate(self) -> str:
        if self.random.random() >= self.rate:
            return "pass"
        return self.random.choice(FATES[1:])

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            fate = self._fate()
            self.fates[fate] += 1
            threading.Thread(target=self._serve, args=(client, fate), daemon=True).start()

    def _serve(self, client: socket.socket, fate: str) -> None:
        try:
            if fate == "refuse":
                return
            if fate == "reset":
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if fate == "stall":
                time.sleep(self.stall_s)
                return
            if fate == "error":
                client.recv(65536)
                client.sendall(_500)
                return
            self._relay(client, cut=fate == "cut")
        except OSError:
            pass
        finally:
            client.close()

    def _relay(self, client: socket.socket, *, cut: bool) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        threading.Thread(target=_pipe, args=(client, upstream), daemon=True).start()
        try:
            keep = self.random.randint(1, 300) if cut else None
            while True:
                data = upstream.recv(65536)
                if not data:
                    return
                if keep is not None:
                    client.sendall(data[:keep])
                    return
                client.sendall(data)
        finally:
            upstream.close()


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
