#!/usr/bin/env python3
"""Title and date figures over the bench pages whose gold value is printed.

    scripts/visible_fields.py DEV_JSONL PRED_JSONL page|article

The issue's targets count only pages whose headline / date is visible in the
text. A title counts as printed when the gold title (or an alternative) is a
substring of the normalised text; a date when the gold day (+-1) is printed in
a common format. A correct prediction proves the value is printed and counts
too. Needs the bench scorer (score.py) next to DEV_JSONL.
"""
import json, sys, re, datetime, os
dev, pred, v = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, os.path.dirname(os.path.abspath(dev)))
from score import norm_text, day_of, day_distance
months = ['January','February','March','April','May','June','July','August','September','October','November','December']
preds = {}
for l in open(pred):
    o = json.loads(l); preds[o['id']] = (o.get('articles') or [{}])[0]
tv = tc = dv = dc = 0
for l in open(dev):
    r = json.loads(l); g = r['gold']; a = preds.get(r['id'], {}); t = r['text_' + v]
    acc = [norm_text(x) for x in [g['title']] + list(g.get('title_alternatives') or [])]
    ok = norm_text(a.get('title') or '') in acc and norm_text(a.get('title') or '')
    nt = norm_text(t)
    if ok or any(x and x in nt for x in acc):
        tv += 1; tc += bool(ok)
    if g.get('published'):
        d = datetime.date.fromisoformat(g['published'][:10])
        dist = day_distance(day_of(a.get('published')), g['published'])
        good = dist is not None and dist <= 1
        pats = []
        for dd in [d, d - datetime.timedelta(days=1), d + datetime.timedelta(days=1)]:
            M = months[dd.month-1]
            pats += [rf"{M[:3]}\w*\.? {dd.day}\b", rf"\b{dd.day}\.? {M[:3]}", rf"{dd.year}-{dd.month:02}-{dd.day:02}",
                     rf"\b{dd.month}/{dd.day}/({dd.year}|{dd.year%100})\b", rf"\b{dd.day:02}\.{dd.month:02}\.{dd.year}"]
        if good or any(re.search(p, t, re.I) for p in pats):
            dv += 1; dc += good
print(f"{v}: title match {tc}/{tv} = {tc/tv:.3f} of docs whose title is printed; published ±1d {dc}/{dv} = {dc/dv:.3f} of docs whose date is printed")
