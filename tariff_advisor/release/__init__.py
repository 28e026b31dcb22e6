"""Signed catalogue releases: an editor builds and signs one file from a catalogue folder; shops and homes
install it after checking the signature against the publisher keys they trust, and can go back to an older one.

manifest: what a release says about itself · signing: Ed25519 keys and signatures · archive: the release file
and reading it safely · building: a release from a folder · store: the releases installed, and the one in use.
"""

from tariff_advisor.release.archive import ReleaseFile, read_release
from tariff_advisor.release.building import build_release
from tariff_advisor.release.manifest import Manifest, ReleaseError
from tariff_advisor.release.store import InstalledRelease, install, installed_releases, use_version

__all__ = [
    "InstalledRelease",
    "Manifest",
    "ReleaseError",
    "ReleaseFile",
    "build_release",
    "install",
    "installed_releases",
    "read_release",
    "use_version",
]
