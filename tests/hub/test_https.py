"""HTTPS with --certfile/--keyfile: a self-signed certificate made here, trusted by path."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from checkin.sync.client import HubClient, HubUnreachableError

from .conftest import start_hub
from .entries import many_checkins

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def self_signed(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "checkin hub test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = folder / "hub.crt", folder / "hub.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return certfile, keyfile


def test_https_with_a_self_signed_certificate(tmp_path):
    from .conftest import Setup

    setup = Setup("sqlite", str(tmp_path / "hub.sqlite"))
    certfile, keyfile = self_signed(tmp_path)
    from checkin.hub import db

    engine = setup.engine()
    db.migrate(engine)
    engine.dispose()
    setup.add_token("desk-1")
    slug = setup.new_event()
    setup.hub = start_hub(
        setup.db_url,
        tmp_path,
        "--certfile",
        str(certfile),
        "--keyfile",
        str(keyfile),
        scheme="https",
        verify=str(certfile),
    )
    try:
        assert setup.url.startswith("https://")
        with HubClient(setup.url, setup.tokens["desk-1"], verify=str(certfile)) as desk:
            assert desk.health().status == "ok"
            assert desk.push(slug, many_checkins(3, "desk-1"), "desk-1").stored == 3
            assert len(desk.pull(slug, since=0).entries) == 3
        untrusting = HubClient(setup.url, setup.tokens["desk-1"], retries=0)
        with untrusting, pytest.raises(HubUnreachableError, match="certificate"):
            untrusting.health()
        plain = HubClient(setup.url.replace("https", "http"), setup.tokens["desk-1"], retries=0)
        with plain, pytest.raises(HubUnreachableError):
            plain.health()
    finally:
        setup.hub.stop()


def test_a_certificate_without_its_key_is_refused(tmp_path):
    import subprocess
    import sys

    certfile, _ = self_signed(tmp_path)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "hub",
            "serve",
            "--db",
            str(tmp_path / "h.sqlite"),
            "--certfile",
            str(certfile),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "both --certfile and --keyfile" in run.stderr
