#!/usr/bin/env bash
# Build the .deb and the MSI, then install the .deb on this machine for real and use it as
# a desktop would: start the window from its menu entry's command, fill a database, print
# an audit, lock the database address in /etc/qaaudit/settings.toml, remove the package and
# check that every person's data is left alone. Run as root on Debian or Ubuntu, from CI
# (.ci/run) or by hand: installer/check_install.sh [--no-build]
#
# Needs: python3 with qaaudit's dependencies and PyInstaller (pip install -e ".[installer]"),
# dpkg, apt-get, lintian, desktop-file-validate, wixl and msiinfo (Debian: wixl msitools),
# pdftotext (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\ncheck_install: %s\n' "$*"; }
fail() { printf '\ncheck_install: FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS
step() { say "$1 ($((SECONDS - started)) s so far)"; }

[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes a package"
if dpkg -s qaaudit >/dev/null 2>&1; then
  fail "qaaudit is already installed on this machine; remove it first (dpkg -r qaaudit)"
fi
[ ! -e /etc/qaaudit ] || fail "/etc/qaaudit is already there (this check writes and removes it)"

if [ "${1:-}" = --no-build ]; then
  step "using the .deb and MSI already in dist/ (--no-build)"
else
  step "building the frozen program, the .deb and the MSI"
  python3 installer/build.py deb msi
fi
version=$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+)\"", open("qaaudit/__init__.py").read())[1])')
deb="dist/qaaudit_${version}_$(dpkg --print-architecture).deb"
msi="dist/qaaudit-${version}-x64.msi"
[ -f "$deb" ] || fail "$deb was not built"
[ -f "$msi" ] || fail "$msi was not built"

step "the MSI: what msiinfo shows"
msi_table() { msiinfo "$@" | tr -d '\r'; }
tables=$(msi_table tables "$msi")
for table in Shortcut Upgrade CustomAction Icon File Registry; do
  grep -qx "$table" <<<"$tables" || fail "the MSI has no $table table"
done
property=$(msi_table export "$msi" Property)
grep -qP '^UpgradeCode\t\{8EDA81BB-659E-431C-BD19-BEF6FD9261DD\}$' <<<"$property" \
  || fail "the MSI's UpgradeCode is not the fixed one"
grep -qP '^SecureCustomProperties\t.*DATABASE_URL' <<<"$property" \
  || fail "DATABASE_URL is not a secure public property"
grep -qP '^ARPPRODUCTICON\tqaaudit.ico$' <<<"$property" || fail "no icon in Add or Remove Programs"
shortcuts=$(msi_table export "$msi" Shortcut)
grep -qP '^QaauditShortcut\tProgramMenuFolder\tqaaudit\t.*\[INSTALLDIR\]qaaudit.exe\t.*\tqaaudit.ico\t' <<<"$shortcuts" \
  || fail "no Start menu shortcut to qaaudit.exe with its icon"
actions=$(msi_table export "$msi" CustomAction)
grep -qF 'settings --set-machine-database "[DATABASE_URL]"' <<<"$actions" \
  || fail "DATABASE_URL is not written to the computer's settings file"
upgrades=$(msi_table export "$msi" Upgrade)
grep -q WIX_UPGRADE_DETECTED <<<"$upgrades" || fail "no major upgrade"
file_table=$(msi_table export "$msi" File)
files=$(($(wc -l <<<"$file_table") - 3))
[ "$files" -gt 100 ] || fail "the MSI holds only $files files"
echo "MSI: $files files, $(du -m "$msi" | cut -f1) MB"

step "lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian found errors in $deb"

work=$(mktemp -d /tmp/qaaudit-install-check.XXXXXX)
chmod 755 "$work"
cleanup() {
  dpkg -P qaaudit >/dev/null 2>&1 || true
  rm -rf "$work" /etc/qaaudit
}
trap cleanup EXIT

step "installing $deb over a preseeded /etc/qaaudit/settings.toml"
# As IT would for every desktop: the council's database written before the package comes,
# and kept by it (--force-confold) rather than replaced by the one the package carries.
mkdir -p /etc/qaaudit
printf 'database_url = "%s"\n' "$work/council.sqlite3" > /etc/qaaudit/settings.toml
preseeded=$(sha256sum /etc/qaaudit/settings.toml)
# apt-get brings what it depends on from the distribution (the X and Wayland libraries).
install=(apt-get install -y -qq -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "./$deb")
"${install[@]}" >/dev/null 2>&1 || { apt-get update -qq && "${install[@]}" >/dev/null; }
[ "$(sha256sum /etc/qaaudit/settings.toml)" = "$preseeded" ] || fail "the package replaced the preseeded settings"
[ -x /opt/qaaudit/qaaudit ] || fail "/opt/qaaudit/qaaudit is not installed"
# A desktop's PATH: a qaaudit installed with pip on this machine (CI's own) must not stand
# in for the installed one.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
[ "$(command -v qaaudit)" = /usr/bin/qaaudit ] || fail "qaaudit is not on the PATH as /usr/bin/qaaudit"
conffiles=$(dpkg-query -W -f='${Conffiles}\n' qaaudit)
grep -q '/etc/qaaudit/settings.toml' <<<"$conffiles" \
  || fail "/etc/qaaudit/settings.toml is not a conffile"
desktop=/usr/share/applications/qaaudit.desktop
desktop-file-validate "$desktop" || fail "$desktop is not valid"
for size in 16 32 48 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/qaaudit.png" ] || fail "no ${size}px icon"
done

# A person's home, as on a desktop: their data folder is the program's own default.
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
unset QAAUDIT_DATA_DIR QAAUDIT_DB QAAUDIT_MACHINE_SETTINGS XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME"
cd "$work"

step "starting the window from the menu entry's command"
command=$(sed -n 's/^Exec=//p' "$desktop")
# shellcheck disable=SC2086  # the entry's command is words, as the desktop splits them
ready=$($command --smoke) || fail "'$command --smoke' failed"
echo "$ready"
[[ "$ready" =~ ^main\ window\ ready\ in\ [0-9]+\ ms$ ]] || fail "unexpected answer: $ready"
[ -f "$work/council.sqlite3" ] || fail "the window did not open the database the computer's settings name"
own="$HOME/.local/share/qaaudit/qaaudit.sqlite3"

step "demo data, an audit printed, the database checked, with the installed program"
qaaudit demo --db "$work/demo.sqlite3" | tail -n 3
qaaudit export audit --id 1 -o "$work/audit.pdf" --db "$work/demo.sqlite3"
printed=$(pdftotext "$work/audit.pdf" -)
grep -q "Case file audit" <<<"$printed" || fail "the printed audit says nothing"
qaaudit check --db "$work/demo.sqlite3" | tee "$work/check.txt"
grep -q "Integrity: ok" "$work/check.txt" || fail "qaaudit check found a problem"
qaaudit demo --db "$own" >/dev/null  # the person's own file, to be left alone on removal
own_sum=$(sha256sum "$own" | cut -d' ' -f1)

step "the computer's settings file: the council's database, locked"
cat > /etc/qaaudit/settings.toml <<TOML
database_url = "$work/demo.sqlite3"
lock_database = true
TOML
qaaudit settings | tee "$work/settings.txt"
grep -q "Chosen by: this computer's settings file (/etc/qaaudit/settings.toml), locked by IT" \
  "$work/settings.txt" || fail "the machine-wide file was not used"
if qaaudit check --db "$work/elsewhere.sqlite3" 2>"$work/refused.txt"; then
  fail "another database was opened although the address is locked"
fi
grep -q "IT has fixed the database for everyone on this computer" "$work/refused.txt" \
  || fail "the refusal does not say why"
[ ! -e "$work/elsewhere.sqlite3" ] || fail "a locked computer made another database"

step "removing the package"
dpkg -r qaaudit >/dev/null
[ ! -e /opt/qaaudit ] || fail "/opt/qaaudit is left behind"
[ ! -e /usr/bin/qaaudit ] || fail "/usr/bin/qaaudit is left behind"
[ ! -e "$desktop" ] || fail "$desktop is left behind"
[ -f /etc/qaaudit/settings.toml ] || fail "removal (not purge) took the changed settings file"
[ "$(sha256sum "$own" | cut -d' ' -f1)" = "$own_sum" ] || fail "removal changed a person's data"
[ -f "$work/demo.sqlite3" ] || fail "removal took a database"
dpkg -P qaaudit >/dev/null
[ ! -e /etc/qaaudit/settings.toml ] || fail "purge left /etc/qaaudit/settings.toml"
[ -f "$own" ] || fail "purge took a person's data"
cd - >/dev/null

say "passed in $((SECONDS - started)) s"
