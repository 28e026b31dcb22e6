"""Signed catalogue releases: build, install, refuse what is not whole and trusted, go back (issue 14)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import tariff_advisor as ta
from tariff_advisor.catalogue.loading import MANIFEST_NAME
from tariff_advisor.catalogue.model import prices_are_stale
from tariff_advisor.cli import main
from tariff_advisor.io.resources import releases_dir, shipped_catalogue_dir, version_in_use
from tariff_advisor.release.archive import write_release
from tariff_advisor.release.manifest import SIGNATURE_NAME, ReleaseError
from tariff_advisor.release.signing import load_private_key, sign

REPO = Path(__file__).resolve().parents[1]
SAMPLE_KEY = REPO / "tests" / "data" / "release" / "sample-publisher.key"  # for tests only: see its README
SHIPPED_RELEASE = REPO / "tariff_advisor" / "release" / "sample" / "sample-market-2026.12.05.zip"
SHIPPED_VERSION = "2026.12.05"


def cli(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def release(folder: Path, out: Path, version: str, *extra: str | Path, key: Path = SAMPLE_KEY) -> Result:
    return cli("catalogue", "release", folder, "-o", out, "--key", key, "--version", version, *extra)


def market_copy(tmp_path: Path, name: str = "market") -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / name))


def raise_fee(folder: Path, tariff: str = "nw-mobil-m") -> None:
    """Change one tariff's monthly fee in the copy (the first `monthly_fee:` after its id)."""
    path = folder / "nordwave.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index(f"id: {tariff}")
    fee = text.index("monthly_fee:", at)
    end = text.index("\n", fee)
    path.write_text(text[:fee] + "monthly_fee: 99.99" + text[end:], encoding="utf-8")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def rezip(path: Path, contents: dict[str, bytes]) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    path.write_bytes(out.getvalue())


def install_shipped() -> None:
    result = cli("catalogue", "install", SHIPPED_RELEASE)
    assert result.exit_code == 0, result.output
    assert ta.load_catalogue().release is not None


def assert_refused_and_unchanged(result: Result, path: Path, what: str) -> None:
    assert result.exit_code == 2, result.output
    assert str(path) in result.output and what in result.output
    assert f"Nothing was changed: the catalogue in use stays release {SHIPPED_VERSION}" in result.output
    assert "Traceback" not in result.output
    catalogue = ta.load_catalogue()
    assert catalogue.release is not None and catalogue.release.version == SHIPPED_VERSION
    assert sorted(p.name for p in releases_dir().iterdir() if p.is_dir()) == [SHIPPED_VERSION]  # nothing left over


# -- release and install -------------------------------------------------------------------------------
def test_release_then_install_round_trip_on_the_shipped_market(tmp_path):
    assert ta.load_catalogue().release is None  # nothing installed: the shipped sample market
    out = tmp_path / "market-2026.12.10.zip"
    made = release(
        shipped_catalogue_dir(), out, "2026.12.10", "--coverage", "4 invented providers", "--publisher", "Ed"
    )
    assert made.exit_code == 0, made.output
    assert "85 tariffs, 15 options, 2 family plans" in made.output and "checked 15 Oct 2026" in made.output

    installed = cli("catalogue", "install", out)
    assert installed.exit_code == 0, installed.output
    catalogue = ta.load_catalogue()
    assert catalogue.release == ta.catalogue.model.ReleaseInfo(
        "2026.12.10", dt.date.today(), "Ed", "4 invented providers", catalogue.release.key
    )
    assert catalogue.checked == dt.date(2026, 10, 15)  # the oldest provider's `checked`
    assert Path(catalogue.source_dir or "") == releases_dir() / "2026.12.10"
    assert len(catalogue.tariffs) == len(ta.load_catalogue(shipped_catalogue_dir()).tariffs)
    listing = cli("catalogue", "list").output
    assert "2026.12.10" in listing and "In use: release 2026.12.10." in listing


def test_the_shipped_signed_release_is_the_shipped_market():
    shipped = members(SHIPPED_RELEASE)
    for path in shipped_catalogue_dir().glob("*.yaml"):
        assert shipped[path.name] == path.read_bytes(), f"sign the sample market again: {path.name} changed"
    install_shipped()
    assert "SAMPLE publisher" in ta.load_catalogue().release.publisher


def test_the_manifest_lists_dates_providers_counts_and_hashes(tmp_path):
    out = tmp_path / "r.zip"
    assert release(shipped_catalogue_dir(), out, "1.0", "--coverage", "all four").exit_code == 0
    import hashlib
    import json

    contents = members(out)
    manifest = json.loads(contents[MANIFEST_NAME])
    assert manifest["coverage"] == "all four" and manifest["version"] == "1.0"
    assert manifest["counts"] == {
        "tariffs": 85,
        "options": 15,
        "family_plans": 2,
        "devices": 14,
        "device_offers": len(ta.load_catalogue(shipped_catalogue_dir()).device_offers),
    }
    assert manifest["counts"]["device_offers"] >= 8  # 2 to 5 at each of the four providers
    assert {p["id"]: p["checked"] for p in manifest["providers"]}["helio"] == "2026-10-15"
    assert manifest["files"] == {n: hashlib.sha256(d).hexdigest() for n, d in contents.items() if n.endswith(".yaml")}
    assert SAMPLE_KEY.read_bytes() not in out.read_bytes() and b"PRIVATE" not in b"".join(contents.values())


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path):
    key = tmp_path / "editor.key"
    made = cli("catalogue", "keygen", "-o", key)
    assert made.exit_code == 0, made.output
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and (tmp_path / "editor.key.pub").is_file()
    again = cli("catalogue", "keygen", "-o", key)
    assert again.exit_code == 2 and "already exists" in again.output


def test_release_prints_what_changed_since_the_previous_release(tmp_path):
    market = market_copy(tmp_path)
    raise_fee(market)
    made = release(market, tmp_path / "new.zip", "2026.12.10", "--previous", SHIPPED_RELEASE)
    assert made.exit_code == 0, made.output
    assert "1 changed" in made.output and "changed tariff 'nw-mobil-m' (nordwave): monthly_fee" in made.output
    older = release(market, tmp_path / "older.zip", "2026.11.1", "--previous", SHIPPED_RELEASE)
    assert older.exit_code == 2 and "newer version" in older.output


def test_a_catalogue_that_does_not_validate_is_not_released(tmp_path):
    market = market_copy(tmp_path)
    path = market / "kite.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("monthly_fee:", "monthly_fee: -5 #", 1), encoding="utf-8")
    made = release(market, tmp_path / "bad.zip", "2026.12.10")
    assert made.exit_code == 2 and "does not validate" in made.output and "kite.yaml" in made.output
    assert not (tmp_path / "bad.zip").exists()


# -- refused releases change nothing -------------------------------------------------------------------
def _data_offset(path: Path, name: str) -> int:
    """Where a member's compressed bytes start in the file, and (with its size) their middle."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = path.read_bytes()
    header = info.header_offset
    name_len = int.from_bytes(raw[header + 26 : header + 28], "little")
    extra_len = int.from_bytes(raw[header + 28 : header + 30], "little")
    return header + 30 + name_len + extra_len + info.compress_size // 2


@pytest.mark.parametrize("flip", [0x01, 0xFF])
@pytest.mark.parametrize("member", [MANIFEST_NAME, SIGNATURE_NAME, "kite.yaml", "nordwave.yaml"])
def test_a_byte_flipped_release_is_refused(tmp_path, member, flip):
    install_shipped()
    bad = tmp_path / "flipped.zip"
    shutil.copy(SHIPPED_RELEASE, bad)
    raw = bytearray(bad.read_bytes())
    raw[_data_offset(bad, member)] ^= flip
    bad.write_bytes(bytes(raw))
    result = cli("catalogue", "install", bad)
    assert_refused_and_unchanged(result, bad, "damaged or truncated")  # each member's CRC tells


def test_a_price_changed_after_signing_is_refused(tmp_path):
    install_shipped()
    contents = members(SHIPPED_RELEASE)
    contents["kite.yaml"] = contents["kite.yaml"].replace(b"monthly_fee: 1", b"monthly_fee: 2", 1)
    bad = tmp_path / "changed.zip"
    rezip(bad, contents)  # whole zip, right CRCs: only the signed hash can tell
    assert_refused_and_unchanged(cli("catalogue", "install", bad), bad, "kite.yaml was changed after signing")


def test_a_manifest_changed_after_signing_is_refused(tmp_path):
    install_shipped()
    contents = members(SHIPPED_RELEASE)
    contents[MANIFEST_NAME] = contents[MANIFEST_NAME].replace(b'"2026-10-15"', b'"2026-11-24"')  # fresher dates
    bad = tmp_path / "manifest.zip"
    rezip(bad, contents)
    assert_refused_and_unchanged(cli("catalogue", "install", bad), bad, "or changed since it was signed")


@pytest.mark.parametrize("keep", [0.5, 0.98, 0.05])
def test_a_truncated_release_is_refused(tmp_path, keep):
    install_shipped()
    bad = tmp_path / "truncated.zip"
    raw = SHIPPED_RELEASE.read_bytes()
    bad.write_bytes(raw[: int(len(raw) * keep)])
    assert_refused_and_unchanged(cli("catalogue", "install", bad), bad, "damaged or truncated")


def test_an_unsigned_release_is_refused(tmp_path):
    install_shipped()
    contents = members(SHIPPED_RELEASE)
    del contents[SIGNATURE_NAME]
    bad = tmp_path / "unsigned.zip"
    rezip(bad, contents)
    assert_refused_and_unchanged(cli("catalogue", "install", bad), bad, "not signed")


def test_a_release_signed_with_another_key_is_refused(tmp_path):
    install_shipped()
    other = tmp_path / "other.key"
    assert cli("catalogue", "keygen", "-o", other).exit_code == 0
    bad = tmp_path / "other-signer.zip"
    made = release(shipped_catalogue_dir(), bad, "2026.12.10", key=other)
    assert made.exit_code == 0, made.output
    result = cli("catalogue", "install", bad)
    assert_refused_and_unchanged(result, bad, "not signed by a publisher this installation trusts")
    assert "trusted-keys" in result.output
    # the same release is taken once its publisher's key is trusted here
    trusted = Path(ta.io.resources.trusted_keys_dir())
    trusted.mkdir(parents=True)
    shutil.copy(tmp_path / "other.key.pub", trusted / "editor.pub")
    assert cli("catalogue", "install", bad).exit_code == 0
    assert ta.load_catalogue().release.version == "2026.12.10"


def _signed_zip(path: Path, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    """A release signed by the sample key whose zip also holds the crafted members."""
    contents = members(SHIPPED_RELEASE)
    manifest = contents[MANIFEST_NAME]
    files = {n: d for n, d in contents.items() if n.endswith(".yaml")}
    out = io.BytesIO(write_release(manifest, sign(load_private_key(SAMPLE_KEY), manifest), files))
    with zipfile.ZipFile(out, "a") as archive:
        for info, data in extra:
            archive.writestr(info, data)
    path.write_bytes(out.getvalue())


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    ("member", "data", "what"),
    [
        (zipfile.ZipInfo("../evil.yaml"), b"x: 1\n", "points outside the release folder"),
        (zipfile.ZipInfo("sub/../../evil.yaml"), b"x: 1\n", "points outside the release folder"),
        (zipfile.ZipInfo("/tmp/evil.yaml"), b"x: 1\n", "points outside the release folder"),
        (zipfile.ZipInfo("C:evil.yaml"), b"x: 1\n", "points outside the release folder"),
        (_link("evil.yaml"), b"/etc/passwd", "is a link"),
        (zipfile.ZipInfo("huge.yaml"), b"#" * (5 * 1024 * 1024), "over 4,194,304"),
    ],
    ids=["dot-dot", "nested-dot-dot", "absolute", "drive", "symlink", "oversized"],
)
def test_unsafe_members_are_refused_before_anything_is_unpacked(tmp_path, member, data, what):
    install_shipped()
    bad = tmp_path / "inner" / "crafted.zip"
    bad.parent.mkdir()
    _signed_zip(bad, [(member, data)])
    assert_refused_and_unchanged(cli("catalogue", "install", bad), bad, what)
    assert not (tmp_path / "evil.yaml").exists() and not (releases_dir().parent / "evil.yaml").exists()


# -- going back, folders -------------------------------------------------------------------------------
def test_use_version_goes_back_to_an_older_release_and_to_the_sample_market(tmp_path):
    install_shipped()
    market = market_copy(tmp_path)
    raise_fee(market)
    assert release(market, tmp_path / "new.zip", "2026.12.10").exit_code == 0
    assert cli("catalogue", "install", tmp_path / "new.zip").exit_code == 0
    assert ta.load_catalogue().tariff("nw-mobil-m").monthly_fee == 99.99

    back = cli("catalogue", "use", SHIPPED_VERSION)
    assert back.exit_code == 0, back.output
    assert ta.load_catalogue().release.version == SHIPPED_VERSION
    assert ta.load_catalogue().tariff("nw-mobil-m").monthly_fee != 99.99
    assert (releases_dir() / "2026.12.10").is_dir()  # kept, to go forward again

    unknown = cli("catalogue", "use", "9.9")
    assert unknown.exit_code == 2 and "not installed" in unknown.output and version_in_use() == SHIPPED_VERSION
    assert cli("catalogue", "use", "sample").exit_code == 0
    assert ta.load_catalogue().release is None and version_in_use() is None


def test_an_installed_release_edited_since_no_longer_claims_to_be_the_release(tmp_path):
    install_shipped()
    (releases_dir() / ".2026.1.1.abc.tmp").mkdir()  # left by an install that was killed
    folder = releases_dir() / SHIPPED_VERSION
    path = folder / "kite.yaml"
    path.write_text(path.read_text("utf-8").replace("monthly_fee: 1", "monthly_fee: 2", 1), "utf-8")
    assert ta.load_catalogue().release is None and Path(ta.load_catalogue().source_dir or "") == folder
    assert release(shipped_catalogue_dir(), tmp_path / "n.zip", "2026.12.10").exit_code == 0
    assert cli("catalogue", "install", tmp_path / "n.zip").exit_code == 0
    assert not list(releases_dir().glob(".*.tmp"))


def test_a_folder_installs_its_newest_release_and_names_the_refused_ones(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(SHIPPED_RELEASE, share)
    assert release(shipped_catalogue_dir(), share / "newer.zip", "2026.12.10").exit_code == 0
    (share / "broken.zip").write_bytes(SHIPPED_RELEASE.read_bytes()[:100])
    result = cli("catalogue", "install", share)
    assert result.exit_code == 0, result.output
    assert "broken.zip" in result.output and ta.load_catalogue().release.version == "2026.12.10"
    with pytest.raises(ReleaseError, match=r"broken\.zip"):  # nothing newer, but a refused file is still said
        ta.release.install(share, only_if_newer=True)
    (share / "broken.zip").unlink()
    assert ta.release.install(share, only_if_newer=True) is None  # nothing newer than the one in use
    assert version_in_use() == "2026.12.10"


def test_an_empty_folder_changes_nothing(tmp_path):
    result = cli("catalogue", "install", tmp_path)
    assert result.exit_code == 2 and "no release file" in result.output
    assert "stays the shipped sample market" in result.output and version_in_use() is None


# -- freshness -----------------------------------------------------------------------------------------
def test_prices_are_stale_after_the_threshold():
    checked = dt.date(2026, 11, 1)
    assert not prices_are_stale(checked, dt.date(2026, 11, 15))  # 14 days: still fresh
    assert prices_are_stale(checked, dt.date(2026, 11, 16))
    assert not prices_are_stale(checked, dt.date(2026, 11, 30), threshold_days=30)
    assert prices_are_stale(None, dt.date(2026, 11, 1))  # never checked: not to be trusted
