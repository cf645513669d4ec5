#!/usr/bin/env bash
# test-install.sh BUILD_ROOT PREFIX: `meson install` into a temporary
# folder puts every file in place; the installed MIME data know a renamed
# plan by its content (gio info); the installed program starts on the
# example and speaks Dutch (under a display; that part is skipped without).
set -euo pipefail

build=$1
prefix=$2
app_id=io.github.woneneerst.Planner
dest=$(mktemp -d "${TMPDIR:-/tmp}/wep-install-XXXXXX")
trap 'rm -rf "$dest"' EXIT

fail () { echo "test-install: $*" >&2; exit 1; }

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null \
  || fail "meson install into $dest failed"
root=$dest$prefix
share=$root/share

for f in \
  bin/wonen-eerst-planner \
  bin/wep \
  share/applications/$app_id.desktop \
  share/metainfo/$app_id.metainfo.xml \
  share/icons/hicolor/scalable/apps/$app_id.svg \
  share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
  share/glib-2.0/schemas/$app_id.gschema.xml \
  share/mime/packages/$app_id.xml \
  share/locale/nl/LC_MESSAGES/wonen-eerst-planner.mo \
  share/wonen-eerst-planner/templates/plans.csv \
  share/wonen-eerst-planner/help/nl/index.html
do
  [[ -f $root/$f ]] || fail "not installed: $prefix/$f"
done
[[ -x $root/bin/wonen-eerst-planner ]] || fail "the program is not executable"

# What the package's post-install step does on a real system.
glib-compile-schemas --strict "$share/glib-2.0/schemas"
update-mime-database "$share/mime"

# A plan mailed without its extension is still known as a plan.
"$root/bin/wep" example "$dest/regio.weplan" >/dev/null
mv "$dest/regio.weplan" "$dest/plan-van-zwolle"
type=$(XDG_DATA_DIRS="$share:/usr/share" gio info -a standard::content-type \
         "$dest/plan-van-zwolle" | sed -n 's/^ *standard::content-type: //p')
[[ $type == application/x-wonen-eerst-plan ]] \
  || fail "the installed MIME data call a renamed plan '$type'"

# The installed program: the example, in Dutch.
if [[ -z ${DISPLAY:-} ]]; then
  echo "test-install: no display; the installed files are right, the start is not tried"
  exit 0
fi
out=$(env -u WEP_HELPDIR \
        LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 LANGUAGE= \
        WEP_LOCALEDIR="$share/locale" \
        GSETTINGS_SCHEMA_DIR="$share/glib-2.0/schemas" GSETTINGS_BACKEND=memory \
        XDG_DATA_DIRS="$share:/usr/share" \
        WEP_BENCH_FIRST_FRAME=1 ASAN_OPTIONS=detect_leaks=0 \
        timeout 60 "$root/bin/wonen-eerst-planner" --example 2>/dev/null | grep '^first-frame' || true)
[[ -n $out ]] || fail "the installed program did not draw its window with the example"
[[ ${out//_/} == *$'\t'Overzicht ]] || fail "the installed program does not speak Dutch: '$out'"
echo "test-install: installed into $prefix, started: $out"
