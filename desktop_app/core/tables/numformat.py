"""The Excel number-format renderer: a cell value and its number format → the text Excel shows.

``000000`` keeps leading zeros, ``0`` shows an integer, integral values never become ``1.0``, General
shows at most 15 significant digits like Excel, text cells stay text exactly. Explicit date formats are
rendered as written (``yyyy"年"m"月"d"日"`` → 2024年1月5日); the locale-dependent built-in formats (id 14
``mm-dd-yy``, 22, and the East-Asian ids 27–36, 50–58, whose look depends on the PC's regional settings)
become ISO 8601 (``2024-01-05``, ``2024-01-05 13:45:10``).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

# -- Excel cell rendering -----------------------------------------------------------------------

_ISO_DATE_FORMATS = {"mm-dd-yy", "m/d/yy h:mm", "m/d/yyyy", "m/d/yy", "general", ""}
_CJK_DATE_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _split_sections(fmt: str) -> list[str]:
    sections, buf, quoted, i = [], [], False, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and not quoted and i + 1 < len(fmt):
            buf.append(fmt[i : i + 2])
            i += 2
            continue
        elif ch == ";" and not quoted:
            sections.append("".join(buf))
            buf = []
            i += 1
            continue
        buf.append(ch)
        i += 1
    sections.append("".join(buf))
    return sections


def _tokenize(section: str) -> list[tuple[str, str]]:
    """``(kind, text)``: ``lit`` literal text, ``br`` a [...] tag, ``ampm`` an AM/PM marker, ``ch`` a format char."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(section)
    while i < n:
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = n if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif ch == "\\" and i + 1 < n:
            tokens.append(("lit", section[i + 1]))
            i += 2
        elif ch in "_*" and i + 1 < n:
            i += 2  # padding / fill: no visible text
        elif section[i : i + 5].upper() == "AM/PM":
            tokens.append(("ampm", "AM/PM"))
            i += 5
        elif section[i : i + 3].upper() == "A/P":
            tokens.append(("ampm", "A/P"))
            i += 3
        elif section[i : i + 5] == "上午/下午":
            tokens.append(("ampm", "上午/下午"))
            i += 5
        elif ch == "[":
            end = section.find("]", i)
            end = n - 1 if end < 0 else end
            tag = section[i + 1 : end]
            if tag.startswith("$") and "-" in tag:
                tokens.append(("lit", tag[1 : tag.index("-")]))  # currency symbol of [$¥-804]
            elif tag.startswith("$"):
                tokens.append(("lit", tag[1:]))
            else:
                tokens.append(("br", tag))
            i = end + 1
        else:
            tokens.append(("ch", ch))
            i += 1
    return tokens


def _is_date_section(section: str) -> bool:
    for kind, text in _tokenize(section):
        if kind == "ch" and text.lower() in "ymdhse":
            return True
        if kind == "br" and text.lower().strip("hms") == "" and text:
            return True
    return False


def _decimal(value: int | float | Decimal) -> Decimal:
    """Excel keeps 15 significant digits; integers from the file stay exact."""
    if type(value) is float:
        return Decimal(format(value, ".15g"))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value
    return Decimal(format(value, ".15g"))


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_general(value: int | float | Decimal) -> str:
    """A number as Excel's General format shows it in a wide column: no ``.0``, 15 significant digits."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    number = _decimal(value)
    if number != 0 and abs(number) < Decimal("1e-9"):
        return format(float(number), ".14g").replace("e", "E")
    return _plain(number)


class _SectionPlan(NamedTuple):
    """What one number-format section needs, worked out once per format (see :func:`_section_plan`)."""

    general: bool  # General or ``@``: the number as General shows it
    literal: str | None  # no digit placeholders: this text (``@`` → the number)
    tokens: tuple[tuple[str, str], ...]  # the tokens without [...] tags


@functools.lru_cache(maxsize=1024)
def _sections(fmt: str) -> tuple[str, ...]:
    return tuple(_split_sections(fmt))


@functools.lru_cache(maxsize=1024)
def _section_plan(section: str) -> _SectionPlan:
    tokens = tuple(t for t in _tokenize(section) if t[0] != "br")
    chars = "".join(text for kind, text in tokens if kind == "ch")
    if section.strip().lower() in ("general", "") or chars.strip() == "@":
        return _SectionPlan(True, None, tokens)
    if not any(c in "0#?" for c in chars):
        return _SectionPlan(False, "".join(text for _, text in tokens), tokens)
    return _SectionPlan(False, None, tokens)


def _format_number(value: int | float | Decimal, fmt: str) -> str:
    sections = _sections(fmt)
    number = _decimal(value)
    negative = number < 0
    if len(sections) >= 3 and number == 0:
        section = sections[2]
    elif len(sections) >= 2 and negative:
        section, number = sections[1], -number  # the section shows its own sign, if any
        negative = False
    else:
        section = sections[0]
    plan = _section_plan(section)
    if plan.general:
        body = format_general(abs(number) if negative else number)
        return ("-" if negative else "") + body
    if plan.literal is not None:
        return plan.literal.replace("@", format_general(number))
    return ("-" if negative else "") + _render_numeric(abs(number), plan.tokens)


class _NumericPlan(NamedTuple):
    """A numeric section's placeholders, counted once per format (see :func:`_numeric_plan`)."""

    percent: int
    exponent: tuple[str, int, int] | None  # (sign shown for positive exponents, digits, integer places)
    int_tokens: tuple[tuple[str, str], ...]
    has_point: bool
    frac_tokens: tuple[tuple[str, str], ...]
    trailing_commas: int
    grouping: bool
    max_dec: int
    min_dec: int
    min_int: int
    quantum: Decimal
    scale: Decimal | None  # percent signs multiply by 100 each
    thousands: Decimal | None  # trailing commas divide by 1,000 each
    around: tuple[str, str] | None  # (before, after) the digits when they fill one run of placeholders
    plain_fraction: bool  # the fraction is placeholders only: its digits as they are


@functools.lru_cache(maxsize=1024)
def _numeric_plan(tokens: tuple[tuple[str, str], ...]) -> _NumericPlan:
    percent = sum(1 for kind, text in tokens if kind == "ch" and text == "%")
    exp_at = next(
        (i for i, (kind, text) in enumerate(tokens) if kind == "ch" and text in "Ee" and i + 1 < len(tokens)),
        None,
    )
    exponent: tuple[str, int, int] | None = None
    if exp_at is not None:
        mant_tokens = tokens[:exp_at]
        exp_tokens = tokens[exp_at + 1 :]
        exp_sign = exp_tokens[0][1] if exp_tokens and exp_tokens[0][1] in "+-" else "-"
        exp_digits = sum(1 for k, t in exp_tokens if k == "ch" and t in "0#?")
        int_places = max(1, sum(1 for k, t in _before_point(list(mant_tokens)) if k == "ch" and t in "0#?"))
        exponent = (exp_sign, exp_digits, int_places)
        tokens = mant_tokens
    int_tokens = tuple(_before_point(list(tokens)))
    has_point = len(int_tokens) < len(tokens)
    frac_tokens = tokens[len(int_tokens) + 1 :] if has_point else ()
    # commas between placeholders group thousands; commas after the last one divide by 1,000 each
    placeholders_seen = False
    trailing_commas = 0
    for kind, text in int_tokens:
        if kind == "ch" and text in "0#?":
            placeholders_seen = True
            trailing_commas = 0
        elif kind == "ch" and text == "," and placeholders_seen:
            trailing_commas += 1
    int_commas = sum(1 for k, t in int_tokens if k == "ch" and t == ",")
    frac_places = [t for k, t in frac_tokens if k == "ch" and t in "0#?"]
    max_dec = len(frac_places)
    grouping = int_commas > trailing_commas
    places = [i for i, (k, t) in enumerate(int_tokens) if k == "ch" and t in "0#?"]
    around: tuple[str, str] | None = None
    if grouping or not places or places == list(range(places[0], places[-1] + 1)):
        # what _fill_integer makes of such tokens: the text around one run of digits
        around = (
            "".join(t for k, t in int_tokens[: places[0]] if k == "lit" or t not in "0#?,") if places else "",
            "".join(t for k, t in int_tokens[places[-1] + 1 :] if k == "lit" or t not in "0#?,") if places else "",
        )
    return _NumericPlan(
        percent=percent,
        exponent=exponent,
        int_tokens=int_tokens,
        has_point=has_point,
        frac_tokens=frac_tokens,
        trailing_commas=trailing_commas,
        grouping=grouping,
        max_dec=max_dec,
        min_dec=max_dec - _trailing_optional(frac_places),
        min_int=sum(1 for k, t in int_tokens if k == "ch" and t == "0"),
        quantum=Decimal(1).scaleb(-max_dec),
        scale=Decimal(100) ** percent if percent else None,
        thousands=Decimal(1000) ** trailing_commas if trailing_commas else None,
        around=around,
        plain_fraction=all(k == "ch" and t in "0#?" for k, t in frac_tokens),
    )


def _render_numeric(number: Decimal, tokens: tuple[tuple[str, str], ...]) -> str:
    (
        _,
        exponent_plan,
        int_tokens,
        has_point,
        frac_tokens,
        _,
        grouping,
        max_dec,
        min_dec,
        min_int,
        quantum,
        scale,
        thousands,
        around,
        plain_fraction,
    ) = _numeric_plan(tokens)
    if scale is not None:
        number *= scale
    exponent_part = ""
    if exponent_plan is not None:
        exp_sign, exp_digits, int_places = exponent_plan
        exponent = 0 if number == 0 else number.adjusted() - (int_places - 1)
        number = number.scaleb(-exponent)
        sign = "-" if exponent < 0 else ("+" if exp_sign == "+" else "")
        exponent_part = "E" + sign + str(abs(exponent)).zfill(max(1, exp_digits))
    if thousands is not None:
        number /= thousands
    whole, _, frac = format(number.quantize(quantum, rounding=ROUND_HALF_UP), "f").partition(".")
    if len(frac) < max_dec:
        frac = frac.ljust(max_dec, "0")
    if min_dec < max_dec:
        while len(frac) > min_dec and frac.endswith("0"):
            frac = frac[:-1]
    digits = whole.lstrip("0")
    if len(digits) < min_int:
        digits = digits.rjust(min_int, "0")
    if grouping and len(digits) > 3:
        digits = _group(digits)
    out = around[0] + digits + around[1] if around is not None else _fill_integer(int_tokens, digits, grouping)
    if has_point:
        frac_text = frac if plain_fraction else _fill_fraction(frac_tokens, frac)
        out += "." + frac_text if frac else frac_text
    return out + exponent_part


def _group(digits: str) -> str:
    if digits[:1] in "123456789" and digits:
        return f"{int(digits):,}"  # the same commas, made in C
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(p for p in parts if p)


def _trailing_optional(places: list[str]) -> int:
    count = 0
    for p in reversed(places):
        if p == "0":
            break
        count += 1
    return count


def _before_point(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    for i, (kind, text) in enumerate(tokens):
        if kind == "ch" and text == ".":
            return tokens[:i]
    return tokens


def _fill_integer(tokens: Sequence[tuple[str, str]], digits: str, grouped: bool) -> str:
    """Put ``digits`` into the integer placeholders right to left; literals stay where they are."""
    places = [i for i, (k, t) in enumerate(tokens) if k == "ch" and t in "0#?"]
    if grouped or not places:
        lead = "".join(t for k, t in tokens[: places[0]] if k == "lit" or t not in "0#?,") if places else ""
        tail = "".join(t for k, t in tokens[places[-1] + 1 :] if k == "lit" or t not in "0#?,") if places else ""
        return lead + digits + tail
    out = [t if k == "lit" or t not in "0#?," else "" for k, t in tokens]
    remaining = digits
    for pos, index in enumerate(reversed(places)):
        is_first = pos == len(places) - 1
        if is_first:
            out[index] = remaining
        else:
            out[index] = remaining[-1:] if remaining else ""
            remaining = remaining[:-1]
    return "".join(out)


def _fill_fraction(tokens: Sequence[tuple[str, str]], frac: str) -> str:
    out: list[str] = []
    it = iter(frac)
    for kind, text in tokens:
        if kind == "ch" and text in "0#?":
            out.append(next(it, ""))
        elif kind == "lit" or text not in ",":
            out.append(text)
    return "".join(out)


def _iso(value: dt.date | dt.datetime | dt.time | dt.timedelta, with_time: bool) -> str:
    if isinstance(value, dt.datetime):
        if not with_time and value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    total = int(value.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"


class _DatePlan(NamedTuple):
    """A date format's first section, tokenized once (see :func:`_date_plan`)."""

    iso: bool  # a locale-dependent built-in (or not a date format): ISO 8601
    with_time: bool
    runs: tuple[tuple[str, str], ...]


@functools.lru_cache(maxsize=1024)
def _date_plan(fmt: str) -> _DatePlan:
    section = _sections(fmt)[0]
    plain = section.strip().lower()
    if plain in _ISO_DATE_FORMATS or not _is_date_section(section):
        return _DatePlan(True, "h" in plain, ())
    # runs of the same letter become one token: "yyyy", "mm", "d", "00" ...
    runs: list[tuple[str, str]] = []
    for kind, text in _tokenize(section):
        if (
            kind == "ch"
            and runs
            and runs[-1][0] == "ch"
            and runs[-1][1][-1].lower() == text.lower()
            and (text.isalpha() or text == "0")
        ):
            runs[-1] = ("ch", runs[-1][1] + text)
        else:
            runs.append((kind, text))
    return _DatePlan(False, False, tuple(runs))


def _format_date(value: dt.date | dt.datetime | dt.time | dt.timedelta, fmt: str) -> str:
    plan = _date_plan(fmt)
    if plan.iso:
        return _iso(value, with_time=plan.with_time)
    runs = plan.runs
    elapsed = value if isinstance(value, dt.timedelta) else None
    if isinstance(value, dt.timedelta):
        base = dt.datetime(1899, 12, 31) + value
    elif isinstance(value, dt.datetime):
        base = value
    elif isinstance(value, dt.date):
        base = dt.datetime(value.year, value.month, value.day)
    else:
        base = dt.datetime.combine(dt.date(1899, 12, 31), value)
    twelve = any(kind == "ampm" for kind, _ in runs)
    out: list[str] = []
    i = 0
    while i < len(runs):
        kind, text = runs[i]
        low = text.lower()
        if kind == "lit":
            out.append(text)
        elif kind == "ampm":
            am = base.hour < 12
            if text == "AM/PM":
                out.append("AM" if am else "PM")
            elif text == "A/P":
                out.append("A" if am else "P")
            else:
                out.append("上午" if am else "下午")
        elif kind == "br":
            if elapsed is not None and low and set(low) <= set("hms"):
                secs = int(elapsed.total_seconds())
                out.append(str(secs // 3600 if low[0] == "h" else secs // 60 if low[0] == "m" else secs))
        elif low[0] in "ye":
            out.append(str(base.year) if len(low) > 2 or low[0] == "e" else f"{base.year % 100:02d}")
        elif low[0] == "m":
            if _is_minute(runs, i):
                out.append(f"{base.minute:02d}" if len(low) >= 2 else str(base.minute))
            elif len(low) >= 5:
                out.append(_MONTHS[base.month - 1][0])
            elif len(low) == 4:
                out.append(_MONTHS[base.month - 1])
            elif len(low) == 3:
                out.append(_MONTHS[base.month - 1][:3])
            else:
                out.append(f"{base.month:02d}" if len(low) == 2 else str(base.month))
        elif low[0] == "d":
            if len(low) >= 4:
                out.append(_DAYS[base.weekday()])
            elif len(low) == 3:
                out.append(_DAYS[base.weekday()][:3])
            else:
                out.append(f"{base.day:02d}" if len(low) == 2 else str(base.day))
        elif low[0] == "h":
            hour = (base.hour % 12 or 12) if twelve else base.hour
            out.append(f"{hour:02d}" if len(low) >= 2 else str(hour))
        elif low[0] == "s":
            out.append(f"{base.second:02d}" if len(low) >= 2 else str(base.second))
        elif text == "." and i + 1 < len(runs) and runs[i + 1][1].startswith("0"):
            places = len(runs[i + 1][1])
            out.append("." + f"{base.microsecond:06d}"[:places])
            i += 1
        else:
            out.append(text)
        i += 1
    return "".join(out)


def _is_minute(runs: Sequence[tuple[str, str]], index: int) -> bool:
    """``m``/``mm`` mean minutes right after an hour or right before seconds."""
    for j in range(index - 1, -1, -1):
        kind, text = runs[j]
        if kind == "ch" and text[:1].isalpha():
            return text[0].lower() == "h"
        if kind == "br" and text[:1].lower() == "h":
            return True
    for j in range(index + 1, len(runs)):
        kind, text = runs[j]
        if kind == "ch" and text[:1].isalpha():
            return text[0].lower() == "s"
        if kind == "br" and text[:1].lower() == "s":
            return True
    return False


def format_cell(value: object, number_format: str | None = "General") -> str:
    """A cell value as Excel shows it (see the module notes); ``None`` → ``""``.

    Text is returned unchanged, booleans as ``TRUE``/``FALSE``, numbers per ``number_format``,
    dates and times per their format (locale-dependent built-ins as ISO 8601).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    fmt = number_format or "General"
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        return _format_date(value, fmt)
    if isinstance(value, int | float | Decimal):
        try:
            return _format_number(value, fmt) if fmt.lower() != "general" else format_general(value)
        except (ArithmeticError, ValueError, IndexError):
            return format_general(value)
    return str(value)


@functools.lru_cache(maxsize=256)
def number_renderer(fmt: str) -> Callable[[int | float], str]:
    """``format_cell(value, fmt)`` for a number, with the format's work done once (the fast XLSX reader
    renders thousands of cells per format)."""
    if fmt.lower() == "general":
        return format_general
    sections = _sections(fmt)
    plan = _section_plan(sections[0])
    if len(sections) > 1 or plan.general or plan.literal is not None:
        return functools.partial(_format_cell_number, fmt=fmt)
    tokens = plan.tokens

    def render(value: int | float) -> str:
        try:
            number = _decimal(value)
            return ("-" if number < 0 else "") + _render_numeric(abs(number), tokens)
        except (ArithmeticError, ValueError, IndexError):
            return format_general(value)

    return render


def _format_cell_number(value: int | float, fmt: str) -> str:
    return format_cell(value, fmt)
