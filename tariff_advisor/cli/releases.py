"""The `catalogue` commands: keygen and release (editors), install, list and use (shops and homes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from tariff_advisor.catalogue.model import prices_are_stale
from tariff_advisor.cli.common import _friendly_errors, main, table
from tariff_advisor.io.atomic import atomic_write_bytes
from tariff_advisor.io.resources import releases_dir, trusted_keys_dir
from tariff_advisor.release.building import build_release
from tariff_advisor.release.signing import generate_key, load_private_key
from tariff_advisor.release.store import SHIPPED, in_use_text, install, installed_releases, use_version


@main.group()
def catalogue() -> None:
    """Signed catalogue releases: make and sign them (keygen, release), install and choose them (install, list, use)."""


@catalogue.command()
@click.option("-o", "--output", "key_file", required=True, type=click.Path(path_type=Path), help="Private key file.")
@_friendly_errors
def keygen(key_file: Path) -> None:
    """Make an Ed25519 publisher key: KEYFILE (private, readable only by you) and KEYFILE.pub (to hand out)."""
    key = generate_key(key_file)
    click.echo(f"Private key: {key_file} (keep it secret and backed up; it never goes into a release)")
    click.echo(f"Public key:  {key.source} (fingerprint {key.fingerprint}); installations that should trust your")
    click.echo(f"releases put it in their trusted-keys folder (here: {trusted_keys_dir()})")


@catalogue.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="Release file to write (.zip).")
@click.option("--key", "key_file", required=True, type=click.Path(path_type=Path), help="Private key (keygen).")
@click.option("--version", "version", required=True, help="The release's version: dotted numbers, e.g. 2026.11.25.")
@click.option("--coverage", default="", help='What share of the market it covers, e.g. "4 of the 6 networks".')
@click.option("--publisher", default=None, help="Who publishes it (default: the key's fingerprint).")
@click.option("--previous", type=click.Path(path_type=Path), default=None, help="The previous release: list changes.")
@_friendly_errors
def release(
    directory: Path,
    output: Path,
    key_file: Path,
    version: str,
    coverage: str,
    publisher: str | None,
    previous: Path | None,
) -> None:
    """Build and sign one release file of the catalogue in DIRECTORY (refused if it does not validate)."""
    built = build_release(directory, version, load_private_key(key_file), coverage, publisher, previous=previous)
    atomic_write_bytes(output, built.data)
    m = built.manifest
    checked = m.oldest_checked.isoformat() if m.oldest_checked else "unknown"
    click.echo(
        f"Release {m.version} of {len(m.providers)} providers ({m.counts['tariffs']} tariffs, {m.counts['options']} "
        f"options, {m.counts['family_plans']} family plans), prices checked {checked} or later, "
        f"signed by key {m.info.key}: {output}"
    )
    if built.changes is not None:
        click.echo(f"Since {previous}: {built.changes.summary()}")
        for change in built.changes.changes:
            click.echo(f"  {change.describe()}")


@catalogue.command("install")
@click.argument("source", type=click.Path(path_type=Path))
@_friendly_errors
def install_command(source: Path) -> None:
    """Check and install a release (a file, or the newest in a folder such as a shop's share), and use it."""
    result = install(source)
    assert result is not None  # only_if_newer is off
    for refused in result.refused:
        click.echo(f"warning: {refused}", err=True)
    r = result.release
    how = "installed" if result.newly_installed else "already installed; in use again"
    click.echo(f"Release {r.version} ({r.manifest.info.publisher}, {r.manifest.info.released}): {how}, from {r.path}")
    click.echo(f"Signed by key {r.signer.fingerprint} ({r.signer.source}); every file's SHA-256 checked.")
    previous = f"release {result.previous}" if result.previous else "the shipped sample market"
    click.echo(f"Go back with `tariff-advisor catalogue use {result.previous or SHIPPED}` ({previous}).")


@catalogue.command("list")
@_friendly_errors
def list_command() -> None:
    """The releases installed here, and the one in use."""
    releases = installed_releases()
    if not releases:
        click.echo(f"No release installed (in {releases_dir()}); in use: the shipped sample market.")
        return
    today = dt.date.today()
    rows = [
        (
            "*" if r.in_use else "",
            r.version,
            r.manifest.info.released.isoformat(),
            r.manifest.oldest_checked.isoformat() if r.manifest.oldest_checked else "unknown",
            "yes" if prices_are_stale(r.manifest.oldest_checked, today) else "",
            len(r.manifest.providers),
            r.manifest.info.publisher,
        )
        for r in releases
    ]
    click.echo(table(rows, ["use", "version", "released", "checked", "stale", "providers", "publisher"]))
    click.echo(f"In use: {in_use_text()}.")


@catalogue.command("use")
@click.argument("version")
@_friendly_errors
def use_command(version: str) -> None:
    """Use an installed release (e.g. go back to an older one); `sample`: the shipped sample market."""
    chosen = use_version(version)
    click.echo(f"In use: {'release ' + chosen.version if chosen else 'the shipped sample market'}.")
