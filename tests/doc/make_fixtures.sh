#!/usr/bin/env bash
# Writes the Word 97-2003 (.doc) fixtures of the .doc reader from the .docx ones, with LibreOffice
# (its "MS Word 97" filter writes genuine Word 97 binary files). The .doc files are committed: the
# tests do not need LibreOffice. Run from the repository root:
#   tests/doc/make_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v soffice >/dev/null; then
  apt-get install -y --no-install-recommends libreoffice-writer-nogui
fi
# a private profile, so that a running LibreOffice or the user's settings do not interfere
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to doc --outdir tests/doc \
  tests/docx/numbered.docx tests/docx/gio-template-2021.docx
