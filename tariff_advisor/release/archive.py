"""The release file: one zip holding manifest.json, its detached Ed25519 signature manifest.sig, and every
provider file, flat.

Zip, not tar: its central directory lists every member's name, kind and size before a byte is unpacked, so
a member with a path outside the release, a link or an oversized one is refused without extracting anything,
and each member carries a CRC; Python reads it without extra libraries and a person can open it anywhere.
Reading trusts nothing before the signature is checked, and keeps everything in memory (releases are small:
the limits below), so a refused release has written nothing.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from tariff_advisor.catalogue.loading import MANIFEST_NAME
from tariff_advisor.i18n import N_, _, number
from tariff_advisor.io.resources import trusted_keys_dir
from tariff_advisor.io.yamlio import MAX_FILE_BYTES
from tariff_advisor.release.manifest import SIGNATURE_NAME, Manifest, ReleaseError, parse_manifest
from tariff_advisor.release.signing import PublisherKey, signer_of

RELEASE_SUFFIX = ".zip"
MAX_RELEASE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 500
MAX_MANIFEST_BYTES = 1024 * 1024
SIGNATURE_BYTES = 64  # Ed25519
# A member is a plain file name: no folders, so no path can lead out of the release folder.
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # the same catalogue and manifest always make the same bytes
ASK_AGAIN = N_("ask the publisher for the release again")


@dataclass(frozen=True)
class ReleaseFile:
    """A release whose signature and hashes have been checked: what may be installed."""

    path: str
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    files: dict[str, bytes]  # provider file name -> its bytes
    signer: PublisherKey

    @property
    def version(self) -> str:
        return self.manifest.version


def write_release(manifest_bytes: bytes, signature: bytes, files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature), *sorted(files.items())]:
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return out.getvalue()


def read_release(path: Path, keys: list[PublisherKey]) -> ReleaseFile:
    """The release in `path`, checked: a signature by one of `keys`, every hash, no unsafe member.

    Raises ReleaseError naming the file, what is wrong and what to do."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_RELEASE_BYTES:
            raise ReleaseError(
                _("{file}: {size} bytes, more than a release can be ({limit}); refused").format(
                    file=where, size=number(size), limit=number(MAX_RELEASE_BYTES)
                )
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ReleaseError(
            _("{file}: cannot be read ({reason}); check the path").format(file=where, reason=exc.strerror or exc)
        ) from None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = _checked_members(archive, where)
            contents = {name: _read_member(archive, info, where) for name, info in members.items()}
    # A damaged member shows as a bad CRC, a broken deflate stream (zlib.error) or a short read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise ReleaseError(
            _("{file}: not a whole catalogue release, it is damaged or truncated ({reason}); {ask_again}").format(
                file=where, reason=exc, ask_again=_(ASK_AGAIN)
            )
        ) from None
    return _verified(where, contents, keys)


def _checked_members(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ReleaseError(
            _("{file}: {count} members, more than a release holds ({limit}); refused").format(
                file=where, count=len(infos), limit=MAX_MEMBERS
            )
        )
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in re.split(r"[/\\]", name):
            raise ReleaseError(
                _("{file}: member {name!r} points outside the release folder; refused, {ask_again}").format(
                    file=where, name=name, ask_again=_(ASK_AGAIN)
                )
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ReleaseError(
                _("{file}: member {name!r} is a link; a release holds only files; refused").format(
                    file=where, name=name
                )
            )
        if info.is_dir() or not SAFE_NAME.match(name):
            raise ReleaseError(
                _("{file}: member {name!r} is not a plain file name; refused, {ask_again}").format(
                    file=where, name=name, ask_again=_(ASK_AGAIN)
                )
            )
        if name in members:
            raise ReleaseError(
                _("{file}: member {name!r} appears twice; refused, {ask_again}").format(
                    file=where, name=name, ask_again=_(ASK_AGAIN)
                )
            )
        limit = MAX_MANIFEST_BYTES if name == MANIFEST_NAME else MAX_FILE_BYTES
        if info.file_size > limit:
            raise ReleaseError(
                _("{file}: member {name!r} is {size} bytes, over {limit}; refused").format(
                    file=where, name=name, size=number(info.file_size), limit=number(limit)
                )
            )
        members[name] = info
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)  # never more than it declares, whatever the compressed data says
    if len(data) != info.file_size:
        raise ReleaseError(
            _("{file}: member {name!r} is not the size it declares; {ask_again}").format(
                file=where, name=info.filename, ask_again=_(ASK_AGAIN)
            )
        )
    return data


def _verified(where: str, contents: dict[str, bytes], keys: list[PublisherKey]) -> ReleaseFile:
    manifest_bytes = contents.pop(MANIFEST_NAME, None)
    if manifest_bytes is None:
        raise ReleaseError(
            _("{file}: not a catalogue release (no {manifest}); refused").format(file=where, manifest=MANIFEST_NAME)
        )
    signature = contents.pop(SIGNATURE_NAME, None)
    if signature is None:
        raise ReleaseError(
            _("{file}: the release is not signed ({signature} missing); refused, {ask_again}").format(
                file=where, signature=SIGNATURE_NAME, ask_again=_(ASK_AGAIN)
            )
        )
    signer = signer_of(manifest_bytes, signature, keys) if len(signature) == SIGNATURE_BYTES else None
    if signer is None:
        raise ReleaseError(
            _(
                "{file}: not signed by a publisher this installation trusts, or changed since it was signed; "
                "refused. If you trust its publisher, add their key (KEYFILE.pub) to the trusted-keys folder "
                "({folder}); otherwise {ask_again}"
            ).format(file=where, folder=trusted_keys_dir(), ask_again=_(ASK_AGAIN))
        )
    manifest = parse_manifest(manifest_bytes, where)
    for name, expected in manifest.files.items():
        data = contents.get(name)
        if data is None:
            raise ReleaseError(
                _("{file}: {name} is listed in the manifest but missing; refused, {ask_again}").format(
                    file=where, name=name, ask_again=_(ASK_AGAIN)
                )
            )
        if hashlib.sha256(data).hexdigest() != expected:
            raise ReleaseError(
                _("{file}: {name} was changed after signing (its SHA-256 differs); refused").format(
                    file=where, name=name
                )
            )
    extra = sorted(set(contents) - set(manifest.files))
    if extra:
        raise ReleaseError(
            _("{file}: {names} not in the signed manifest; refused, {ask_again}").format(
                file=where, names=", ".join(extra), ask_again=_(ASK_AGAIN)
            )
        )
    return ReleaseFile(where, manifest, manifest_bytes, signature, contents, signer)
