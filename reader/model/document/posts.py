"""Feed-archive posts: Markdown/HTML bodies with YAML or TOML front matter, or none at all.

Real archives carry front matter that is not valid YAML (raw newlines or unescaped quotes in
titles), so parsing falls back to a line-based reading of ``key: value`` pairs and says so.

Python-Markdown (with the list indents' repair), python-frontmatter's YAML loader and tomllib
(about 30 ms of imports) are imported when a post first needs them: a Markdown body, front
matter that is not the simple kind :func:`simple_yaml` reads, TOML. A first start on the HTML
and plain-text samples never loads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from reader.model.document.front_matter import simple_yaml

_FENCES = {"---": "yaml", "+++": "toml"}
_EPOCH_RE = re.compile(r"<!--\s*(\d{10,13})\s*-->")
# "[title](url)" followed by a Setext underline, as the feed archives put at the top of a body.
_LINK_HEADING_RE = re.compile(
    r"^\s*\[(?P<title>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>[^)\s]*)\)\s*\n\s*(?:-{3,}|={3,})\s*$",
    re.M,
)
_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s?(.*)$")


@dataclass(frozen=True, slots=True)
class SplitPost:
    """A post split into its metadata and body."""

    meta: dict[str, Any]
    body: str
    warnings: tuple[str, ...]
    has_front_matter: bool


def _split_fence(text: str) -> tuple[str, str, str] | None:
    """(fence kind, front matter, body) if ``text`` starts with a front matter block."""
    stripped = text.lstrip("\ufeff")
    first, _, rest = stripped.partition("\n")
    fence = first.strip()
    if fence not in _FENCES:
        return None
    match = re.search(rf"^{re.escape(fence)}[ \t]*$", rest, re.M)
    if match is None:
        return None
    return _FENCES[fence], rest[: match.start()], rest[match.end() :].lstrip("\r\n")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    elif value[:1] in "\"'":
        value = value[1:]
    return value.replace('\\"', '"').replace("\\'", "'")


def _parse_list(value: str) -> list[str]:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
    return [_unquote(value)] if value else []


def lenient_meta(block: str) -> dict[str, Any]:
    """Read ``key: value`` lines, joining continuation lines onto the previous value."""
    meta: dict[str, Any] = {}
    key: str | None = None
    for line in block.splitlines():
        match = _KEY_RE.match(line)
        if match and not line.startswith((" ", "\t")):
            key = match.group(1).lower()
            meta[key] = match.group(2)
        elif key is not None:
            meta[key] = f"{meta[key]}\n{line}"
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key in ("tags", "categories"):
            out[key] = _parse_list(value.replace("\n", " "))
        else:
            out[key] = _unquote(" ".join(part.strip() for part in value.split("\n")))
    return out


_MAX_META_NODES = 20_000


def _check_expanded_size(value: object) -> None:
    """Refuse front matter that is small as written but huge once its YAML aliases are
    expanded ("billion laughs": nine lists of nine references to the list before): turning
    such a title or tag list into text would take the memory and time of the whole machine.

    Raises:
        ValueError: more than ``_MAX_META_NODES`` values, counting every reference again.
    """
    budget = _MAX_META_NODES
    stack = [value]
    while stack:
        item = stack.pop()
        budget -= 1
        if budget < 0:
            raise ValueError("it expands to too many values (YAML aliases)")
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)


def _check_simple_size(value: dict[str, Any]) -> None:
    """:func:`_check_expanded_size` of what :func:`simple_yaml` read (one mapping of scalars
    and lists of scalars, no aliases), counted without walking it.

    Raises:
        ValueError: more than ``_MAX_META_NODES`` values.
    """
    lists = [len(v) for v in value.values() if isinstance(v, list)]
    if 1 + 2 * len(value) + sum(lists) > _MAX_META_NODES:
        raise ValueError("it expands to too many values (YAML aliases)")


def _full_yaml(block: str) -> Any:
    """``block`` read by python-frontmatter's YAML loader (imported on first use)."""
    from frontmatter.default_handlers import YAMLHandler

    return YAMLHandler().load(block)


def _toml(block: str) -> dict[str, Any]:
    """``block`` read as TOML (tomllib, imported on first use)."""
    import tomllib

    return tomllib.loads(block)


def split_post(text: str) -> SplitPost:
    """Split a post into metadata and body, repairing front matter that is not valid."""
    fenced = _split_fence(text)
    if fenced is None:
        return SplitPost({}, text, (), False)
    kind, block, body = fenced
    warnings: list[str] = []
    meta: dict[str, Any]
    try:
        # python-frontmatter's TOML handler needs the third-party ``toml`` package; the
        # standard library's tomllib reads TOML 1.0 just as well.
        loaded = simple_yaml(block) if kind == "yaml" else None
        if loaded is not None:
            _check_simple_size(loaded)
        else:
            loaded = _full_yaml(block) if kind == "yaml" else _toml(block)
            if not isinstance(loaded, dict):
                raise ValueError("front matter is not a mapping")
            _check_expanded_size(loaded)
        meta = {str(k).lower(): v for k, v in loaded.items()}
    except Exception as exc:  # noqa: BLE001 - any YAML/TOML error means "repair it"
        meta = lenient_meta(block)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        warnings.append(f"front matter is not valid {kind.upper()} ({reason}); read line by line")
    return SplitPost(meta, body, tuple(warnings), True)


def parse_date(value: object) -> datetime | None:
    """A date from a front matter value (ISO 8601 string, date, datetime)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        stamp = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(stamp, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):
        return datetime(value.year, value.month, value.day)  # type: ignore[attr-defined]
    if not isinstance(value, str) or not value.strip():
        return None
    text = (
        value.strip().replace(" ", "T", 1)
        if re.match(r"\d{4}-\d\d-\d\d \d", value.strip())
        else value.strip()
    )
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def epoch_date(body: str) -> datetime | None:
    """The date in a ``<!--epoch ms-->`` comment near the top of a body."""
    match = _EPOCH_RE.search(body[:2000])
    if not match:
        return None
    stamp = int(match.group(1))
    if stamp > 10**11:
        stamp //= 1000
    try:
        return datetime.fromtimestamp(stamp, UTC)
    except (OverflowError, OSError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class PostBody:
    """A body with the archive's own heading taken off, and what that heading said."""

    html: str
    link_title: str
    link_url: str
    warning: str = ""  # what was done to a body that could not be rendered as it is


def body_html(body: str) -> PostBody:
    """The HTML of a post body: epoch comment and link heading removed, Markdown rendered."""
    body = _EPOCH_RE.sub("", body, count=1)
    link_title = link_url = ""
    match = _LINK_HEADING_RE.search(body[:4000])
    if match and not body[: match.start()].strip():
        link_title = match.group("title").strip()
        link_url = match.group("url").strip()
        body = body[match.end() :]
    stripped = body.lstrip()
    if stripped.startswith("<"):
        html = body  # an HTML body; Markdown would only risk mangling it
    else:
        import markdown  # here: an HTML or plain-text library never imports it

        from reader.model.document.markdown_lists import widen_list_indents

        try:
            html = markdown.markdown(
                widen_list_indents(body), extensions=["tables", "fenced_code", "sane_lists"]
            )
        except RecursionError:
            # Python-Markdown recurses once per level of nested lists and quotes: a few hundred
            # levels (an 824-byte file) exhaust the stack. The text is kept, as paragraphs.
            paragraphs = (p.strip() for p in re.split(r"\n\s*\n", body))
            html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)
            return PostBody(html, link_title, link_url, NESTED_MARKDOWN)
    return PostBody(html, link_title, link_url)


NESTED_MARKDOWN = "Markdown nested too deeply to lay out; its text is shown as plain paragraphs"
