#!/bin/sh
# check-complete.sh SOURCE_ROOT: every string the sources mark for
# translation (the files in po/POTFILES.in, read afresh, not the committed
# .pot) has a Dutch translation in po/nl.po, none fuzzy. Lists the first
# untranslated strings when not.
set -eu
cd "$1"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wep-po-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

xgettext --files-from=po/POTFILES.in --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 \
  --output="$tmp/all.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching po/nl.po "$tmp/all.pot" --output-file="$tmp/nl.po"
out=$(msgfmt --check --statistics --output-file=/dev/null "$tmp/nl.po" 2>&1) || { echo "$out"; exit 1; }
echo "po/nl.po against the sources: $out"
case "$out" in
  *untranslated*|*fuzzy*)
    echo "not translated (the first 20):"
    msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep '^msgid ' | sed -n '2,21p'
    exit 1;;
esac
