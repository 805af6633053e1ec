#!/usr/bin/env bash
# Runs a command as on a fresh machine: the optional Debian tools (poppler-utils, chromium, tesseract-ocr, antiword,
# ImageMagick) are hidden from the PATH, everything else stays. The code and the tests find tools on the PATH only
# (test/support/tools.ts, src/extract/pdf/*Engine.ts), so this is the path a newcomer without them takes.
#
#   bash scripts/without-tools.sh npx vitest run
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARGS…]" >&2; exit 2; }

# Every binary of poppler-utils (pdf*), chromium, tesseract, antiword and ImageMagick (convert, magick).
hidden='^(pdf[a-z]*|chromium.*|tesseract|antiword|convert|magick)$'

shadow=$(mktemp -d "${TMPDIR:-/tmp}/motiemonitor-fresh-path.XXXXXX")
trap 'rm -rf "$shadow"' EXIT
IFS=: read -r -a dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for exe in "$dir"/*; do
    name=${exe##*/}
    # The first one on the PATH wins, as in a normal lookup.
    if [ -x "$exe" ] && [ ! -d "$exe" ] && [ ! -e "$shadow/$name" ] && ! [[ $name =~ $hidden ]]; then
      ln -s "$exe" "$shadow/$name"
    fi
  done
done
echo "without-tools: hidden from the PATH: poppler-utils, chromium, tesseract-ocr, antiword, imagemagick" >&2
PATH="$shadow" "$@"
