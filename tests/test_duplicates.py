"""Duplicates: the same activity listed twice (re-imported under a new id, or by two
organisations) is flagged on import and on create with its evidence; the admin merges,
keeps both (searches show one) or dismisses."""

from matcher.duplicates import evidence
from matcher.hsds import to_hsds
from tests.conftest import ORG_B, activity

SEARCH = "/api/v1/activities?q=wandelgroep&per_page=50"


def ids(client, headers, url=SEARCH):
    return [i["id"] for i in client.get(url, headers=headers).get_json()["items"]]


def test_evidence_names_what_is_alike():
    a = activity(id="a")
    again = activity(id="b", name="Wandelgroep Stapvoets Veghel")
    other = activity(
        id="c",
        name="Koersbal",
        description="Koersballen en koffie.",
        schedules=[{"days": ["WE"], "opens_at": "14:00"}],
    )
    near = evidence(a, again, meaning=0.95)
    assert near.likely and near.name > 0.9 and near.place == 1.0 and near.time == 1.0
    far = evidence(a, other, meaning=0.2)
    assert not far.likely and far.time == 0.0


def test_a_reimport_under_a_new_id_is_flagged_and_merged(client, tokens):
    old = activity(
        id="stapvoets-2019", assured_date="2025-03-01", url=None, email="wandelen@welzijn.example"
    )
    assert client.post("/api/v1/activities", json=old, headers=tokens["admin"]).status_code == 201
    # the source system exported it again under a new id, with a fresher date and a website
    service = to_hsds(
        {
            **old,
            "id": "stapvoets-2026",
            "assured_date": "2026-11-01",
            "url": "https://welzijn.example/wandelen",
            "email": None,
        }
    )
    service["id"] = "stapvoets-2026"
    service["organization_id"] = service["organization"]["id"] = "org-a"
    r = client.post("/api/v1/import", json=[service], headers=tokens["provider_a"])
    assert r.status_code == 200, r.get_json()
    report = r.get_json()
    assert report["created"] == 1
    (dup,) = report["duplicates"]
    assert (dup["listing"], dup["of"]) == ("stapvoets-2026", "stapvoets-2019")
    # the admin's list, with the evidence
    pairs = client.get("/api/v1/duplicates", headers=tokens["admin"])
    assert pairs.status_code == 200
    (pair,) = pairs.get_json()["items"]
    assert pair["evidence"]["name"] == 1.0 and pair["evidence"]["place"] == 1.0
    assert pair["evidence"]["meaning"] is not None and pair["evidence"]["meaning"] > 0.9
    assert {pair["a"]["id"], pair["b"]["id"]} == {"stapvoets-2019", "stapvoets-2026"}
    assert client.get("/api/v1/duplicates", headers=tokens["provider_a"]).status_code == 403
    # merge into the old id: the new one's facts fill its gaps, the new id is gone
    d = client.post(
        f"/api/v1/duplicates/{pair['id']}/decision",
        json={"action": "merge", "keep": "stapvoets-2019"},
        headers=tokens["admin"],
    )
    assert d.status_code == 200, d.get_json()
    assert d.get_json()["status"] == "merged"
    kept = client.get("/api/v1/activities/stapvoets-2019", headers=tokens["admin"]).get_json()
    assert kept["url"] == "https://welzijn.example/wandelen"
    assert kept["email"] == "wandelen@welzijn.example" and kept["assured_date"] == "2026-11-01"
    assert (
        client.get("/api/v1/activities/stapvoets-2026", headers=tokens["admin"]).status_code == 404
    )
    assert ids(client, tokens["coach"]).count("stapvoets-2019") == 1
    assert "stapvoets-2026" not in ids(client, tokens["coach"])
    # decided once
    again = client.post(
        f"/api/v1/duplicates/{pair['id']}/decision",
        json={"action": "dismiss"},
        headers=tokens["admin"],
    )
    assert again.status_code == 409
    # the next export of the new id updates the kept listing; nothing is flagged again
    service["name"] = "Wandelgroep De Stapvoets (nieuwe tijden)"
    r = client.post("/api/v1/import", json=[service], headers=tokens["provider_a"]).get_json()
    assert (r["created"], r["updated"], r["duplicates"]) == (0, 1, [])
    kept = client.get("/api/v1/activities/stapvoets-2019", headers=tokens["admin"]).get_json()
    assert kept["name"] == "Wandelgroep De Stapvoets (nieuwe tijden)"


def test_two_organisations_keep_both_and_searches_show_one(client, tokens):
    assert (
        client.post(
            "/api/v1/activities", json=activity(id="ours"), headers=tokens["admin"]
        ).status_code
        == 201
    )
    theirs = activity(
        id="theirs", organization=ORG_B, name="Wandelgroep De Stapvoets (met Sportclub)"
    )
    r = client.post("/api/v1/activities", json=theirs, headers=tokens["provider_b"])
    assert r.status_code == 201
    (pair,) = client.get("/api/v1/duplicates", headers=tokens["admin"]).get_json()["items"]
    d = client.post(
        f"/api/v1/duplicates/{pair['id']}/decision",
        json={"action": "keep_both", "keep": "ours"},
        headers=tokens["admin"],
    )
    assert d.status_code == 200 and d.get_json()["status"] == "kept"
    assert ids(client, tokens["coach"]) == ["ours"]
    hidden = client.get("/api/v1/activities/theirs", headers=tokens["provider_b"])
    assert hidden.get_json()["duplicate_of"] == "ours"
    # its provider edits it (the document as read, sent back): it stays a duplicate
    doc = hidden.get_json()
    doc["description"] = "Nu ook op donderdag."
    put = client.put(
        "/api/v1/activities/theirs",
        json=doc,
        headers={**tokens["provider_b"], "If-Match": hidden.headers["ETag"]},
    )
    assert put.status_code == 200, put.get_json()
    assert put.get_json()["duplicate_of"] == "ours"
    assert ids(client, tokens["coach"]) == ["ours"]


def test_a_dismissed_pair_is_never_flagged_again(client, tokens):
    client.post("/api/v1/activities", json=activity(id="one"), headers=tokens["admin"])
    client.post(
        "/api/v1/activities",
        json=activity(id="two", name="Wandelgroep Stapvoets 2"),
        headers=tokens["admin"],
    )
    (pair,) = client.get("/api/v1/duplicates", headers=tokens["admin"]).get_json()["items"]
    assert (
        client.post(
            f"/api/v1/duplicates/{pair['id']}/decision",
            json={"action": "dismiss"},
            headers=tokens["admin"],
        ).status_code
        == 200
    )
    # edits and re-imports do not bring it back; both stay in searches
    client.patch("/api/v1/activities/two", json={"description": "Anders."}, headers=tokens["admin"])
    assert client.get("/api/v1/duplicates", headers=tokens["admin"]).get_json()["items"] == []
    assert sorted(ids(client, tokens["coach"])) == ["one", "two"]
    bad = client.post(
        f"/api/v1/duplicates/{pair['id']}/decision",
        json={"action": "merge", "keep": "x"},
        headers=tokens["admin"],
    )
    assert bad.status_code == 409
    assert (
        client.post(
            "/api/v1/duplicates/nope/decision", json={"action": "dismiss"}, headers=tokens["admin"]
        ).status_code
        == 404
    )


def test_different_activities_in_one_place_are_not_flagged(client, tokens):
    client.post("/api/v1/activities", json=activity(id="walk"), headers=tokens["admin"])
    other = activity(
        id="chess",
        name="Schaakclub De Loper",
        categories=["contact_meeting"],
        description="Schaken voor beginners en gevorderden, met koffie.",
        schedules=[{"days": ["TH"], "opens_at": "19:30"}],
    )
    client.post("/api/v1/activities", json=other, headers=tokens["admin"])
    assert client.get("/api/v1/duplicates", headers=tokens["admin"]).get_json()["total"] == 0
