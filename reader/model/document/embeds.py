"""Embedded posts and players in articles (Twitter, Instagram, YouTube…): which service a link
belongs to, and the addresses a card links to instead of loading anything."""

from __future__ import annotations

import re
from urllib.parse import urlparse

_EMBED_HOSTS = {
    "twitter.com": "Twitter",
    "x.com": "Twitter",
    "instagram.com": "Instagram",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "facebook.com": "Facebook",
    "vimeo.com": "Vimeo",
}


def embed_service(url: str) -> str | None:
    """The name of the social/video service a URL belongs to, if it is one we card."""
    try:
        host = (urlparse(url).hostname or "").lower()
    except ValueError:
        return None
    for domain, name in _EMBED_HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None


EMBED_CLASS_RE = re.compile(r"twitter-tweet|twitter-video|instagram|tiktok|fb-xfbml|fb-post", re.I)
_YOUTUBE_EMBED_RE = re.compile(r"/embed/([\w-]{6,})")


def watch_url(url: str) -> str:
    """The page address of an embedded YouTube player (``/embed/ID`` → ``watch?v=ID``)."""
    match = _YOUTUBE_EMBED_RE.search(urlparse(url).path) if "youtube" in url else None
    return f"https://www.youtube.com/watch?v={match.group(1)}" if match else url


def account(url: str | None) -> str:
    """``@name`` for a Twitter status address, else ``""``."""
    if not url:
        return ""
    parts = [p for p in urlparse(url).path.split("/") if p]
    if (
        len(parts) >= 2
        and parts[0] != "i"  # twitter.com/i/status/…: no account in the address
        and parts[1] in ("status", "statuses")
        and embed_service(url) == "Twitter"
    ):
        return f"@{parts[0]}"
    return ""
