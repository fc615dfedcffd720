"""A real SMTP server for the tests (aiosmtpd on a free loopback port): what the service
sends arrives here as parsed mail, and tests read the links in it as a user would."""

import email
import email.policy
import re
import socket
import threading
import time
from email.message import EmailMessage

from aiosmtpd.controller import Controller

LINK = re.compile(r"https?://[^\s\"'<>]+")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Collector:
    def __init__(self):
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.arrived:
            self.messages.append(msg)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"


class SmtpServer:
    """``url`` for SOCIALMAP_SMTP_URL; ``wait(n)`` blocks until n mails have arrived."""

    def __init__(self):
        self.port = _free_port()
        self.handler = _Collector()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        with self.handler.arrived:
            while len(self.handler.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"{count} mail(s) expected at the SMTP server, "
                        f"{len(self.handler.messages)} arrived"
                    )
                self.handler.arrived.wait(left)
            return list(self.handler.messages)


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def links_in(msg: EmailMessage) -> list[str]:
    return LINK.findall(text_of(msg))
