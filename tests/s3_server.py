"""A local S3 server for tests: moto's server mode (``ThreadedMotoServer``) on 127.0.0.1, a free port.

The store tests, the backup round trip and the crash tests run against it with real HTTP requests
through boto3, as they would against MinIO or AWS S3; nothing in the code under test is patched.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from tests.smtp_sink import free_port

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "phoei-test", "AWS_SECRET_ACCESS_KEY": "phoei-test-secret",
               "AWS_DEFAULT_REGION": "us-east-1"}


@dataclass
class S3Server:
    endpoint: str

    def client(self) -> Any:
        import boto3

        return boto3.session.Session().client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                                              aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                                              aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])

    def new_bucket(self, label: str = "phoei") -> str:
        name = f"{label}-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def env(self) -> dict[str, str]:
        """What a process needs to reach this server (with PHOEI_*_STORE naming the buckets)."""
        return {**CREDENTIALS, "PHOEI_S3_ENDPOINT_URL": self.endpoint, "PHOEI_S3_REGION": "us-east-1"}


@contextmanager
def s3_server() -> Iterator[S3Server]:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    saved = {k: os.environ.get(k) for k in CREDENTIALS}
    os.environ.update(CREDENTIALS)  # boto3's usual chain, as in production
    try:
        yield S3Server(f"http://127.0.0.1:{port}")
    finally:
        server.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
