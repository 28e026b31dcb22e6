"""Ed25519 publisher keys: making them, reading them, signing a manifest and checking a signature.

Keys are PEM files (the private key PKCS#8, unencrypted but readable by its owner only; the public key beside
it as KEYFILE.pub). A key is named by its fingerprint: the first 16 hex digits of the SHA-256 of its raw bytes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tariff_advisor.i18n import _
from tariff_advisor.io.resources import sample_release_dir, trusted_keys_dir
from tariff_advisor.release.manifest import ReleaseError

PUBLIC_SUFFIX = ".pub"
SAMPLE_KEY_NAME = "sample-publisher.pub"  # the fictional sample market's publisher; never a real one
MAX_KEY_BYTES = 16_384


@dataclass(frozen=True)
class PublisherKey:
    key: Ed25519PublicKey
    source: str  # the file it was read from

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


def fingerprint(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_path(private_key_file: Path) -> Path:
    return private_key_file.with_name(private_key_file.name + PUBLIC_SUFFIX)


def generate_key(private_key_file: Path) -> PublisherKey:
    """A new key pair: the private key in `private_key_file` (mode 0600), the public key in KEYFILE.pub."""
    public_file = public_key_path(private_key_file)
    for existing in (private_key_file, public_file):
        if existing.exists():
            raise ReleaseError(
                _("{file}: already exists; a key is never overwritten, choose another file name").format(file=existing)
            )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # Created with mode 0600 (O_EXCL: never through an existing file or link), so no one else can ever read it.
    fd = os.open(private_key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    public = private.public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    public_file.write_bytes(pem)
    return PublisherKey(public, str(public_file))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(_read_key_file(path), password=None)
    except (ValueError, TypeError) as exc:
        raise ReleaseError(
            _("{file}: not a private key made by `tariff-advisor catalogue keygen` ({reason})").format(
                file=path, reason=exc
            )
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ReleaseError(
            _("{file}: not an Ed25519 key; make one with `tariff-advisor catalogue keygen`").format(file=path)
        )
    return key


def load_public_key(path: Path) -> PublisherKey:
    try:
        key = serialization.load_pem_public_key(_read_key_file(path))
    except (ValueError, TypeError) as exc:
        raise ReleaseError(
            _("{file}: not a public key (KEYFILE.pub from `catalogue keygen`) ({reason})").format(file=path, reason=exc)
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise ReleaseError(
            _("{file}: not an Ed25519 public key; use KEYFILE.pub from `catalogue keygen`").format(file=path)
        )
    return PublisherKey(key, str(path))


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_BYTES:
            raise ReleaseError(_("{file}: too large for a key file").format(file=path))
        return path.read_bytes()
    except OSError as exc:
        raise ReleaseError(
            _("{file}: cannot be read ({reason}); check the path").format(file=path, reason=exc.strerror or exc)
        ) from None


def sample_key_path() -> Path:
    return sample_release_dir() / SAMPLE_KEY_NAME


def trusted_keys() -> list[PublisherKey]:
    """The keys this installation trusts: the shipped sample publisher's, and every *.pub in trusted-keys/."""
    keys = [load_public_key(sample_key_path())]
    folder = trusted_keys_dir()
    if folder.is_dir():
        keys += [load_public_key(p) for p in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")) if p.is_file()]
    return keys


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def signer_of(data: bytes, signature: bytes, keys: list[PublisherKey]) -> PublisherKey | None:
    """The trusted key whose signature `signature` is over `data`, None if none."""
    for candidate in keys:
        try:
            candidate.key.verify(signature, data)
        except InvalidSignature:
            continue
        return candidate
    return None
