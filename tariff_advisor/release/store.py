"""The releases installed on this computer (one folder each, in the user's data folder) and the one in use.

Installing checks the release in memory, writes it to a temporary folder beside the others, checks that
it loads, then renames it into place and only then selects it: a refused or interrupted install leaves every
installed release and the choice of the one in use as they were. Nothing installed is ever deleted, so
`use_version` can always go back.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tariff_advisor.catalogue.loading import MANIFEST_NAME, load_catalogue
from tariff_advisor.errors import CatalogueError
from tariff_advisor.i18n import _
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.resources import IN_USE_FILE, releases_dir, sample_release_dir, version_in_use
from tariff_advisor.release.archive import RELEASE_SUFFIX, ReleaseFile, read_release
from tariff_advisor.release.building import next_version
from tariff_advisor.release.manifest import SIGNATURE_NAME, Manifest, ReleaseError, parse_manifest
from tariff_advisor.release.manifest import version_key as _key  # versions order as numbers
from tariff_advisor.release.signing import PublisherKey, trusted_keys

SHIPPED = "sample"  # `catalogue use sample`: back to the shipped sample market


@dataclass(frozen=True)
class InstalledRelease:
    manifest: Manifest
    folder: Path
    in_use: bool

    @property
    def version(self) -> str:
        return self.manifest.version


@dataclass(frozen=True)
class InstallResult:
    release: ReleaseFile
    newly_installed: bool  # False: this very release was installed before, now selected again
    previous: str | None  # the version in use before (None: the shipped sample market)
    refused: list[str] = field(default_factory=list)  # other files of a folder that were refused, and why


def in_use_text() -> str:
    version = version_in_use()
    return _("release {version}").format(version=version) if version else _("the shipped sample market")


def _unchanged() -> str:
    return _("Nothing was changed: the catalogue in use stays {release}.").format(release=in_use_text())


def installed_releases() -> list[InstalledRelease]:
    """Every installed release, oldest version first."""
    root, current = releases_dir(), version_in_use()
    found = []
    if root.is_dir():
        for folder in root.iterdir():
            manifest = folder / MANIFEST_NAME
            if folder.is_dir() and not folder.name.startswith(".") and manifest.is_file():
                try:
                    found.append(parse_manifest(manifest.read_bytes(), str(manifest)))
                except (OSError, ReleaseError):
                    continue  # not one of ours, or damaged: `use` names it if asked for
    found.sort(key=lambda m: _key(m.version))
    return [InstalledRelease(m, root / m.version, m.version == current) for m in found]


def shipped_release_versions() -> list[str]:
    """The versions of the signed sample market releases shipped with the program (normally one)."""
    versions = []
    for path in sorted(sample_release_dir().glob(f"*{RELEASE_SUFFIX}")):
        try:
            versions.append(read_release(path, trusted_keys()).version)
        except ReleaseError:
            continue  # not a release this installation reads: nothing to count
    return versions


def suggested_version(today: dt.date) -> str:
    """The version to suggest for a new release: after every version installed here and the shipped sample's
    (a release with the sample's version could not be installed beside it, nor replace it)."""
    known = [r.version for r in installed_releases()] + shipped_release_versions()
    return next_version(max(known, key=_key, default=None), today)


def newest_in_folder(folder: Path, keys: list[PublisherKey]) -> tuple[ReleaseFile | None, list[str]]:
    """The newest release in `folder` that passes every check, and why each other file there was refused."""
    good: list[ReleaseFile] = []
    refused: list[str] = []
    for path in sorted(folder.glob(f"*{RELEASE_SUFFIX}")):
        try:
            good.append(read_release(path, keys))
        except ReleaseError as exc:
            refused.append(str(exc))
    good.sort(key=lambda r: _key(r.version))
    return (good[-1] if good else None), refused


def install(source: Path, keys: list[PublisherKey] | None = None, only_if_newer: bool = False) -> InstallResult | None:
    """Check and install the release in `source` (a file, or the newest in a folder) and use it.

    only_if_newer: install only a release newer than the one in use (a shop folder at start); None if none."""
    source = Path(source)
    keys = trusted_keys() if keys is None else keys
    previous = version_in_use()
    try:
        if source.is_dir():
            release, refused = newest_in_folder(source, keys)
            if release is None:
                none = _("{folder}: no release file (*{suffix}) in this folder").format(
                    folder=source, suffix=RELEASE_SUFFIX
                )
                why = "\n".join(refused) or none
                raise ReleaseError(why)
        else:
            release, refused = read_release(source, keys), []
        if only_if_newer and previous is not None and _key(release.version) <= _key(previous):
            if refused:  # nothing newer that passes, but something there was refused: say so
                raise ReleaseError("\n".join(refused))
            return None
        newly = _unpack(release)
        _select(release.version)
    except ReleaseError as exc:
        raise ReleaseError(f"{exc}\n{_unchanged()}") from None
    return InstallResult(release, newly, previous, refused)


def _unpack(release: ReleaseFile) -> bool:
    """Put the release's folder in place (temporary folder, checked, renamed); False if it was there already."""
    root = releases_dir()
    target = root / release.version
    if target.exists():
        installed = (target / MANIFEST_NAME).read_bytes() if (target / MANIFEST_NAME).is_file() else b""
        if installed != release.manifest_bytes:
            raise ReleaseError(
                _(
                    "{file}: version {version} is installed already with other contents; "
                    "ask the publisher why two releases share a version"
                ).format(file=release.path, version=release.version)
            )
        return False
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob(".*.tmp"):  # what an install that was killed left behind
        shutil.rmtree(stale, ignore_errors=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{release.version}.", suffix=".tmp", dir=root))
    try:
        for name, data in [*release.files.items(), (MANIFEST_NAME, release.manifest_bytes)]:
            _write_synced(temp / name, data)
        _write_synced(temp / SIGNATURE_NAME, release.signature)
        try:
            load_catalogue(temp)
        except CatalogueError as exc:
            head = _("{file}: signed, but its catalogue does not load; refused.").format(file=release.path)
            raise ReleaseError(f"{head}\n{exc}") from None
        os.replace(temp, target)  # the folder appears whole, or not at all
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return True


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _select(version: str | None) -> None:
    path = releases_dir() / IN_USE_FILE
    if version is None:
        path.unlink(missing_ok=True)
    else:
        atomic_write_text(path, version + "\n")


def use_version(version: str) -> InstalledRelease | None:
    """Use an installed release again (`sample`: the shipped sample market, returned as None)."""
    if version == SHIPPED:
        _select(None)
        return None
    for release in installed_releases():
        if release.version == version:
            try:
                load_catalogue(release.folder)
            except CatalogueError as exc:
                why = _("{folder}: does not load; install release {version} again.").format(
                    folder=release.folder, version=version
                )
                raise ReleaseError(f"{why}\n{exc}\n{_unchanged()}") from None
            _select(version)
            return InstalledRelease(release.manifest, release.folder, True)
    listing = ", ".join(r.version for r in installed_releases()) or _("none")
    raise ReleaseError(
        _(
            "release {version!r} is not installed (installed: {installed}; or `{sample}` for the shipped market). "
            "Install it with `tariff-advisor catalogue install FILE`. {unchanged}"
        ).format(version=version, installed=listing, sample=SHIPPED, unchanged=_unchanged())
    )
