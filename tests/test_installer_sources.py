"""The installers' sources, checked quickly: the WiX source is well-formed and carries what
an IT department relies on (wixl builds an MSI from it and msiinfo reads it back), the
desktop entry is valid, the icons are drawn from the SVG, and the settings file the .deb
installs sets nothing until IT does. installer/check_install.sh (run by .ci/run) builds
the real packages and installs the .deb."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from qaaudit.cli import build_parser
from qaaudit.store import paths

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
UPGRADE_CODE = "8EDA81BB-659E-431C-BD19-BEF6FD9261DD"


def build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed: CI must check the installers")
        pytest.skip(f"{name} is not installed")
    return found


def wxs() -> ET.Element:
    return ET.parse(INSTALLER / "windows" / "qaaudit.wxs").getroot()


def test_the_wix_source_is_a_per_machine_product_that_upgrades_itself() -> None:
    product = wxs().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"  # a new product code for every build
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    folders = {d.get("Id"): d for d in product.iter(f"{WIX}Directory")}
    assert folders["INSTALLDIR"] in list(folders["ProgramFiles64Folder"])
    properties = {p.get("Id"): p for p in product.iter(f"{WIX}Property")}
    assert properties["DATABASE_URL"].get("Secure") == "yes"
    assert properties["DATABASE_URL"].get("Value") is None  # unset unless IT sets it
    assert properties["ARPPRODUCTICON"].get("Value") == "qaaudit.ico"
    shortcut = next(product.iter(f"{WIX}Shortcut"))
    assert shortcut.get("Target") == "[INSTALLDIR]qaaudit.exe"
    assert shortcut.get("Icon") == "qaaudit.ico"


def test_the_msi_writes_the_settings_file_with_a_command_the_program_has() -> None:
    actions = {a.get("Id"): a for a in wxs().iter(f"{WIX}CustomAction")}
    conditions = {c.get("Action"): (c.text or "") for c in wxs().iter(f"{WIX}Custom")}
    for name, locked in (("WriteMachineSettings", False), ("WriteLockedMachineSettings", True)):
        action = actions[name]
        assert action.get("Impersonate") == "no" and action.get("Execute") == "deferred"
        assert action.get("FileKey") == "QaauditCliExe"
        command = (action.get("ExeCommand") or "").replace("[DATABASE_URL]", "postgresql://h/q")
        args = build_parser().parse_args([w.strip('"') for w in command.split()])
        assert args.set_machine_database == "postgresql://h/q"
        assert args.lock is locked
        assert "DATABASE_URL" in conditions[name] and "NOT REMOVE" in conditions[name]


def test_wixl_builds_an_msi_from_the_wix_source_and_msiinfo_reads_it_back(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool("wixl")
    tool("msiinfo")
    build = build_module()
    # A small stand-in for the frozen program (the real one is built by check_install.sh).
    dist = ROOT / "build" / "test-msi"
    shutil.rmtree(dist, ignore_errors=True)
    app = dist / "qaaudit"
    (app / "_internal" / "qaaudit").mkdir(parents=True)
    (app / "qaaudit").write_bytes(b"#!/bin/sh\n")
    (app / "_internal" / "qaaudit" / "resources.txt").write_text("x")
    monkeypatch.setattr(build, "DIST", dist)
    try:
        build.build_icons(dist / "icons")
        package = build.build_msi(app)
        tables = subprocess.run(
            ["msiinfo", "export", str(package), "Property"], capture_output=True, text=True
        ).stdout
        assert f"UpgradeCode\t{{{UPGRADE_CODE}}}" in tables
        secure = next(ln for ln in tables.splitlines() if ln.startswith("SecureCustomProperties"))
        assert "DATABASE_URL" in secure and "LOCK_DATABASE" in secure
        shortcut = subprocess.run(
            ["msiinfo", "export", str(package), "Shortcut"], capture_output=True, text=True
        ).stdout
        assert "ProgramMenuFolder\tqaaudit\t" in shortcut and "qaaudit.ico" in shortcut
        files = subprocess.run(
            ["msiinfo", "export", str(package), "File"], capture_output=True, text=True
        ).stdout
        assert "qaaudit.exe" in files and "qaaudit-cli.exe" in files and "resources.txt" in files
    finally:
        shutil.rmtree(dist, ignore_errors=True)


def test_the_icons_are_drawn_from_the_svg_at_every_size(qapp: object, tmp_path: Path) -> None:
    # qapp: the build draws with whatever Qt application there is (a plain one of its own
    # when run as a script), and the window tests after this one need a QApplication.
    build = build_module()
    out = build.build_icons(tmp_path / "icons")
    for size in build.ICON_SIZES:
        image = QImage(str(out / f"qaaudit-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not empty
    ico = (out / "qaaudit.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(build.ICON_SIZES))
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and length > 0
        sides.append(width or 256)
    assert sides == sorted(build.ICON_SIZES)


def test_the_window_uses_the_same_icon() -> None:
    source = (ROOT / "qaaudit" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setWindowIcon(QIcon(str(resource("icons", "qaaudit.svg"))))' in source
    assert "setDesktopFileName(APP_NAME)" in source
    entry = (INSTALLER / "linux" / "qaaudit.desktop").read_text(encoding="utf-8")
    assert "Icon=qaaudit\n" in entry and "StartupWMClass=qaaudit\n" in entry


def test_the_desktop_entry_is_valid_and_starts_the_window() -> None:
    entry = INSTALLER / "linux" / "qaaudit.desktop"
    checked = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    command = next(
        ln.split("=", 1)[1] for ln in entry.read_text().splitlines() if ln.startswith("Exec=")
    )
    assert command.split()[0] == "qaaudit"
    assert build_parser().parse_args(command.split()[1:]).command == "gui"


def test_the_installed_settings_file_sets_nothing_until_it_is_edited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shipped = INSTALLER / "linux" / "settings.toml"
    assert tomllib.loads(shipped.read_text(encoding="utf-8")) == {}
    monkeypatch.setenv(paths.MACHINE_SETTINGS_ENV, str(shipped))
    assert paths.machine_settings() == paths.Settings(shipped)
    # Its commented lines, uncommented, are what the admin guide describes.
    uncommented = "\n".join(
        ln[2:]
        for ln in shipped.read_text().splitlines()
        if ln.startswith("# database_url") or ln.startswith("# lock_database")
    )
    values = tomllib.loads(uncommented)
    assert values["lock_database"] is True and values["database_url"].startswith("postgresql://")


def test_the_deb_control_file_is_complete() -> None:
    build = build_module()
    control = (
        (INSTALLER / "linux" / "control")
        .read_text(encoding="utf-8")
        .format(
            version="1.2.3", arch="amd64", depends=", ".join(build.DEB_DEPENDS), installed_size=1
        )
    )
    fields = dict(ln.split(": ", 1) for ln in control.splitlines() if ln and not ln.startswith(" "))
    assert fields["Package"] == "qaaudit" and fields["Version"] == "1.2.3"
    assert {"Maintainer", "Description", "Depends", "Architecture", "Installed-Size"} <= set(fields)
    assert "libxcb-cursor0" in fields["Depends"]  # Qt's X11 window needs it


@pytest.mark.skipif(sys.platform == "win32", reason="shell script")
def test_the_install_check_is_run_by_ci_before_the_tests() -> None:
    script = INSTALLER / "check_install.sh"
    assert os.access(script, os.X_OK)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("installer/check_install.sh") < ci.index("python3 -m pytest")
    for needed in ("wixl", "msitools", "lintian", "desktop-file-utils"):
        assert f"need+=({needed})" in ci


def test_the_frozen_program_uses_its_own_run_time_hooks_for_qt_and_processes() -> None:
    """PyInstaller's own hooks import PySide6 and multiprocessing before the program runs,
    which makes every later import slower than in a pip install (docs/decisions.md)."""
    import ast

    hooks = INSTALLER / "hooks"
    table = ast.literal_eval((hooks / "rthooks.dat").read_text(encoding="utf-8"))
    assert set(table) == {"PySide6", "multiprocessing"}
    for names in table.values():
        for name in names:
            source = (hooks / "rthooks" / name).read_text(encoding="utf-8")
            tree = ast.parse(source)
            imported = {
                alias.name
                for node in ast.walk(tree)
                if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in node.names
            }
            assert imported <= {"os", "sys"}, imported
    assert 'hookspath=[str(ROOT / "installer" / "hooks")]' in (
        INSTALLER / "qaaudit.spec"
    ).read_text(encoding="utf-8")


def test_the_windows_workflow_is_valid_and_builds_installs_and_removes_the_msi() -> None:
    """The workflow runs only on a Windows build machine; here it is checked against
    GitHub's schema for workflows, and for the steps an IT department relies on."""
    workflow = ROOT / ".github" / "workflows" / "windows-installer.yml"
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
        + [str(workflow)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = workflow.read_text(encoding="utf-8")
    assert "runs-on: windows-" in text
    assert "python installer/build.py app msi" in text
    assert '"/i",' in text and "/qn" in text and "DATABASE_URL=postgresql://" in text
    assert "lock_database = true" in text  # the settings file the MSI wrote is read back
    assert '"/x",' in text  # and removed silently
