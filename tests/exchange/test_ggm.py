"""The GGM export (issue 16, item 2): objects and attributes as GGM v2.5.1 names them,
links that resolve, names and labels from the instrument, what has no counterpart in
`eigenkracht`, no identifiers unless the organisation sets one, and docs/ggm-mapping.md
naming every attribute the export writes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from eigenkracht import cli
from eigenkracht.core.instruments import Catalogue, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    AssessmentSource,
    Case,
    CaseFile,
    CaseKind,
    Conversation,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanStatus,
    PlanVersion,
    Sector,
    Signature,
    SignerRole,
)
from eigenkracht.exchange import ggm
from eigenkracht.exchange.organisation import ClientCode, ExportSettings
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from privacy_scan import found_in, identifying
from support import PASSPHRASE, cheap_kdf

DOC = Path(__file__).resolve().parents[2] / "docs" / "ggm-mapping.md"
TODAY = dt.date(2026, 11, 9)

# The attributes of each object in GGM v2.5.1 (Gemeente-Delft/Gemeentelijk-Gegevensmodel,
# v2.5.1/ddl/6 Sociaal Domein: Sociale Teams and Generiek Jeugd en Wmo).
AANVRAAG_OF_MELDING = {
    "afgehandeld", "categorie", "categoriecode", "datumAanmaak", "datumAfhandeling",
    "datumBeginStatus", "datumEindeStatus", "hoofdcategorie", "hoofdcategoriecode",
    "identificatie", "kanaal", "onderwerp", "onderwerpcode", "soort", "status", "statuscode",
    "statusVolgorde", "subcategorie", "subcategoriecode",
}  # fmt: skip
GGM_ATTRIBUTES: dict[str, set[str]] = {
    "SociaalTeamDossier": {
        "datumEinde", "datumStart", "datumVaststelling", "omschrijving", "status",
    },
    "SociaalteamDossiersoort": {"naam", "omschrijving"},
    "Caseaanmelding": {"datum"},
    "Client": {"code", "gezagsdragerGekend", "juridischeStatus", "wettelijkeVertegenwoordiging"},
    "Relatie": {"relatiesoort"},
    "Zelfredzaamheidmatrix": {
        "naam", "omschrijving", "datumStartGeldigheid", "datumEindeGeldigheid",
    },
    "Leefgebied": {"naam"},
    "Scoresoort": {"niveau"},
    "Score": {"datum"},
    "Doelstelling": {"omschrijving"},
    "Behandelsoort": {"naam", "omschrijving"},
    "Behandeling": {"datumEinde", "datumStart", "toelichting"},
    "AOMMeldingWmoJeugd": AANVRAAG_OF_MELDING | {
        "aanmelder", "aanmeldingDoor", "aanmeldingDoorLandelijk", "aanmeldwijze",
        "redenAfsluiting", "isClientOpDeHoogte", "deskundigheid", "vervolg",
        "onderzoekswijze", "verwezen",
    },
    "AOM_AanvraagWmoJeugd": AANVRAAG_OF_MELDING | {
        "clientReactie", "datumBeschikking", "datumEersteAfspraak", "datumPlanVastgesteld",
        "datumStartAanvraag", "datumEinde", "deskundigheid", "doorloopmethodiek",
        "maximaleDoorlooptijd", "redenAfsluiting",
    },
    "Beschikking": {"datumAfgifte", "code", "grondslagen", "commentaar", "wet"},
}  # fmt: skip
# The associations, named after the GGM's tables (the object holding the key), to the
# object type they point at.
ASSOCIATIONS: dict[str, dict[str, str]] = {
    "SociaalTeamDossier": {
        "heeftClient": "Client",
        "heeftSoort": "SociaalteamDossiersoort",
        "heeftAanmelding": "Caseaanmelding",
    },
    "Relatie": {"client": "Client", "sociaalTeamDossier": "SociaalTeamDossier"},
    "Zelfredzaamheidmatrix": {
        "onderkentLeefgebieden": "Leefgebied", "onderkentScores": "Scoresoort",
    },
    "Score": {"heeft": "Client", "hoogteScore": "Scoresoort", "scoreBijLeeggebied": "Leefgebied"},
    "Doelstelling": {"heeftDoelstelling": "SociaalTeamDossier"},
    "Behandeling": {"heeftBehandeling": "SociaalTeamDossier", "isVanSoort": "Behandelsoort"},
    "AOMMeldingWmoJeugd": {"heeft": "Client"},
    "AOM_AanvraagWmoJeugd": {"heeft": "Client"},
    "Beschikking": {
        "client": "Client",
        "leidtTot": "AOM_AanvraagWmoJeugd",
        "betreft": "AOMMeldingWmoJeugd",
    },
}  # fmt: skip
# Objects whose every GGM attribute the export writes (the others: a documented part).
COMPLETE = (
    "SociaalTeamDossier", "SociaalteamDossiersoort", "Caseaanmelding", "Client", "Relatie",
    "Zelfredzaamheidmatrix", "Leefgebied", "Scoresoort", "Score", "Doelstelling",
    "Behandelsoort", "Behandeling", "Beschikking",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eigenkracht.demo import create_demo_database

    path = tmp_path_factory.mktemp("ggm") / "demo.db"
    create_demo_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    return path


@pytest.fixture(scope="module")
def demo(demo_db: Path) -> tuple[list[CaseFile], Catalogue]:
    repo = Repository(open_database(demo_db, PASSPHRASE))
    try:
        return [repo.load_case(c.id) for c in repo.list_cases()], repo.catalogue()
    finally:
        repo.store.close()


def catalogue() -> Catalogue:
    return Catalogue(bundled_instruments())


def full_case() -> CaseFile:
    """A case with every part the export maps: two members, an aanvraag and a
    beschikking, both perspectives and an at-home score, network help, a signed plan."""
    case = Case(
        reference="EK-2026-0999",
        household_name="Fam. Vermeulen-Ait Said",
        id=9,
        coordinator="Lotte Prins",
        melding_date=dt.date(2026, 3, 2),
        verslag_sent=dt.date(2026, 4, 1),
        aanvraag_date=dt.date(2026, 4, 2),
        beschikking_date=dt.date(2026, 4, 20),
        case_kind=CaseKind.WMO,
    )
    members = [
        Member(case_id=9, id=1, name="Henk Vermeulen", role="partner",
               birth_date=dt.date(1950, 7, 19), phone="06-12345678",
               email="henk@example.org", address="Lindelaan 4, Delft"),
        Member(case_id=9, id=2, name="Samira Ait Said", role="aanvrager",
               birth_date=dt.date(1956, 2, 8)),
    ]  # fmt: skip
    conversations = [
        Conversation(case_id=9, id=1, date=dt.date(2026, 3, 10), wellbeing=4,
                     question="Samira wil dat Henk weer naar buiten kan.",
                     present=["Samira Ait Said", "Henk Vermeulen"], notes="Notitie over Klaas"),
        Conversation(case_id=9, id=2, date=dt.date(2026, 6, 1), wellbeing=6),
    ]  # fmt: skip
    assessments = [
        Assessment(1, "leefgebieden", "1.0", Perspective.PROFESSIONAL, id=1,
                   scores=[DomainScore("financien", 2, situation="Schulden, Klaas Bos helpt",
                                       share_self=20, share_network=50, share_professional=30),
                           DomainScore("justitie", not_discussed=True, reason="Niet nodig")]),
        Assessment(1, "leefgebieden", "1.0", Perspective.CITIZEN, id=2,
                   source=AssessmentSource.AT_HOME, scores=[DomainScore("financien", 3)]),
        Assessment(2, "welzijnsradar", "1.0", Perspective.CITIZEN, id=3, member_id=1,
                   scores=[DomainScore("lichaam", 7)]),
    ]  # fmt: skip
    network = [
        NetworkPerson(case_id=9, id=5, name="Klaas Bos", role="buurman", sector=Sector.FRIENDS,
                      is_mantelzorger=True,
                      helps=[NetworkHelp("financien", HelpKind.NOW, "post openen"),
                             NetworkHelp("sociaal-netwerk", HelpKind.COULD)]),
    ]  # fmt: skip
    goals = [
        Goal(case_id=9, id=3, domain="financien", text="Henk opent zelf de post met Klaas.",
             target_level=4, instrument="leefgebieden@1.0",
             actions=[
                 Action(goal_id=3, id=1, what="Post openen", actor_kind=ActorKind.NETWORK,
                        network_person_id=5, due_date=dt.date(2026, 7, 1)),
                 Action(goal_id=3, id=2, what="Budgetcoach", actor_kind=ActorKind.MAATWERK,
                        actor_name="Gemeente Delft", maatwerk_kind="budgetbeheer"),
                 Action(goal_id=3, id=3, what="Belt met de bank", actor_kind=ActorKind.SELF),
                 Action(goal_id=3, id=4, what="Koffie", actor_kind=ActorKind.VOLUNTEER,
                        actor_name="Truus Verhoef"),
             ]),
    ]  # fmt: skip
    plans = [
        PlanVersion(case_id=9, id=1, number=1, status=PlanStatus.SIGNED,
                    signed_at="2026-03-20T10:00:00Z", fingerprint="ab" * 32,
                    signatures=[Signature(SignerRole.CITIZEN, "Samira Ait Said",
                                          dt.date(2026, 3, 20), place="Delft")]),
    ]  # fmt: skip
    return CaseFile(case, members, conversations, assessments, network, goals, plans)


def build(
    case_files: list[CaseFile], cat: Catalogue | None = None, **kwargs: Any
) -> dict[str, Any]:
    return ggm.build(case_files, cat or catalogue(), "2026-11-09T10:00:00Z", today=TODAY, **kwargs)


def references(document: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(object type, association, target type, id) of every link in the document."""
    found = []
    for kind, objects in document["objects"].items():
        for obj in objects:
            for name, target in ASSOCIATIONS.get(kind, {}).items():
                value = obj.get(name)
                for ident in value if isinstance(value, list) else [value]:
                    if ident is not None:
                        found.append((kind, name, target, ident))
    return found


def test_objects_and_attributes_are_named_as_the_ggm_names_them(
    demo: tuple[list[CaseFile], Catalogue],
) -> None:
    files, cat = demo
    document = build([*files, full_case()], cat)
    assert document["format"] == "eigenkracht-ggm"
    assert document["ggm"]["versie"] == "2.5.1"
    assert list(document["objects"]) == list(ggm.OBJECT_TYPES)
    for kind, objects in document["objects"].items():
        assert objects, f"no {kind} in the demo and the full case"
        allowed = GGM_ATTRIBUTES[kind] | set(ASSOCIATIONS.get(kind, {})) | {"id", "eigenkracht"}
        for obj in objects:
            assert set(obj) <= allowed, (kind, set(obj) - allowed)
            assert re.fullmatch(rf"{kind}/\d+", obj["id"])
            if kind in COMPLETE:
                assert GGM_ATTRIBUTES[kind] <= set(obj), (kind, GGM_ATTRIBUTES[kind] - set(obj))


def test_every_link_points_at_an_object_of_its_type(demo: tuple[list[CaseFile], Catalogue]) -> None:
    files, cat = demo
    document = build([*files, full_case()], cat)
    ids = {obj["id"] for objects in document["objects"].values() for obj in objects}
    links = references(document)
    assert len(links) > 100
    for kind, name, target, ident in links:
        assert ident in ids, (kind, name, ident)
        assert ident.startswith(f"{target}/"), (kind, name, ident)
    # the links of the eigenkracht part too
    for obj in document["objects"]["Behandeling"]:
        assert obj["eigenkracht"]["doelstelling"] in ids
    for obj in document["objects"]["Doelstelling"]:
        assert obj["eigenkracht"]["leefgebied"] in ids


def test_domain_names_and_level_labels_come_from_the_instrument() -> None:
    cat = catalogue()
    document = build([full_case()], cat)
    objects = {o["id"]: o for objs in document["objects"].values() for o in objs}
    life = cat.get("leefgebieden", "1.0")
    leefgebieden = {
        o["eigenkracht"]["sleutel"]: o["naam"]
        for o in document["objects"]["Leefgebied"]
        if objects[o["eigenkracht"]["zelfredzaamheidmatrix"]]["naam"] == life.name
    }
    assert leefgebieden == {d.key: d.name for d in life.domains}
    scores = document["objects"]["Score"]
    money = [s for s in scores if objects[s["scoreBijLeeggebied"]]["naam"] == "Financiën"]
    professional = next(s for s in money if s["eigenkracht"]["perspectief"] == "professional")
    level = objects[professional["hoogteScore"]]
    assert level["niveau"] == "2"
    assert level["eigenkracht"]["label"] == life.scale.level(2).label
    assert professional["datum"] == "2026-03-10"
    # a 0-10 score: only its ends carry a label
    radar = cat.get("welzijnsradar", "1.0")
    seven = next(s for s in scores if s["eigenkracht"]["instrument"] == "welzijnsradar@1.0")
    assert objects[seven["hoogteScore"]]["eigenkracht"]["label"] is None
    ends = [
        o["eigenkracht"]["label"]
        for o in document["objects"]["Scoresoort"]
        if objects[o["eigenkracht"]["zelfredzaamheidmatrix"]]["naam"] == radar.name
        and o["niveau"] in ("0", "10")
    ]
    assert ends == [radar.scale.low.label, radar.scale.high.label]
    goal = document["objects"]["Doelstelling"][0]["eigenkracht"]
    assert goal["doelniveauLabel"] == life.scale.level(4).label


def test_what_has_no_counterpart_travels_in_the_eigenkracht_part() -> None:
    document = build([full_case()])
    objects = {o["id"]: o for objs in document["objects"].values() for o in objs}
    scores = [s["eigenkracht"] for s in document["objects"]["Score"]]
    assert {s["perspectief"] for s in scores} == {"burger", "professional"}
    home = [s for s in scores if s["bron"] == "thuis"]
    assert len(home) == 1 and home[0]["perspectief"] == "burger"
    split = next(s["aandeel"] for s in scores if s["aandeel"]["zelf"] is not None)
    assert split == {"zelf": 20, "netwerk": 50, "professional": 30}
    skipped = next(s for s in document["objects"]["Score"] if s["eigenkracht"]["nietBesproken"])
    assert skipped["hoogteScore"] is None and skipped["eigenkracht"]["reden"] == "Niet nodig"
    (relatie,) = document["objects"]["Relatie"]
    assert relatie["relatiesoort"] == ggm.RELATIESOORT[Sector.FRIENDS]
    helps = relatie["eigenkracht"]["helptMet"]
    assert [(h["leefgebiedSleutel"], h["soort"], h["wat"]) for h in helps] == [
        ("financien", "nu", "post openen"),
        ("sociaal-netwerk", "kan", None),
    ]
    assert objects[helps[0]["leefgebied"]]["naam"] == "Financiën"
    assert relatie["eigenkracht"]["mantelzorger"] is True
    # the actions in the eigen-kracht order, typed by who does them; the network's
    # action names the Relatie
    actions = document["objects"]["Behandeling"]
    kinds = [objects[a["isVanSoort"]]["naam"] for a in actions]
    assert kinds == ["Zelf", "Netwerk", "Vrijwilliger", "Maatwerkvoorziening"]
    assert actions[1]["eigenkracht"]["relatie"] == relatie["id"]
    assert actions[3]["eigenkracht"]["uitvoerder"] == "Gemeente Delft"
    assert actions[2]["eigenkracht"]["uitvoerder"] is None  # a volunteer is a third party
    # the Wmo route: melding, aanvraag and beschikking, linked
    (melding,) = document["objects"]["AOMMeldingWmoJeugd"]
    (aanvraag,) = document["objects"]["AOM_AanvraagWmoJeugd"]
    (beschikking,) = document["objects"]["Beschikking"]
    assert melding["datumAanmaak"] == "2026-03-02" and melding["datumAfhandeling"] == "2026-04-01"
    assert aanvraag["datumStartAanvraag"] == "2026-04-02"
    assert aanvraag["datumPlanVastgesteld"] == "2026-03-20"
    assert int(aanvraag["maximaleDoorlooptijd"]) >= 14
    assert beschikking["leidtTot"] == aanvraag["id"] and beschikking["betreft"] == [melding["id"]]
    assert beschikking["wet"] == "Wmo" and beschikking["datumAfgifte"] == "2026-04-20"
    (dossier,) = document["objects"]["SociaalTeamDossier"]
    assert dossier["datumVaststelling"] == "2026-03-20"
    assert objects[dossier["heeftClient"]]["eigenkracht"]["rol"] == "aanvrager"
    # a member's own assessment names that member's Client
    radar = next(s for s in document["objects"]["Score"] if s["eigenkracht"]["voor"] == "lid")
    assert objects[radar["heeft"]]["eigenkracht"]["rol"] == "partner"


def test_no_names_dates_of_birth_or_contact_details_leave() -> None:
    case_file = full_case()
    text = ggm.dumps(build([case_file]))
    assert found_in(text, identifying(case_file)) == []
    assert found_in(text, ["Klaas", "Samira", "Truus", "1950", "1956"]) == []
    # the free text stays, with the people in it named by their role
    assert "buurman opent" not in text
    data = json.loads(text)
    goal = data["objects"]["Doelstelling"][0]["omschrijving"]
    assert goal == "partner opent zelf de post met buurman."
    assert data["objects"]["SociaalTeamDossier"][0]["omschrijving"] == (
        "aanvrager wil dat partner weer naar buiten kan."
    )
    assert data["objects"]["Relatie"][0]["eigenkracht"]["naam"] == "buurman"
    assert all(c["code"] is None for c in data["objects"]["Client"])
    assert data["objects"]["SociaalTeamDossier"][0]["eigenkracht"]["kenmerk"] is None


def test_demo_export_carries_no_identifying_data(demo: tuple[list[CaseFile], Catalogue]) -> None:
    files, cat = demo
    for case_file in files:
        text = ggm.dumps(build([case_file], cat))
        assert found_in(text, identifying(case_file)) == [], case_file.case.reference


def test_a_client_code_only_when_the_organisation_sets_one() -> None:
    document = build([full_case()], settings=ExportSettings(client_code=ClientCode.REFERENCE))
    codes = [c["code"] for c in document["objects"]["Client"]]
    assert codes == ["EK-2026-0999-1", "EK-2026-0999-2"]
    assert document["client_code"] == "kenmerk"
    assert document["objects"]["SociaalTeamDossier"][0]["eigenkracht"]["kenmerk"] == "EK-2026-0999"


def test_the_mapping_document_names_every_attribute_written(
    demo: tuple[list[CaseFile], Catalogue],
) -> None:
    files, cat = demo
    document = build([*files, full_case()], cat)
    doc = DOC.read_text(encoding="utf-8")
    missing = []
    for kind, objects in document["objects"].items():
        keys = {k for o in objects for k in o if k not in ("id", "eigenkracht")}
        keys |= {f"eigenkracht.{k}" for o in objects for k in o.get("eigenkracht", {})}
        missing += [f"{kind} {key}" for key in sorted(keys) if f"| {kind} | `{key}` |" not in doc]
    assert missing == []


def test_cli_exports_a_selection_and_logs_each_case(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "ggm.json"
    argv = ["export", "--db", str(demo_db), "--format", "ggm", "--out", str(out)]
    assert cli.main([*argv, "--case", "EK-2026-0002", "--case", "EK-2026-0006"]) == 0
    assert "GGM-export geschreven: 2 dossiers" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["objects"]["SociaalTeamDossier"]) == 2
    assert {d["eigenkracht"]["wet"] for d in data["objects"]["SociaalTeamDossier"]} == {
        "Wmo",
        "Jeugdwet",
    }
    store = open_database(demo_db, PASSPHRASE)
    try:
        rows = [e for e in audit.entries(store.db, "EK-2026-0006") if e.event == "cases.export"]
        assert rows and rows[-1].action == "E"
    finally:
        store.close()
    # the organisation's client code
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "export.toml").write_text(
        'format = 1\n[ggm]\nclient_code = "kenmerk"\n', encoding="utf-8"
    )
    assert cli.main([*argv, "--case", "EK-2026-0002"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["objects"]["Client"][0]["code"].startswith("EK-2026-0002-")
    capsys.readouterr()
