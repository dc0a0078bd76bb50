#!/usr/bin/env python3
"""Turns the Gatling reports, the jstat samples and the row counts of a benchmark run into a Markdown summary.

    summary.py HEAP GENERATOR (TITLE REPORT ROWS_BEFORE ROWS_AFTER)...

Gatling's statistics table (index.html) has, per request: total, OK, KO, % KO, count per second, min, 50th,
75th, 95th and 99th percentile, max, mean and standard deviation, in columns col-2 to col-14.
"""
import re
import sys
from pathlib import Path

heap, generator, *runs = sys.argv[1:]

for i in range(0, len(runs), 4):
    title, report, before, after = runs[i:i + 4]
    html = Path(report, "index.html").read_text()
    rows = []
    for match in re.finditer(r'<tr id="(ROOT|req_[^"]+)"(.*?)</tr>', html, re.S):
        body = match.group(2)
        name = re.search(r'class="ellipsed-name">([^<]+)<', body)
        values = dict(re.findall(r'class="value (?:total|ok|ko) col-(\d+)">([^<]*)<', body))
        rows.append(("all requests" if match.group(1) == "ROOT" else name.group(1), values))
    print(f"### {title}")
    print()
    print("| request | count | median ms | p95 ms | p99 ms | per second | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, v in sorted(rows, key=lambda r: r[0] == "all requests"):
        if "Redirect" in name:
            continue
        print(f"| {name} | {v['2']} | {v['8']} | {v['10']} | {v['11']} | {v['6']} | {v['4']} |")
    checked_off = next((v['2'] for name, v in rows if name == "check off"), "0")
    print()
    print(f"- Check-offs answered: {checked_off}; follow-ups added to the database: {int(after) - int(before)}")
    print()

peak = 0.0
for line in Path(heap).read_text().splitlines():
    fields = line.split()
    try:
        # jstat -gc: S0C S1C S0U S1U EC EU OC OU ...: in use in the young and old generations, in KB
        peak = max(peak, float(fields[2]) + float(fields[3]) + float(fields[5]) + float(fields[7]))
    except (IndexError, ValueError):
        continue
print(f"- Peak heap in use: {peak / 1024:.0f} MB (maximum 512 MB)")
loaded = re.search(r"Loaded in ([0-9.]+) s", Path(generator).read_text())
if loaded:
    print(f"- Data generator: {loaded.group(1)} s")
