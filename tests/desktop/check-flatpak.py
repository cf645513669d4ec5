#!/usr/bin/env python3
# check-flatpak.py MANIFEST DATA_DIR APP_ID: the Flatpak manifest is valid
# JSON, names the app as data/ does, builds every dependency from a pinned
# source (an archive with its sha256, or git with a tag and its commit),
# builds the app last and runs its tests, and asks for no more than the app
# needs. No Flatpak remote is reachable where this runs, so the manifest is
# checked instead of built. Exits 1 naming the problem.
import json
import os
import re
import sys

manifest_path, data_dir, app_id = sys.argv[1:4]
problems = []


def problem(text):
    problems.append(text)


try:
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    print(f"{manifest_path}: not valid JSON: {e}", file=sys.stderr)
    sys.exit(1)

name = os.path.basename(manifest_path)
if manifest.get("app-id") != app_id:
    problem(f"app-id is {manifest.get('app-id')!r}, data/ and meson say {app_id!r}")
if name != app_id + ".json":
    problem(f"the file is called {name}, not {app_id}.json")
for f in (app_id + ".desktop.in", app_id + ".metainfo.xml.in", app_id + ".gschema.xml",
          app_id + ".mime.xml", "icons/hicolor/scalable/apps/" + app_id + ".svg"):
    if not os.path.exists(os.path.join(data_dir, f)):
        problem(f"data/{f} is missing: the manifest's app-id has nothing to install")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    problem("the runtime must be org.gnome.Platform with org.gnome.Sdk")
if not re.fullmatch(r"\d+", str(manifest.get("runtime-version", ""))):
    problem("runtime-version must be a GNOME release such as \"47\"")
if manifest.get("command") != "wonen-eerst-planner":
    problem(f"command is {manifest.get('command')!r}, the program is wonen-eerst-planner")

# What the app needs: its window, the GPU, and the network for map tiles and
# PDOK. Files go through the portal: no filesystem access at all.
allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri",
           "--share=network"}
for arg in manifest.get("finish-args", []):
    if arg not in allowed:
        problem(f"finish-args: {arg} is more than the app needs")
    if arg.startswith("--filesystem"):
        problem(f"finish-args: {arg}: files are opened through the portal")
for needed in ("--share=ipc", "--socket=wayland", "--share=network"):
    if needed not in manifest.get("finish-args", []):
        problem(f"finish-args: {needed} is missing")

modules = manifest.get("modules", [])
if not modules:
    problem("no modules")
else:
    names = [m.get("name") if isinstance(m, dict) else m for m in modules]
    for dep in ("libshumate", "gdal", "proj"):
        if dep not in names:
            problem(f"module {dep} is missing (not in the GNOME runtime)")
    app = modules[-1]
    if not isinstance(app, dict) or app.get("name") != "wonen-eerst-planner":
        problem("the app must be the last module")
    else:
        if app.get("buildsystem") != "meson":
            problem("the app module must build with meson")
        if app.get("run-tests") is not True:
            problem("the app module must run its tests (run-tests: true)")
        if not any(s.get("type") == "dir" and s.get("path") == ".." for s in app.get("sources", [])):
            problem("the app module must build this source tree (type dir, path ..)")
    for m in modules[:-1]:
        if not isinstance(m, dict):
            problem(f"module {m!r}: an external file; write it inline so it is checked")
            continue
        sources = m.get("sources", [])
        if not sources:
            problem(f"module {m.get('name')}: no sources")
        for s in sources:
            kind = s.get("type")
            where = f"module {m.get('name')}"
            if kind in ("archive", "file"):
                if not re.fullmatch(r"https://\S+", s.get("url", "")):
                    problem(f"{where}: the archive needs an https url")
                if not re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")):
                    problem(f"{where}: the archive is not pinned by its sha256")
            elif kind == "git":
                if not s.get("tag") or not re.fullmatch(r"[0-9a-f]{40}", s.get("commit", "")):
                    problem(f"{where}: git sources need a tag and its 40-digit commit")
            elif kind == "patch":
                if not s.get("path"):
                    problem(f"{where}: a patch needs a path")
            else:
                problem(f"{where}: source type {kind!r} cannot be pinned")

if problems:
    for p in problems:
        print(f"{manifest_path}: {p}", file=sys.stderr)
    sys.exit(1)
print(f"{manifest_path}: {len(modules)} modules, every source pinned")
