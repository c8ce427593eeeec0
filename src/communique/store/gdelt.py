"""Map one collapsed event to the columns of a GDELT 2.0 event record.

GDELT has one actor per side; a PLOVER event may have several, so Actor1/Actor2 are the first
actor on each side (smallest code) and the full lists stay in the PLOVER export. Codes follow
CAMEO's habit of country (or known group) plus a type: ``RUSGOV``. Communique stores ISO
3166-1 alpha-3 codes, which are CAMEO's country codes; IGO codes (EU, NATO, UN ...) go in
``KnownGroupCode`` instead. Columns Communique does not compute are left empty.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from functools import cache
from typing import Any

import pycountry

log = logging.getLogger(__name__)

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
# Sectors that describe the actor's kind rather than a role inside a country.
_NOT_A_TYPE = {"IGO", "UNK", ""}


@cache
def _is_country(code: str) -> bool:
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _actor(prefix: str, refs_json: str | None) -> dict[str, str]:
    refs = json.loads(refs_json or "[]")
    if not refs:
        return {}
    refs.sort(key=lambda r: (r.get("country") or r.get("name") or ""))
    ref = refs[0]
    country = (ref.get("country") or "").upper()
    sector = (ref.get("sector") or "").upper()
    out = {f"{prefix}Name": (ref.get("name") or ref.get("text") or "").upper()}
    if country and _is_country(country):
        out[f"{prefix}CountryCode"] = country
    elif country:
        out[f"{prefix}KnownGroupCode"] = country
    kind = sector if sector not in _NOT_A_TYPE else ""
    if kind:
        out[f"{prefix}Type1Code"] = kind
    out[f"{prefix}Code"] = (country if _is_country(country) else
                            f"IGO{country}" if country else "") + kind
    return out


def _goldstein(root: str | None) -> str:
    if not root:
        return ""
    from communique.events.scores import goldstein

    try:
        return f"{goldstein(root):g}"
    except KeyError:
        log.warning("no Goldstein value for CAMEO root %r", root)
        return ""


def gdelt_row(row: dict[str, Any], event_id: int, added: str) -> dict[str, Any]:
    """GDELT column -> value for a collapsed event row (``queries.collapsed_events_sql``)."""
    day: date | None = row["day"]
    code = str(row["cameo_root"] or "")
    out: dict[str, Any] = {
        "GlobalEventID": event_id,
        "IsRootEvent": 1 if row["lead"] else 0,
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": code[:2],
        "QuadClass": row["quad"],
        "GoldsteinScale": _goldstein(code),
        "NumMentions": row["num_mentions"],
        "NumSources": row["num_sources"],
        "NumArticles": row["num_articles"],
        "DATEADDED": added,
        "SOURCEURL": row["url"] or f"communique:{row['article_id']}",
    }
    if day is not None:
        out["Day"] = day.strftime("%Y%m%d")
        out["MonthYear"] = day.strftime("%Y%m")
        out["Year"] = day.year
        out["FractionDate"] = f"{day.year + day.timetuple().tm_yday / 365:.4f}"
    out.update(_actor("Actor1", row["source_json"]))
    out.update(_actor("Actor2", row["target_json"]))
    if row["location_name"]:
        out["ActionGeo_FullName"] = row["location_name"]
    return out
