"""Arrival to the owner's inbox: posts a lead through POST /api/leads, then asks for the inbox fragment (as the
page's htmx poll does) every 50 ms until the lead's name is in it. Prints the server's p50/p95 and the p95 a
person sees with the page's 5 s poll, starting at a random moment of the poll's cycle.
usage: leads-arrival.py base_url api_key source_id session_cookie trials"""
import json, random, sys, time, urllib.request, uuid

base, key, source, cookie, trials = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
POLL = 5.0

def inbox():
    req = urllib.request.Request(base + "/leads", headers={"Cookie": cookie, "HX-Request": "true"})
    with urllib.request.urlopen(req) as r:
        return r.read().decode()

seen, person = [], []
for n in range(trials):
    name = "Arrival %s" % uuid.uuid4().hex[:12]
    body = json.dumps({"name": name, "email": name.replace(" ", ".") + "@example.com", "sourceId": int(source),
                       "consent": True}).encode()
    req = urllib.request.Request(base + "/api/leads", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + key, "Idempotency-Key": str(uuid.uuid4())})
    start = time.monotonic()
    with urllib.request.urlopen(req) as r:
        assert r.status == 201, r.status
    while name not in inbox():
        if time.monotonic() - start > 60:
            sys.exit("lead %s not in the inbox after 60 s" % name)
        time.sleep(0.05)
    visible = time.monotonic() - start
    seen.append(visible)
    # the page polls every 5 s from a moment unrelated to the arrival: it shows the lead at the first poll after
    # the lead is visible (plus that poll's own time, about the time one fragment takes)
    phase = random.uniform(0, POLL)
    polls = phase
    while polls < visible:
        polls += POLL
    person.append(polls)

def pct(values, p):
    s = sorted(values)
    return s[max(int(round(p / 100.0 * len(s))) - 1, 0)]

print("arrival -> inbox fragment shows it (server): p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d leads)"
      % (pct(seen, 50) * 1000, pct(seen, 95) * 1000, max(seen) * 1000, len(seen)))
print("arrival -> open inbox shows it with the 5 s poll: p50 %.2f s, p95 %.2f s" % (pct(person, 50), pct(person, 95)))
