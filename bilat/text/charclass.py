"""Regex character classes written from sets of characters (by hand: `re` takes a class only as text)."""
from __future__ import annotations

import re
from collections.abc import Iterable


def ranges(chars: Iterable[str | int]) -> str:
    """The body of a character class holding exactly these characters (or code points), runs of
    consecutive code points written as ranges: short enough for classes of thousands of them."""
    out: list[list[int]] = []
    for cp in sorted({c if isinstance(c, int) else ord(c) for c in chars}):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in out)
