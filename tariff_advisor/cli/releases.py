"""The `catalogue` commands: keygen and release (editors), install, list and use (shops and homes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from tariff_advisor.catalogue.model import prices_are_stale
from tariff_advisor.cli.common import _friendly_errors, main, table
from tariff_advisor.i18n import _, date
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
    click.echo(
        _("Private key: {file} (keep it secret and backed up; it never goes into a release)").format(file=key_file)
    )
    click.echo(
        _("Public key:  {file} (fingerprint {fingerprint}); installations that should trust your").format(
            file=key.source, fingerprint=key.fingerprint
        )
    )
    click.echo(_("releases put it in their trusted-keys folder (here: {folder})").format(folder=trusted_keys_dir()))


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
    checked = date(m.oldest_checked, missing=_("unknown"))
    click.echo(
        _(
            "Release {version} of {providers} providers ({tariffs} tariffs, {options} options, "
            "{family_plans} family plans, {devices} devices, {device_offers} device offers), prices checked "
            "{checked} or later, signed by key {key}: {file}"
        ).format(
            version=m.version,
            providers=len(m.providers),
            tariffs=m.counts["tariffs"],
            options=m.counts["options"],
            family_plans=m.counts["family_plans"],
            devices=m.counts.get("devices", 0),
            device_offers=m.counts.get("device_offers", 0),
            checked=checked,
            key=m.info.key,
            file=output,
        )
    )
    if built.changes is not None:
        click.echo(_("Since {previous}: {summary}").format(previous=previous, summary=built.changes.summary()))
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
        click.echo(_("warning: {warning}").format(warning=refused), err=True)
    r = result.release
    how = _("installed") if result.newly_installed else _("already installed; in use again")
    click.echo(
        _("Release {version} ({publisher}, {released}): {how}, from {file}").format(
            version=r.version,
            publisher=r.manifest.info.publisher,
            released=date(r.manifest.info.released),
            how=how,
            file=r.path,
        )
    )
    click.echo(
        _("Signed by key {fingerprint} ({file}); every file's SHA-256 checked.").format(
            fingerprint=r.signer.fingerprint, file=r.signer.source
        )
    )
    previous = (
        _("release {version}").format(version=result.previous) if result.previous else _("the shipped sample market")
    )
    click.echo(
        _("Go back with `tariff-advisor catalogue use {version}` ({previous}).").format(
            version=result.previous or SHIPPED, previous=previous
        )
    )


@catalogue.command("list")
@_friendly_errors
def list_command() -> None:
    """The releases installed here, and the one in use."""
    releases = installed_releases()
    if not releases:
        click.echo(
            _("No release installed (in {folder}); in use: the shipped sample market.").format(folder=releases_dir())
        )
        return
    today = dt.date.today()
    rows = [
        (
            "*" if r.in_use else "",
            r.version,
            date(r.manifest.info.released),
            date(r.manifest.oldest_checked, missing=_("unknown")),
            _("yes") if prices_are_stale(r.manifest.oldest_checked, today) else "",
            len(r.manifest.providers),
            r.manifest.info.publisher,
        )
        for r in releases
    ]
    header = [_("use"), _("version"), _("released"), _("checked"), _("stale"), _("providers"), _("publisher")]
    click.echo(table(rows, header))
    click.echo(_("In use: {release}.").format(release=in_use_text()))


@catalogue.command("use")
@click.argument("version")
@_friendly_errors
def use_command(version: str) -> None:
    """Use an installed release (e.g. go back to an older one); `sample`: the shipped sample market."""
    chosen = use_version(version)
    release = _("release {version}").format(version=chosen.version) if chosen else _("the shipped sample market")
    click.echo(_("In use: {release}.").format(release=release))
