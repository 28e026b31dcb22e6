"""Building a release from a catalogue folder: validate it, hash every provider file, sign the manifest.

A catalogue that does not validate is never released, and the version must be newer than the previous
release's, whose entries are compared with this one's (the editors' diff) so the editor sees what is shipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tariff_advisor.catalogue.loading import catalogue_files, load_catalogue
from tariff_advisor.catalogue.model import Catalogue, ReleaseInfo
from tariff_advisor.editing.diff import CatalogueDiff, diff_folders
from tariff_advisor.editing.impact import HouseholdImpact, example_households, impact
from tariff_advisor.errors import CatalogueError
from tariff_advisor.i18n import _
from tariff_advisor.release.archive import ReleaseFile, read_release, write_release
from tariff_advisor.release.manifest import Manifest, ProviderEntry, ReleaseError, check_version, version_key
from tariff_advisor.release.signing import PublisherKey, fingerprint, sign, trusted_keys


@dataclass(frozen=True)
class BuiltRelease:
    data: bytes  # the release file's bytes
    manifest: Manifest
    changes: CatalogueDiff | None  # since the previous release, when one was given


def build_release(
    folder: Path,
    version: str,
    key: Ed25519PrivateKey,
    coverage: str,
    publisher: str | None = None,
    released: dt.date | None = None,
    previous: Path | None = None,
) -> BuiltRelease:
    check_version(version)
    try:
        catalogue = load_catalogue(folder)
    except CatalogueError as exc:
        raise ReleaseError(_not_valid(folder, exc)) from None
    files = {p.name: p.read_bytes() for p in catalogue_files(Path(folder))}
    public = key.public_key()
    info = ReleaseInfo(
        version=version,
        released=released or dt.date.today(),
        publisher=publisher or f"publisher key {fingerprint(public)}",
        coverage=coverage,
        key=fingerprint(public),
    )
    manifest = _manifest(info, catalogue, files)
    changes = None
    if previous is not None:
        old = read_release(previous, [PublisherKey(public, "the signing key"), *trusted_keys()])
        _check_newer(previous, old.version, version)
        changes = changes_since(old, Path(folder))
    manifest_bytes = manifest.to_bytes()
    return BuiltRelease(write_release(manifest_bytes, sign(key, manifest_bytes), files), manifest, changes)


@dataclass(frozen=True)
class ReleasePreview:
    """What an editor sees before signing: the entries changed since the previous release and how the example
    households' recommendations move (against the previous release, or else the catalogue in use)."""

    changes: CatalogueDiff | None
    impact: list[HouseholdImpact]
    counts: dict[str, int]  # what the release will hold, as its manifest counts it


def _check_newer(previous: Path, old_version: str, version: str) -> None:
    if version_key(old_version) >= version_key(version):
        raise ReleaseError(
            _("{file}: is version {version}; give this release a newer version than that").format(
                file=previous, version=old_version
            )
        )


def preview_release(
    folder: Path, key: Ed25519PrivateKey, previous: Path | None = None, version: str | None = None
) -> ReleasePreview:
    """The same refusals as build_release for an invalid catalogue, previous release or (given) version, without
    signing."""
    try:
        after = load_catalogue(folder)
    except CatalogueError as exc:
        raise ReleaseError(_not_valid(folder, exc)) from None
    if previous is None:
        return ReleasePreview(None, impact(example_households(), load_catalogue(), after), catalogue_counts(after))
    old = read_release(previous, [PublisherKey(key.public_key(), "the signing key"), *trusted_keys()])
    if version is not None:
        _check_newer(previous, old.version, version)
    with tempfile.TemporaryDirectory(prefix="tariff-release-") as temp:
        for name, data in old.files.items():
            (Path(temp) / name).write_bytes(data)
        before = load_catalogue(temp)
        changes = diff_folders(temp, folder)
        return ReleasePreview(changes, impact(example_households(), before, after), catalogue_counts(after))


def _not_valid(folder: Path, problems: CatalogueError) -> str:
    head = _("{folder}: not released, the catalogue does not validate.").format(folder=folder)
    return f"{head}\n{problems}"


def next_version(newest: str | None, today: dt.date) -> str:
    """The version to suggest after `newest`: today's date, or a numbered re-release of the same day."""
    dated = f"{today.year}.{today.month:02d}.{today.day:02d}"
    if newest is None or version_key(dated) > version_key(newest):
        return dated
    parts = newest.split(".")
    if len(parts) > 3:
        return ".".join([*parts[:-1], str(int(parts[-1]) + 1)])
    return f"{newest}.2"


def _manifest(info: ReleaseInfo, catalogue: Catalogue, files: dict[str, bytes]) -> Manifest:
    providers = tuple(
        ProviderEntry(p.id, p.name, Path(p.file or "").name, p.checked)
        for p in sorted(catalogue.providers.values(), key=lambda p: p.id)
    )
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
    return Manifest(info, providers, catalogue_counts(catalogue), hashes)


def catalogue_counts(catalogue: Catalogue) -> dict[str, int]:
    """What a release holds, as its manifest counts it."""
    return {
        "tariffs": len(catalogue.tariffs),
        "options": len(catalogue.options),
        "family_plans": len(catalogue.family_plans),
        "devices": len(catalogue.devices),
        "device_offers": len(catalogue.device_offers),
    }


def changes_since(old: ReleaseFile, folder: Path) -> CatalogueDiff:
    """What changed from a release's provider files to the folder's, entry by entry."""
    with tempfile.TemporaryDirectory(prefix="tariff-release-") as temp:
        for name, data in old.files.items():
            (Path(temp) / name).write_bytes(data)
        return diff_folders(temp, folder)
