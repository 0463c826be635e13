"""Build what an IT department installs, into dist/:

    python3 installer/build.py icons    # dist/icons/: PNG sizes and qaaudit.ico from the SVG
    python3 installer/build.py app      # dist/qaaudit/: the frozen program (PyInstaller)
    python3 installer/build.py deb      # dist/qaaudit_<version>_<arch>.deb (Linux)
    python3 installer/build.py msi      # dist/qaaudit-<version>-x64.msi (WiX on Windows,
                                        # wixl on Linux with the Linux program standing in)

Several targets may be given at once (``deb msi``); the frozen program is built once, or
not at all with ``--reuse-app`` when dist/qaaudit/ is already there. Needs PyInstaller
(``pip install .[installer]``); the .deb needs dpkg-deb, the MSI wixl (Debian's msitools:
``apt-get install wixl``) or WiX 3 (candle, light) on Windows.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
DIST = ROOT / "dist"
ICON_SVG = ROOT / "resources" / "icons" / "qaaudit.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOWS = sys.platform == "win32"


def version() -> str:
    text = (ROOT / "qaaudit" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not found:
        raise SystemExit("qaaudit/__init__.py has no __version__")
    return found.group(1)


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


# -- icons ------------------------------------------------------------------------------


def build_icons(out: Path = DIST / "icons") -> Path:
    """PNGs at every size a desktop asks for, and a Windows .ico holding them, drawn from
    the one SVG the window also uses. Made at build time, never committed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SVG} is not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out / f"qaaudit-{size}.png").write_bytes(pngs[size])
    (out / "qaaudit.ico").write_bytes(ico_file(pngs))
    shutil.copy2(ICON_SVG, out / "qaaudit.svg")
    del _app
    say(f"icons in {out}")
    return out


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A .ico whose images are PNGs (read by Windows since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


# -- the frozen program -----------------------------------------------------------------


def build_app() -> Path:
    build_icons()
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(HERE / "qaaudit.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    app = DIST / "qaaudit"
    say(
        f"frozen program in {app} ({folder_size(app) / 1e6:.0f} MB, {time.perf_counter() - started:.0f} s)"
    )
    return app


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# -- Debian package ---------------------------------------------------------------------

# What the frozen program takes from the system rather than carrying: the C library, the
# graphics stack and the X and Wayland client libraries a desktop already has.
DEB_DEPENDS = (
    "libc6 (>= 2.34)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)


def deb_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def build_deb(app: Path) -> Path:
    started = time.perf_counter()
    ver, arch = version(), deb_arch()
    stage = ROOT / "build" / "deb" / "root"
    if stage.exists():
        shutil.rmtree(stage)
    (stage / "DEBIAN").mkdir(parents=True)
    shutil.copytree(app, stage / "opt" / "qaaudit", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "qaaudit").symlink_to("/opt/qaaudit/qaaudit")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "qaaudit.desktop", apps / "qaaudit.desktop")
    icons = DIST / "icons"
    for size in ICON_SIZES:
        target = stage / "usr/share/icons/hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"qaaudit-{size}.png", target / "qaaudit.png")
    scalable = stage / "usr/share/icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICON_SVG, scalable / "qaaudit.svg")
    etc = stage / "etc" / "qaaudit"
    etc.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "settings.toml", etc / "settings.toml")
    doc = stage / "usr/share/doc/qaaudit"
    doc.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "copyright", doc / "copyright")
    changelog = (
        f"qaaudit ({ver}) stable; urgency=medium\n\n"
        f"  * qaaudit {ver}.\n\n"
        " -- qaaudit <qaaudit@example.org>  "
        + time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(source_date()))
        + "\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", 9, mtime=source_date()) as out:
        out.write(changelog.encode())
    overrides = stage / "usr/share/lintian/overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "lintian-overrides", overrides / "qaaudit")
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        # Programs and folders 755; everything else, shared libraries too, 644.
        library = path.suffix == ".so" or ".so." in path.name
        executable = path.is_dir() or (path.stat().st_mode & 0o100 and not library)
        path.chmod(0o755 if executable else 0o644)
    installed_kb = (folder_size(stage) + 1023) // 1024
    control = (
        (HERE / "linux" / "control")
        .read_text(encoding="utf-8")
        .format(
            version=ver,
            arch=arch,
            depends=", ".join(DEB_DEPENDS),
            installed_size=installed_kb,
        )
    )
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    (stage / "DEBIAN" / "conffiles").write_text("/etc/qaaudit/settings.toml\n", encoding="utf-8")
    sums = []
    for path in sorted(stage.rglob("*")):
        relative = path.relative_to(stage)
        if path.is_file() and not path.is_symlink() and relative.parts[0] not in ("DEBIAN", "etc"):
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative}\n")
    (stage / "DEBIAN" / "md5sums").write_text("".join(sums), encoding="utf-8")
    for name in ("control", "conffiles", "md5sums"):
        (stage / "DEBIAN" / name).chmod(0o644)
    package = DIST / f"qaaudit_{ver}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(source_date()))
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(package)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    say(f"{package} ({package.stat().st_size / 1e6:.0f} MB, {time.perf_counter() - started:.0f} s)")
    return package


def source_date() -> int:
    """The time of the last commit, so that two builds of one commit are alike."""
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
        )
        return int(out.stdout.strip())
    except (OSError, ValueError):
        return int(time.time())


# -- Windows installer ------------------------------------------------------------------

WXS = HERE / "windows" / "qaaudit.wxs"


def _id(prefix: str, relative: str) -> str:
    return f"{prefix}_{hashlib.sha1(relative.encode()).hexdigest()[:24]}"


def _source(path: Path) -> str:
    """A file's place for the MSI tools: relative to the source tree (wixl wants that)."""
    return path.resolve().relative_to(ROOT).as_posix() if not WINDOWS else str(path.resolve())


def payload_fragment(app: Path, out: Path) -> Path:
    """Every file of the frozen program as a component of the ComponentGroup "Payload",
    under INSTALLDIR. On Windows the two programs are qaaudit.exe (the window) and
    qaaudit-cli.exe (the console); built on Linux, the Linux program stands in for both."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
    ]
    components: list[str] = []
    fixed = {"qaaudit.exe": "QaauditExe", "qaaudit-cli.exe": "QaauditCliExe"}
    if not WINDOWS:
        stand_ins = {"qaaudit.exe": app / "qaaudit", "qaaudit-cli.exe": app / "qaaudit"}
    else:
        stand_ins = {}

    def directory(folder: Path, depth: int) -> None:
        pad = "    " * depth
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            relative = entry.relative_to(app).as_posix()
            if entry.is_dir() and not entry.is_symlink():
                lines.append(
                    f"{pad}<Directory Id={quoteattr(_id('d', relative))} Name={quoteattr(entry.name)}>"
                )
                directory(entry, depth + 1)
                lines.append(f"{pad}</Directory>")
                continue
            if folder == app and not WINDOWS and entry.name == "qaaudit":
                continue  # named below as the two Windows programs
            file_id = (
                fixed.get(entry.name, _id("f", relative)) if folder == app else _id("f", relative)
            )
            component = _id("c", relative)
            components.append(component)
            lines.append(f'{pad}<Component Id="{component}" Guid="*">')
            lines.append(
                f'{pad}  <File Id="{file_id}" Name={quoteattr(entry.name)} '
                f'Source={quoteattr(_source(entry))} KeyPath="yes"/>'
            )
            lines.append(f"{pad}</Component>")
        if folder == app:
            for name, source in stand_ins.items():
                component = _id("c", name)
                components.append(component)
                lines.append(f'{pad}<Component Id="{component}" Guid="*">')
                lines.append(
                    f'{pad}  <File Id="{fixed[name]}" Name="{name}" '
                    f'Source={quoteattr(_source(source))} KeyPath="yes"/>'
                )
                lines.append(f"{pad}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    directory(app, 3)
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="Payload">')
    lines += [f'      <ComponentRef Id="{c}"/>' for c in components]
    lines.append("    </ComponentGroup>")
    lines += ["  </Fragment>", "</Wix>", ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def build_msi(app: Path) -> Path:
    started = time.perf_counter()
    work = ROOT / "build" / "msi"
    payload = payload_fragment(app, work / "payload.wxs")
    package = DIST / f"qaaudit-{version()}-x64.msi"
    defines = [f"Version={version()}", f"IconFile={_source(DIST / 'icons' / 'qaaudit.ico')}"]
    if WINDOWS:
        objects = work / "obj"
        objects.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["candle", "-nologo", "-arch", "x64", "-out", f"{objects}\\"]
            + [f"-d{d}" for d in defines]
            + [str(WXS), str(payload)],
            check=True,
        )
        subprocess.run(
            [
                "light",
                "-nologo",
                "-out",
                str(package),
                str(objects / "qaaudit.wixobj"),
                str(objects / "payload.wixobj"),
            ],
            check=True,
        )
    else:
        command = ["wixl", "--arch", "x64", "-o", str(package)]
        for d in defines:
            command += ["-D", d]
        subprocess.run(command + [str(WXS), str(payload)], check=True, cwd=ROOT)
        secure_properties(package)
    say(f"{package} ({package.stat().st_size / 1e6:.0f} MB, {time.perf_counter() - started:.0f} s)")
    return package


def secure_properties(package: Path) -> None:
    """What WiX does for ``Secure="yes"`` and wixl does not: list the property in
    SecureCustomProperties, so that its value from the msiexec command line reaches the
    part of the install that runs with the installer's rights."""
    wanted = re.findall(r'<Property Id="([A-Z_]+)" Secure="yes"', WXS.read_text(encoding="utf-8"))
    table = subprocess.run(
        ["msiinfo", "export", str(package), "Property"], check=True, capture_output=True, text=True
    ).stdout
    current = next(
        (
            line.split("\t")[1]
            for line in table.splitlines()
            if line.startswith("SecureCustomProperties\t")
        ),
        "",
    )
    names = [n for n in current.split(";") if n] + [
        n for n in wanted if n not in current.split(";")
    ]
    value = ";".join(names)
    if not re.fullmatch(r"[A-Z_;]+", value):
        raise SystemExit(f"unexpected property names: {value}")
    # Only capitals, _ and ; (checked above): nothing in it can change the query.
    query = (
        f"UPDATE Property SET Value = '{value}' WHERE Property = 'SecureCustomProperties'"  # noqa: S608
        if current
        else "INSERT INTO Property (Property, Value) "  # noqa: S608
        f"VALUES ('SecureCustomProperties', '{value}')"
    )
    subprocess.run(["msibuild", str(package), "-q", query], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="+", choices=("icons", "app", "deb", "msi"))
    parser.add_argument(
        "--reuse-app",
        action="store_true",
        help="package dist/qaaudit/ as it is, without rebuilding it",
    )
    args = parser.parse_args(argv)
    targets = args.targets
    if targets == ["icons"]:
        build_icons()
        return 0
    app = DIST / "qaaudit"
    if args.reuse_app and (app / ("qaaudit.exe" if WINDOWS else "qaaudit")).exists():
        build_icons()
    else:
        app = build_app()
    if "deb" in targets:
        build_deb(app)
    if "msi" in targets:
        build_msi(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
