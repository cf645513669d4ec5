#!/usr/bin/env python3
"""Check the user guide: help/nl/*.html and its stylesheet.

Usage: check-help.py [FOLDER]   (default: the folder nl next to this script)

Every page must be well-formed XML (XHTML5) starting with <!DOCTYPE html>,
with <html xmlns="http://www.w3.org/1999/xhtml" lang="nl">, a UTF-8 charset
and a non-empty <title>. Every relative href/src must point to a file that
exists in the folder, and a #fragment to an id in that page. Every page must
be reachable from index.html. Links must be relative, except links (<a href>)
to https://www.pdok.nl, https://www.cbs.nl and https://www.openstreetmap.org;
no resources (stylesheets, images) from outside, no JavaScript.

Exit status 0 when everything is in order, 1 with one line per problem
("FILE: problem"), 2 on wrong use. Python 3 standard library only.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ALLOWED_HOSTS = ("www.pdok.nl", "www.cbs.nl", "www.openstreetmap.org")
# Attributes that point somewhere.
URL_ATTRIBUTES = ("href", "src", "srcset", "poster", "data", "action", "formaction",
                  "cite", "background", "longdesc", "manifest")


def local(tag):
    """The local name of an element tag, without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class Checker:
    def __init__(self, folder):
        self.shown = folder           # as given, to name files in messages
        self.folder = os.path.abspath(folder)
        self.problems = []
        self.pages = {}          # page name -> parsed root element
        self.ids = {}            # page name -> set of ids
        self.links = {}          # page name -> list of (attribute, value)
        self.n_links = 0

    def problem(self, name, text):
        shown = name if os.path.isabs(name) else os.path.join(self.shown, name)
        self.problems.append(f"{shown}: {text}")

    # ---- reading ---------------------------------------------------------

    def read_page(self, name):
        path = os.path.join(self.folder, name)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            self.problem(name, f"cannot be read: {e.strerror}")
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            self.problem(name, f"is not UTF-8 (byte {e.start})")
            return
        if text.startswith("\ufeff"):
            text = text[1:]
        if not re.match(r"<!DOCTYPE html>", text.lstrip()):
            self.problem(name, "does not start with <!DOCTYPE html>")
        try:
            root = ET.fromstring(data)
        except ET.ParseError as e:
            line, column = e.position
            self.problem(name, f"is not well-formed XML: line {line}, column {column + 1}: "
                               f"{str(e).split(':')[0]}")
            return
        self.pages[name] = root
        self.check_page(name, root)

    # ---- one page ----------------------------------------------------------

    def check_page(self, name, root):
        if root.tag != f"{{{XHTML}}}html":
            self.problem(name, f'the root element is <{local(root.tag)}>, not <html> in the '
                               f'namespace "{XHTML}"')
        if root.get("lang") != "nl":
            self.problem(name, f'<html> has lang="{root.get("lang", "")}", not lang="nl"')
        if root.get(XML_LANG) not in (None, "nl"):
            self.problem(name, f'<html> has xml:lang="{root.get(XML_LANG)}", not "nl"')

        head = root.find(f"{{{XHTML}}}head")
        title = head.find(f"{{{XHTML}}}title") if head is not None else None
        if title is None or not "".join(title.itertext()).strip():
            self.problem(name, "has no <title> (or an empty one) in <head>")
        charset = False
        if head is not None:
            for meta in head.iter(f"{{{XHTML}}}meta"):
                if (meta.get("charset", "").lower() == "utf-8"
                        or "charset=utf-8" in meta.get("content", "").lower().replace(" ", "")):
                    charset = True
        if not charset:
            self.problem(name, 'has no <meta charset="utf-8"/> in <head>')
        if root.find(f"{{{XHTML}}}body") is None:
            self.problem(name, "has no <body>")

        ids = set()
        links = []
        for element in root.iter():
            tag = local(element.tag)
            if tag == "script":
                self.problem(name, "contains <script>: the guide has no JavaScript")
            if tag in ("iframe", "object", "embed"):
                self.problem(name, f"contains <{tag}>")
            for attribute, value in element.attrib.items():
                attribute = local(attribute)
                if attribute.lower().startswith("on"):
                    self.problem(name, f"<{tag}> has the event handler {attribute}: "
                                       "the guide has no JavaScript")
                if attribute == "id":
                    if value in ids:
                        self.problem(name, f'the id "{value}" is used more than once')
                    ids.add(value)
                if attribute == "style" and re.search(r"url\s*\(", value):
                    self.problem(name, f"<{tag}> has a style with url(): keep resources "
                                       "in help.css")
                if attribute in URL_ATTRIBUTES:
                    links.append((tag, attribute, value.strip()))
            if tag == "style" and element.text:
                self.check_css_text(name, element.text)
        self.ids[name] = ids
        self.links[name] = links

    def check_css_text(self, name, css):
        for match in re.finditer(r"(?:url\s*\(\s*['\"]?|@import\s+['\"])([^'\")\s]+)", css):
            url = match.group(1)
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith("/"):
                self.problem(name, f'refers to the resource "{url}" outside the guide')
            elif not url.startswith("data:"):
                target = os.path.normpath(os.path.join(self.folder, unquote(parts.path)))
                if not os.path.isfile(target):
                    self.problem(name, f'refers to "{url}", which does not exist')

    # ---- links -------------------------------------------------------------

    def check_links(self):
        for name, links in self.links.items():
            for tag, attribute, value in links:
                self.n_links += 1
                self.check_link(name, tag, attribute, value)

    def check_link(self, name, tag, attribute, value):
        where = f'<{tag} {attribute}="{value}">'
        if value == "":
            self.problem(name, f"{where}: the link is empty")
            return
        if attribute == "srcset":
            self.problem(name, f"{where}: use src, not srcset")
            return
        parts = urlsplit(value)
        if parts.scheme or parts.netloc:
            if (tag == "a" and attribute == "href" and parts.scheme == "https"
                    and parts.netloc.lower() in ALLOWED_HOSTS):
                return
            if tag == "a" and attribute == "href" and parts.scheme in ("http", "https"):
                self.problem(name, f"{where}: an external link; only https://"
                                   + ", https://".join(ALLOWED_HOSTS) + " are allowed")
            else:
                self.problem(name, f"{where}: not a relative link (the guide uses no "
                                   "external resources)")
            return
        if value.startswith("/"):
            self.problem(name, f"{where}: an absolute path; use a relative link")
            return
        if parts.query:
            self.problem(name, f"{where}: a static page takes no query (?…)")

        path = unquote(parts.path)
        if path == "":
            target_name = name
        else:
            target = os.path.normpath(os.path.join(self.folder, os.path.dirname(name), path))
            if os.path.commonpath([target, self.folder]) != self.folder:
                self.problem(name, f"{where}: points outside the guide's folder")
                return
            if not os.path.isfile(target):
                self.problem(name, f"{where}: the file {path} does not exist")
                return
            target_name = os.path.relpath(target, self.folder).replace(os.sep, "/")

        if parts.fragment:
            fragment = unquote(parts.fragment)
            if target_name not in self.ids:
                if target_name.endswith((".html", ".xhtml")):
                    return  # the target page itself is reported as unreadable
                self.problem(name, f"{where}: a #fragment into {target_name}, which is not a page")
            elif fragment not in self.ids[target_name]:
                self.problem(name, f'{where}: {target_name} has no element with id="{fragment}"')

    def check_reachable(self):
        if "index.html" not in self.pages:
            return
        seen = {"index.html"}
        todo = ["index.html"]
        while todo:
            page = todo.pop()
            for tag, attribute, value in self.links.get(page, ()):
                parts = urlsplit(value)
                if parts.scheme or parts.netloc or not parts.path or tag != "a":
                    continue
                target = os.path.normpath(os.path.join(os.path.dirname(page),
                                                       unquote(parts.path))).replace(os.sep, "/")
                if target in self.pages and target not in seen:
                    seen.add(target)
                    todo.append(target)
        for page in sorted(self.pages):
            if page not in seen:
                self.problem(page, "cannot be reached from index.html by following links")

    # ---- everything --------------------------------------------------------

    def run(self):
        if not os.path.isdir(self.folder):
            self.problem(self.folder, "is not a folder")
            return
        names = sorted(n for n in os.listdir(self.folder)
                       if n.endswith((".html", ".xhtml")) and not n.startswith("."))
        if "index.html" not in names:
            self.problem("index.html", f"does not exist in {self.folder}")
        for name in names:
            self.read_page(name)
        for name in sorted(n for n in os.listdir(self.folder) if n.endswith(".css")):
            try:
                with open(os.path.join(self.folder, name), encoding="utf-8") as f:
                    self.check_css_text(name, f.read())
            except (OSError, UnicodeDecodeError) as e:
                self.problem(name, f"cannot be read as UTF-8 text: {e}")
        self.check_links()
        self.check_reachable()
        return names


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip(), file=sys.stderr if len(argv) > 2 else sys.stdout)
        return 2 if len(argv) > 2 else 0
    folder = argv[1] if len(argv) == 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl")
    checker = Checker(folder)
    names = checker.run() or []
    if checker.problems:
        for line in checker.problems:
            print(f"check-help: {line}", file=sys.stderr)
        print(f"check-help: {len(checker.problems)} problem(s) in {checker.shown}", file=sys.stderr)
        return 1
    print(f"check-help: {len(names)} pages, {checker.n_links} links in {checker.shown}: "
          "all in order")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
