"""The inzage for the citizen: an HTML page in plain Dutch beside the JSON, made from the
export itself; every text escaped."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    Case,
    Conversation,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    Signature,
    SignerRole,
)
from eigenkracht.exchange import inzage
from eigenkracht.exchange.inzage_summary import (
    SummaryError,
    render_summary,
    summary_path,
    write_summary,
)
from eigenkracht.store.repository import Repository

HOSTILE = '<script>alert("x")</script>'
IMG = '"><img src=x onerror=alert(1)>'
# The tags the page itself uses; anything else came from the data.
OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "dl",
    "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
}  # fmt: skip


def filled(repo: Repository) -> int:
    """A case with a question, scores, a network kept at the conversation and then one
    person removed, a goal with actions, a signed plan; hostile text in the free fields."""
    created = repo.create_case(
        Case(
            reference="EK-2026-0042",
            household_name=f"Fam. {HOSTILE}",
            coordinator="Sanne Visser",
            melding_date=dt.date(2026, 10, 1),
        ),
        [Member(case_id=0, name="Greet de Vries\u202eenmaN", role="aanvrager")],
    )
    case_id = created.case.id
    assert case_id is not None
    conversation = repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=dt.date(2026, 10, 8),
            place="Thuis",
            present=["Greet de Vries", "Cor Visser"],
            question="Ik wil mijn post weer zelf kunnen lezen.",
            what_matters="Zelf blijven beslissen.",
            wellbeing=6,
            notes=f"Notitie {IMG}",
        )
    )
    assert conversation.id is not None
    repo.add_assessment(
        Assessment(
            conversation.id,
            "leefgebieden",
            "1.0",
            Perspective.CITIZEN,
            scores=[
                DomainScore("financien", 2, situation="Schulden & <rekeningen>"),
                DomainScore("huisvesting", not_discussed=True, reason="Niet nodig"),
            ],
        )
    )
    marian = repo.add_person(
        NetworkPerson(
            case_id=case_id,
            name="Marian de Vries",
            role="dochter",
            helps=[NetworkHelp("financien", HelpKind.NOW, "leest de post")],
        )
    )
    cor = repo.add_person(NetworkPerson(case_id=case_id, name="Cor Visser", role="vismaat"))
    repo.save_network_version(conversation.id)
    assert cor.id is not None
    repo.remove_person(cor.id)
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="Greet opent zelf haar post.",
            target_level=4,
            actions=[
                Action(goal_id=0, what="Post samen openen", actor_kind=ActorKind.NETWORK,
                       network_person_id=marian.id, ongoing=True),
                Action(goal_id=0, what="Budgetcursus", actor_kind=ActorKind.VOLUNTEER,
                       actor_name="Humanitas", due_date=dt.date(2026, 12, 1)),
            ],
        )
    )  # fmt: skip
    plan = repo.new_plan_version(case_id, agreements="Elke maand bellen.")
    assert plan.id is not None
    repo.sign_plan(
        plan.id,
        {"goals": [{"text": "Greet opent zelf haar post."}]},
        [
            Signature(SignerRole.CITIZEN, "Greet de Vries", dt.date(2026, 10, 9), "Oosterveld"),
            Signature(SignerRole.PROFESSIONAL, "Sanne Visser", dt.date(2026, 10, 9)),
        ],
    )
    return case_id


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def page_of(repo: Repository, case_id: int, **kwargs: bool) -> str:
    made = inzage.export_case(repo, case_id, **kwargs)
    return render_summary(inzage.loads(inzage.dumps(made.document)))


def test_the_summary_says_what_is_held_in_words(repo: Repository) -> None:
    page = page_of(repo, filled(repo))
    parsed = Tags()
    parsed.feed(page)
    words = " ".join(" ".join(parsed.text).split())
    # the question, and the scores with the instrument's citizen names and labels
    assert "Ik wil mijn post weer zelf kunnen lezen." in words
    assert "Geldzaken" in words and "2 van 1 tot 5: Het gaat slecht" in words
    assert "Niet besproken" in words and "Waarom niet: Niet nodig" in words
    assert "Hoe u het zelf ziet" in words
    assert "financien" not in words  # the key only where the instrument has no name
    # the network now and before; who removed whom
    assert "Marian de Vries (dochter)" in words and "helpt nu bij Geldzaken: leest de post" in words
    assert "Cor Visser (vismaat): stond erin bij het gesprek van 8 oktober 2026." in words
    assert "deze persoon uit uw dossier gehaald" in words
    # goals, actions, the target in words; the plan and its signatures
    assert "Greet opent zelf haar post." in words
    assert "4 van 1 tot 5: Het gaat redelijk goed" in words
    assert "doorlopend" in words and "Een vrijwilliger: Humanitas" in words
    assert "Versie 1: ondertekend op 9 oktober 2026" in words
    assert "heeft getekend op 9 oktober 2026 in Oosterveld en is het eens met het plan" in words
    assert "In deze versie stonden deze doelen:" in words
    # the access log in words, the export's own row last
    assert "heeft uw dossier gemaakt" in words
    assert "heeft iemand uit uw netwerk gehaald" in words
    log = words[words.index("heeft uw dossier gemaakt") :]  # the export's own row last
    assert "heeft deze kopie van uw gegevens gemaakt Controlegetal" in log
    assert "Controlegetal van het logboek" in words
    assert "Dat is Sanne Visser." in words
    # no jargon of the file: no table or event names
    for jargon in ("network_persons", "cases.read", "domain_scores", "perspective"):
        assert jargon not in words


def test_every_text_is_escaped(repo: Repository) -> None:
    page = page_of(repo, filled(repo))
    parsed = Tags()
    parsed.feed(page)
    assert parsed.tags <= OWN_TAGS
    assert not [a for a in parsed.attributes if a[0].startswith("on") or a[0] == "src"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<script" not in page and "<img" not in page
    assert "Schulden &amp; &lt;rekeningen&gt;" in page
    assert "\u202e" not in page  # no text turned around
    assert "default-src 'none'" in page  # nothing is ever loaded


def test_pseudonymised_the_summary_names_roles(repo: Repository) -> None:
    page = page_of(repo, filled(repo), pseudonymise=True)
    assert "Marian de Vries" not in page and "Cor Visser" not in page
    assert "dochter" in page and "vismaat" in page
    assert "namen van andere mensen" in page.lower()
    assert "Greet de Vries" in page  # the household's own names stay


def test_an_export_of_version_1_gets_a_summary(repo: Repository) -> None:
    case_id = filled(repo)
    document = inzage.build(repo.load_case(case_id), [], "2026-11-01T10:00:00Z")
    document["version"] = 1
    for key in ("network_versions", "other_tables", "pseudonymised"):
        del document[key]
    back = inzage.loads(json.dumps(document))
    assert back.version == 1 and back.network_versions == []
    page = render_summary(back)
    assert "Er is geen netwerk van een eerder gesprek bewaard." in page
    # without the instrument section: keys and numbers, no labels
    assert "financien" in page and "Er staat niets in het logboek." in page


def test_write_summary_beside_the_json(repo: Repository, tmp_path: Path) -> None:
    made = inzage.export_case(repo, filled(repo))
    out = tmp_path / "inzage.json"
    assert summary_path(out) == tmp_path / "inzage.html"
    assert summary_path(tmp_path / "x.html") == tmp_path / "x-leesversie.html"
    write_summary(inzage.loads(inzage.dumps(made.document)), summary_path(out))
    written = (tmp_path / "inzage.html").read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>") and "Wat wij over u bewaren" in written
    if sys.platform != "win32":
        assert os.stat(tmp_path / "inzage.html").st_mode & 0o777 == 0o600
    with pytest.raises(SummaryError) as caught:
        write_summary(inzage.loads(inzage.dumps(made.document)), tmp_path / "weg" / "x.html")
    assert "\n" not in str(caught.value) and "weg" in str(caught.value)
