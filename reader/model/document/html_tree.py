"""Reading an lxml HTML tree the way the block walker needs it.

The body HTML is parsed by lxml's HTML parser (libxml2) into its own tree, which the walker
reads directly: no second tree of Python objects is built. These helpers give the tree's text
as BeautifulSoup's "lxml" builder presented it before (the parsed documents stay the same):
a text node of ASCII white space alone outside ``<pre>``/``<textarea>`` is one space or one
line break, comments never count as text, and ``get_text``-style reads skip the contents of
``<script>``, ``<style>``, ``<template>`` and ruby annotations (``<rt>``, ``<rp>``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

Element = Any  # lxml.etree._Element (lxml ships no type information)

_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
_PRESERVE = frozenset({"pre", "textarea"})
# Elements whose text BeautifulSoup kept as its own kind of string, which get_text() skips.
_SPECIAL = frozenset({"script", "style", "template", "rt", "rp"})
PI = etree.PI


# libxml2 builds a tree at most this deep and stops reading there (unless "huge"); a document
# that reaches it is read again event by event, as deep as it goes.
_TREE_DEPTH = 250


def parse_html(html: str) -> Element | None:
    """The root (``<html>``) of ``html`` parsed as libxml2 parses it, or None when there is
    no element at all (empty text, only a comment)."""
    if html[:1] == "\ufeff":
        html = html[1:]
    parser = etree.HTMLParser(recover=True)
    try:
        parser.feed(html)
        root = parser.close()
    except etree.LxmlError:
        return None
    if (
        root is not None
        and html.count("<") >= _TREE_DEPTH
        and root.xpath(f"boolean(//*[count(ancestor::*) >= {_TREE_DEPTH - 2}])")
    ):
        return _parse_deep(html)
    return root


class _DeepTarget:
    """Builds the tree from the parser's events: libxml2's events go as deep as the markup
    does (the walker bounds the depth it reads, see ``html_blocks.MAX_DEPTH``)."""

    def __init__(self) -> None:
        self.builder = etree.TreeBuilder()
        self.names: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        try:
            self.builder.start(tag, attrib)
        except ValueError:  # a name lxml's API refuses (xlink:href): kept without it
            tag = tag if _valid_name(tag) else "span"
            self.builder.start(tag, {k: v for k, v in attrib.items() if _valid_name(k)})
        self.names.append(tag)

    def end(self, tag: str) -> None:
        self.builder.end(self.names.pop())

    def data(self, data: str) -> None:
        self.builder.data(data)

    def comment(self, text: str) -> None:
        self.builder.comment(text)

    def pi(self, target: str, data: str | None = None) -> None:
        self.builder.pi(target, data)

    def close(self) -> Element:
        while self.names:
            self.builder.end(self.names.pop())
        return self.builder.close()


def _valid_name(name: str) -> bool:
    try:
        etree.Element(name)
    except ValueError:
        return False
    return True


def _parse_deep(html: str) -> Element | None:
    parser = etree.HTMLParser(recover=True, target=_DeepTarget())
    try:
        parser.feed(html)
        return parser.close()
    except etree.LxmlError:
        return None


def spaced(text: str) -> str:
    """A text node as the walker sees it outside ``<pre>``: ASCII white space alone becomes
    one line break (if it held one) or one space."""
    if text.strip(_ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def pi_text(node: Element) -> str:
    """A processing instruction's text (``<?php x?>`` reads "php x")."""
    return f"{node.target} {node.text or ''}"


def is_element(node: Element) -> bool:
    """Whether ``node`` is an element (not a comment, processing instruction or entity)."""
    return node.tag.__class__ is str


def within(node: Element, names: frozenset[str]) -> bool:
    """Whether ``node`` or one of its ancestors is one of ``names``."""
    while node is not None:
        tag = node.tag
        if tag.__class__ is str and tag.lower() in names:
            return True
        node = node.getparent()
    return False


def strings(node: Element) -> Iterator[str]:
    """The text under ``node`` as ``get_text()`` read it (raw, in document order): without
    comments and without the contents of script, style, template and ruby annotations."""
    if within(node, _SPECIAL):
        return
    if node.text:
        yield node.text
    stack = [iter(node)]
    ends: list[Element] = []
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if ends:
                tail = ends.pop().tail
                if tail:
                    yield tail
            continue
        tag = child.tag
        if tag.__class__ is str and tag.lower() not in _SPECIAL:
            if child.text:
                yield child.text
            stack.append(iter(child))
            ends.append(child)
            continue
        if child.tail:
            yield child.tail


def get_text(node: Element) -> str:
    """All the text under ``node`` (BeautifulSoup's ``get_text()``)."""
    return "".join(strings(node))


def has_text(node: Element) -> bool:
    """Whether any text under ``node`` is more than white space."""
    return any(s.strip() for s in strings(node))


def flat_text(node: Element, drop: frozenset[str], inline: frozenset[str], hidden: Any) -> str:
    """The text under ``node`` as one run, without recursion: elements named in ``drop`` and
    those ``hidden(element)`` says no reader sees stay out, and every element not named in
    ``inline`` is separated from its neighbours by a space."""
    parts: list[str] = []
    preserve = within(node, _PRESERVE)
    depth_preserved = 0  # <pre> elements open below ``node``
    if node.text:
        parts.append(node.text if preserve else spaced(node.text))
    stack = [iter(node)]
    ends: list[Element] = []
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if ends:
                end = ends.pop()
                if end.tag.lower() in _PRESERVE:
                    depth_preserved -= 1
                if end.tail:
                    raw = preserve or depth_preserved > 0
                    parts.append(end.tail if raw else spaced(end.tail))
            continue
        tag = child.tag
        raw = preserve or depth_preserved > 0
        if tag.__class__ is str:
            name = tag.lower()
            if not (name in drop or hidden(child)):
                if name not in inline:
                    parts.append(" ")
                if name in _PRESERVE:
                    depth_preserved += 1
                if child.text:
                    inner_raw = raw or name in _PRESERVE
                    parts.append(child.text if inner_raw else spaced(child.text))
                stack.append(iter(child))
                ends.append(child)
                continue
        elif tag is PI:
            parts.append(pi_text(child))
        if child.tail:
            parts.append(child.tail if raw else spaced(child.tail))
    return "".join(parts)
