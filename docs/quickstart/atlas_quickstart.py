#!/usr/bin/env python3
"""Reintegration Atlas quickstart for researchers, with Python's standard library only.

Pages through a filtered list of practices, fetches a time series of programme outcomes, and
downloads the same practices as CSV. Run it against any Atlas:

    ATLAS_URL=http://localhost:4000 python3 atlas_quickstart.py
"""
import csv
import io
import json
import os
import urllib.parse
import urllib.request

ATLAS = os.environ.get("ATLAS_URL", "http://localhost:4000").rstrip("/")
FILTER = {"countryCodes": ["ID", "PH"], "minEvidenceLevel": "MONITORED"}


def graphql(query, variables=None):
    """POSTs one operation; raises on any error, with the API's message and code."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode("utf-8")
    request = urllib.request.Request(
        ATLAS + "/graphql", data=body, headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    if answer.get("errors"):
        error = answer["errors"][0]
        raise RuntimeError(f"{error.get('extensions', {}).get('code')}: {error['message']}")
    return answer["data"]


PRACTICES = """
query Practices($filter: PracticeFilter, $after: String) {
  practices(filter: $filter, first: 5, after: $after, orderBy: TITLE) {
    totalCount
    nodes { title evidenceLevel country { code } }
    pageInfo { hasNextPage endCursor }
  }
}"""

SERIES = """
query Series($indicator: String!) {
  outcomeSeries(indicatorCode: $indicator) {
    country { code }
    program { name }
    points { year value source { url } }
  }
}"""


def all_practices():
    """Every practice matching FILTER, a page at a time, following endCursor."""
    practices, after = [], None
    while True:
        page = graphql(PRACTICES, {"filter": FILTER, "after": after})["practices"]
        practices += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return practices, page["totalCount"]
        after = page["pageInfo"]["endCursor"]


def main():
    practices, total = all_practices()
    print(f"practices: {len(practices)} of {total} (ID and PH, monitored or better)")
    for series in graphql(SERIES, {"indicator": "DESMIGRATIF_VILLAGES_NEW"})["outcomeSeries"]:
        points = ", ".join(f"{p['year']}: {p['value']:g}" for p in series["points"])
        print(f"series: {series['country']['code']} {series['program']['name']}: {points}")
    query = urllib.parse.urlencode(
        {"countryCodes": ",".join(FILTER["countryCodes"]), "minEvidenceLevel": FILTER["minEvidenceLevel"]}
    )
    with urllib.request.urlopen(f"{ATLAS}/export/practices.csv?{query}") as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig"))))
    print(f"csv: {len(rows)} rows, first: {rows[0]['title'] if rows else '-'}")


if __name__ == "__main__":
    main()
