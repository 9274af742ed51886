"""Helpers for tests that start real servers on the loopback interface."""

import socket


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPServer:
    """A small SMTP server on loopback that waits `delay` seconds before greeting each client
    (as a distant or busy mail server does) and keeps the messages it receives."""

    def __init__(self, delay=0.0):
        import threading

        self.delay = delay
        self.messages = []
        self.received = threading.Event()
        self.port = free_port()
        self._socket = socket.create_server(("127.0.0.1", self.port))
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        import time

        while True:
            try:
                connection, _address = self._socket.accept()
            except OSError:
                return
            with connection, connection.makefile("rwb") as stream:
                time.sleep(self.delay)
                self._talk(stream)

    def _talk(self, stream):
        def say(line):
            stream.write(line.encode() + b"\r\n")
            stream.flush()

        say("220 localhost ESMTP")
        while line := stream.readline():
            command = line.decode("latin-1").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                say("250 localhost")
            elif command == "DATA":
                say("354 go on")
                data = b""
                while (part := stream.readline()) not in (b".\r\n", b""):
                    data += part
                self.messages.append(data.decode("utf-8", "replace"))
                self.received.set()
                say("250 queued")
            elif command == "QUIT":
                say("221 bye")
                return
            else:
                say("250 ok")

    def close(self):
        self._socket.close()
