"""What a release says about itself (manifest.json): version, date, publisher, coverage, counts, every file's hash.

The signature covers the manifest's exact bytes and the manifest holds the SHA-256 of every provider file,
so checking the signature and then each hash checks the whole release.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from tariff_advisor.catalogue.model import ReleaseInfo
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import _

FORMAT = "tariff-advisor-release/1"
SIGNATURE_NAME = "manifest.sig"
# Dotted numbers (e.g. 2026.11.25 or 2026.11.25.2): they order without doubt and are safe as folder names.
VERSION_PATTERN = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,9}){0,5}$")


class ReleaseError(TariffAdvisorError):
    """A release that cannot be built, read or installed; the message names the file and what to do."""


@dataclass(frozen=True)
class ProviderEntry:
    id: str
    name: str
    file: str
    checked: dt.date | None  # the day this provider's prices were last checked


@dataclass(frozen=True)
class Manifest:
    info: ReleaseInfo
    providers: tuple[ProviderEntry, ...]
    counts: dict[str, int]  # tariffs, options, family_plans, devices, device_offers (older releases: the first 3)
    files: dict[str, str]  # file name -> SHA-256 (hex) of its bytes

    @property
    def version(self) -> str:
        return self.info.version

    @property
    def oldest_checked(self) -> dt.date | None:
        dates = [p.checked for p in self.providers if p.checked is not None]
        return min(dates) if dates else None

    def to_bytes(self) -> bytes:
        """The bytes that are signed: sorted keys, so the same manifest always signs the same."""
        data = {
            "format": FORMAT,
            "version": self.info.version,
            "released": self.info.released.isoformat(),
            "publisher": self.info.publisher,
            "coverage": self.info.coverage,
            "key": self.info.key,
            "providers": [
                {"id": p.id, "name": p.name, "file": p.file, "checked": p.checked.isoformat() if p.checked else None}
                for p in self.providers
            ],
            "counts": self.counts,
            "files": self.files,
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def check_version(version: str) -> str:
    if not VERSION_PATTERN.match(version):
        raise ReleaseError(
            _("version {version!r}: write dotted numbers, e.g. 2026.11.25 or 2026.11.25.2").format(version=version)
        )
    return version


def parse_manifest(raw: bytes, where: str) -> Manifest:
    """The manifest from its bytes (already known to be signed by a trusted key)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT!r}")
        info = ReleaseInfo(
            version=check_version(str(data["version"])),
            released=dt.date.fromisoformat(data["released"]),
            publisher=str(data["publisher"]),
            coverage=str(data["coverage"]),
            key=str(data.get("key", "")),
        )
        providers = tuple(_provider(p) for p in data["providers"])
        counts = {str(k): int(v) for k, v in data["counts"].items()}
        files = {str(k): str(v) for k, v in data["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, ReleaseError) as exc:
        raise ReleaseError(
            _(
                "{file}: its manifest cannot be read ({reason}); ask the publisher for a release this version of "
                "Tariff Advisor reads"
            ).format(file=where, reason=exc)
        ) from None
    return Manifest(info, providers, counts, files)


def _provider(data: Any) -> ProviderEntry:
    checked = data.get("checked")
    return ProviderEntry(
        str(data["id"]), str(data["name"]), str(data["file"]), dt.date.fromisoformat(checked) if checked else None
    )
