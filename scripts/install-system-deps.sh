#!/usr/bin/env bash
# Installs the Debian packages openbda uses at run time, only those that are missing.
#
# LibreOffice (headless, no GUI) converts DOCX/XLSX/PPTX to PDF as BDA does; the fonts give it
# metric-compatible faces for Arial/Times/Courier (Liberation) and wide Unicode coverage
# (DejaVu), without which converted text falls back to whatever is installed and reflows.
# OCR needs nothing from apt: its models come inside pip wheels.
#
# Idempotent and quiet: a machine that has everything runs no apt command at all. Needs root
# (or sudo) only when something is missing.
set -euo pipefail

PACKAGES=(
  libreoffice-writer-nogui
  libreoffice-calc-nogui
  libreoffice-impress-nogui
  fonts-dejavu-core
  fonts-liberation
)

missing=()
for package in "${PACKAGES[@]}"; do
  # dpkg -s succeeds for removed-but-configured packages too; the status line tells them apart.
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then
    SUDO="sudo"
  else
    echo "openbda needs these Debian packages; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "installing from apt: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are absent (a fresh container) or a first attempt
# fails because they are stale.
if ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
  $SUDO apt-get update -qq
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
