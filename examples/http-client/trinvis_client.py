#!/usr/bin/env python3
"""A Trinvis client in plain Python (standard library only), as a PHP, .NET or Node portal would be.

It reads the catalogue a form is built from, decides one citizen's case, and fetches the
step-by-step guide, pinned to the rule-set release it started with.

    python3 trinvis_client.py http://127.0.0.1:8080/
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


class TrinvisError(Exception):
    """An RFC 9457 problem answered by the service."""

    def __init__(self, problem):
        super().__init__(problem.get("detail", "request failed"))
        self.problem = problem


class Trinvis:
    def __init__(self, base_url, timeout=10):
        self.base = base_url.rstrip("/")
        self.timeout = timeout
        self.release = None  # the rule set's ETag, once known

    def _call(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.release:
            headers["If-Match"] = self.release  # 412 if the rules change under us
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                etag = response.headers.get("ETag")
                if etag and not self.release:
                    self.release = etag
                text = response.read().decode("utf-8")
                kind = response.headers.get("Content-Type", "")
                return json.loads(text) if "json" in kind else text
        except urllib.error.HTTPError as e:
            raise TrinvisError(json.loads(e.read().decode("utf-8"))) from None

    def services(self):
        return self._call("GET", "/v1/services")["services"]

    def municipalities(self):
        return self._call("GET", "/v1/municipalities")["municipalities"]

    def facts(self):
        return self._call("GET", "/v1/facts")["facts"]

    def decide(self, service, municipality, facts=None, at=None, lang="da"):
        body = {"service": service, "municipality": municipality, "facts": facts or {}, "lang": lang}
        if at:
            body["at"] = at
        return self._call("POST", "/v1/decisions", body)

    def guide(self, service, municipality, facts=None, at=None, lang="da", fmt="text"):
        query = {"municipality": municipality, "lang": lang, "format": fmt}
        if at:
            query["at"] = at
        for name, value in (facts or {}).items():
            query["fact." + name] = str(value).lower() if isinstance(value, bool) else str(value)
        return self._call("GET", "/v1/guides/" + urllib.parse.quote(service, safe="") + "?"
                          + urllib.parse.urlencode(query))


def main(base_url):
    trinvis = Trinvis(base_url)
    services = trinvis.services()
    municipalities = {m["code"]: m["name"] for m in trinvis.municipalities()}
    questions = {f["id"]: (f["question"] or {}).get("en") for f in trinvis.facts()}
    print(f"{len(services)} services, {len(municipalities)} municipalities, {len(questions)} facts; "
          f"rules {trinvis.release}")

    decision = trinvis.decide("flytning", "0751", {"hasMitID": False}, at="2014-04-07T20:30", lang="en")
    print(f"flytning in {municipalities['0751']}: {decision['requirement']}, channel {decision['channel']}")
    for missing in decision["missingFacts"][:3]:
        print(f"  still to ask: {missing['question'] or questions.get(missing['id'])}")
    open_now = [h["name"] for h in decision["help"] if h["openNow"]]
    print(f"  help open now: {', '.join(open_now) or 'none'}")

    guide = trinvis.guide("flytning", "0751", {"hasMitID": False}, at="2014-04-07T20:30", lang="en")
    print(guide.splitlines()[0])

    try:
        trinvis.decide("flytnig", "0751")
    except TrinvisError as e:
        print(f"as expected, {e.problem['status']} {e.problem['code']}: {e.problem.get('hint')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/"))
