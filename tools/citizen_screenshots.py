"""Render every screen of the citizen window into docs/screenshots/citizen_*.png.

    .venv/bin/python tools/citizen_screenshots.py [--out docs/screenshots] [--lang nl]

Runs offscreen with a fixed date and example answers; each screen is shot twice, at the
normal text size (citizen_<screen>.png) and with "Grote letters" on
(citizen_<screen>_groot.png). The read-aloud buttons are shown as on a computer with a
speech engine. Look at them after every change, as a citizen who reads with difficulty.

    .venv/bin/python tools/citizen_screenshots.py --instrument welzijnsradar [--lang en]

shoots the explanation and the first question of another installed instrument (a 0-10
score here: a row of numbers with the meaning of both ends) into
citizen_<id>_uitleg.png and citizen_<id>_onderwerp.png. The shots use an empty data
folder, so the instrument files of this computer's user do not change them.

    .venv/bin/python tools/citizen_screenshots.py --plan [--size 1366x768] [--tag laptop]

shoots the screens of the citizen's own plan (the choice, goals, actions, asks, who
wrote it; a persoonlijk plan and a familiegroepsplan) into citizen_plan_<screen>.png
(and _groot.png). With QT_SCALE_FACTOR=1.5 in the environment and --size 910x512 (a
1366x768 screen at 150 %) it shows what a laptop with scaling shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 9)
SIZE = (1000, 780)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--instrument", metavar="ID", help="an installed instrument's id")
    parser.add_argument("--plan", action="store_true", help="the screens of the own plan")
    parser.add_argument("--size", default="", help="window size WxH (default 1000x780)")
    parser.add_argument("--tag", default="", help="added to the file names of --plan")
    args = parser.parse_args()
    os.environ["EIGENKRACHT_LANG"] = args.lang
    data = tempfile.TemporaryDirectory()
    os.environ["EIGENKRACHT_DATA_DIR"] = data.name
    if args.instrument:
        return instrument_shots(args.out, args.lang, args.instrument)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.plan:
        size = tuple(int(n) for n in args.size.split("x")) if args.size else SIZE
        return plan_shots(args.out, args.lang, (size[0], size[1]), args.tag)

    from PySide6.QtWidgets import QApplication

    from eigenkracht.exchange.selfassessment import DomainAnswer, Helper
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.citizen import CitizenWindow
    from eigenkracht.ui.citizen.pages import DomainPage, HelpersPage
    from eigenkracht.ui.citizen.speech import Speaker
    from eigenkracht.ui.citizen.widgets import LARGER_TEXT  # noqa: F401  (documented size)

    class SilentSpeaker(Speaker):
        name = "stil"

        def say(self, text: str) -> None:
            pass

        def stop(self) -> None:
            pass

    app = create_application([sys.argv[0]])
    suffix = "" if args.lang == "nl" else f"_{args.lang}"
    with tempfile.TemporaryDirectory() as folder:
        window = CitizenWindow(
            draft_path=Path(folder) / "concept.json",
            speaker=SilentSpeaker(),
            today=TODAY,
        )
        window.resize(*SIZE)
        window.show()
        content = window.content
        content.name = "Ria de Boer"
        content.question = "Ik red het niet meer met de post en de rekeningen."
        content.what_matters = "Zelf blijven wonen. Mijn kleinkinderen op woensdag zien."
        content.wellbeing = 6
        content.set_answer(DomainAnswer("financien", 2, wants_to_discuss=True, remark="Veel post."))
        content.helpers.append(Helper("Els", "mijn dochter", "boodschappen en de post"))
        content.helpers.append(Helper("Ahmed", "buurman", "klusjes"))

        shots: list[tuple[str, int]] = [("welkom", 0)]
        names = {1: "naam", 2: "vraag", 3: "belangrijk", 4: "tevreden", 5: "uitleg"}
        for index, page in enumerate(window.pages):
            if index in names:
                shots.append((names[index], index))
            elif isinstance(page, DomainPage) and page.domain.key == "financien":
                shots.append(("onderwerp", index))
        shots.append(
            ("helpers", next(i for i, p in enumerate(window.pages) if isinstance(p, HelpersPage)))
        )
        shots.append(("klaar", len(window.pages) - 1))

        def shoot(name: str) -> None:
            app.processEvents()
            path = args.out / f"citizen_{name}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

        for larger in (False, True):
            window.larger_button.setChecked(larger)
            end = "_groot" if larger else ""
            for name, index in shots:
                window.started = index > 0
                window.goto(index)
                if name == "klaar":
                    window.done_page.show_result(
                        "Het bestand is opgeslagen. U vindt het hier: "
                        "Documenten/zelf-ingevuld-2026-11-09.json"
                    )
                shoot(f"{name}{end}")
        from eigenkracht.ui.citizen.save_dialog import SaveDialog

        dialog = SaveDialog(window.sizer.factor, window)
        dialog.with_code.click()
        dialog.code_edit.setText("zon42")
        dialog.show()
        app.processEvents()
        path = args.out / f"citizen_code{suffix}.png"
        dialog.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        dialog.close()
        window.draft_timer.stop()
        window.started = False
        window.close()
        QApplication.processEvents()
    return 0


def plan_shots(out: Path, lang: str, size: tuple[int, int], tag: str) -> int:
    """The screens of the citizen's own plan, filled in as an example."""
    from PySide6.QtWidgets import QApplication

    from eigenkracht.exchange.selfassessment import (
        Helper,
        OwnAction,
        OwnAsk,
        OwnGoal,
        OwnPlan,
        Participant,
        PlanKind,
    )
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.citizen import CitizenWindow
    from eigenkracht.ui.citizen.plan_pages import (
        ActionsPage,
        AsksPage,
        GoalsPage,
        ParticipantsPage,
        PlanChoicePage,
    )
    from eigenkracht.ui.citizen.speech import Speaker

    class SilentSpeaker(Speaker):
        name = "stil"

        def say(self, text: str) -> None:
            pass

        def stop(self) -> None:
            pass

    app = create_application([sys.argv[0]])
    suffix = ("" if lang == "nl" else f"_{lang}") + (f"_{tag}" if tag else "")
    with tempfile.TemporaryDirectory() as folder:
        window = CitizenWindow(
            draft_path=Path(folder) / "concept.json", speaker=SilentSpeaker(), today=TODAY
        )
        window.resize(*size)
        window.show()
        content = window.content
        content.name = "Ria de Boer"
        content.helpers += [Helper("Els", "mijn dochter"), Helper("Ahmed", "buurman")]
        personal = OwnPlan(
            kind=PlanKind.PERSOONLIJK,
            goals=[
                OwnGoal("Weer zelf mijn post en rekeningen doen", "financien"),
                OwnGoal("Mijn kleinkinderen elke woensdag zien"),
            ],
            actions=[
                OwnAction("Samen de post openmaken", "Els", "elke dinsdag", True, 0),
                OwnAction("Een map maken voor de rekeningen", "", "volgende week", False, 0),
                OwnAction("De kleinkinderen ophalen", "Ahmed", "op woensdag", True, 1),
            ],
            asks=[
                OwnAsk("Hulp bij het huishouden", ""),
                OwnAsk("Een controle van mijn ogen", "de huisarts"),
            ],
            written_with=[Participant("Els", "mijn dochter", "de post met mij doornemen")],
        )
        family = OwnPlan(
            kind=PlanKind.FAMILIEGROEPSPLAN,
            goals=[OwnGoal("De kinderen gaan elke dag naar school")],
            written_with=[
                Participant("Oma Truus", "mijn moeder", "haalt de kinderen op woensdag op"),
                Participant("Karim", "buurman", "helpt met de fietsen"),
            ],
        )

        def index(kind: type, **attributes: object) -> int:
            return next(
                i
                for i, p in enumerate(window.pages)
                if isinstance(p, kind) and all(getattr(p, k) == v for k, v in attributes.items())
            )

        shots: list[tuple[str, OwnPlan, int]] = [
            ("keuze", personal, index(PlanChoicePage)),
            ("doelen", personal, index(GoalsPage)),
            ("acties", personal, index(ActionsPage)),
            ("vragen", personal, index(AsksPage)),
            ("meegeschreven", personal, index(ParticipantsPage, first=False)),
            ("familie", family, index(ParticipantsPage, first=True)),
            ("klaar", personal, len(window.pages) - 1),
        ]
        window.started = True
        for larger in (False, True):
            window.larger_button.setChecked(larger)
            end = "_groot" if larger else ""
            for name, plan, page in shots:
                content.plan = plan
                window.goto(page)
                app.processEvents()
                path = out / f"citizen_plan_{name}{end}{suffix}.png"
                window.grab().save(str(path))
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        window.draft_timer.stop()
        window.started = False
        window.close()
        QApplication.processEvents()
    return 0


def instrument_shots(out: Path, lang: str, ident: str) -> int:
    from PySide6.QtWidgets import QApplication

    from eigenkracht.core.instruments import Catalogue, load_all, user_instrument_dir
    from eigenkracht.exchange.selfassessment import DomainAnswer
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.citizen import CitizenWindow
    from eigenkracht.ui.citizen.pages import DomainPage, ExplainPage

    app = create_application([sys.argv[0]])
    found = Catalogue(load_all(user_instrument_dir())[0]).find(ident)
    if found is None:
        print(f"no installed instrument '{ident}'", file=sys.stderr)
        return 1
    suffix = "" if lang == "nl" else f"_{lang}"
    with tempfile.TemporaryDirectory() as folder:
        window = CitizenWindow(
            instrument=found,
            draft_path=Path(folder) / "concept.json",
            find_speech=False,
            today=TODAY,
        )
        window.resize(*SIZE)
        window.show()
        first = found.domains[0].key
        window.content.set_answer(DomainAnswer(first, 7, wants_to_discuss=True))
        explain = next(i for i, p in enumerate(window.pages) if isinstance(p, ExplainPage))
        domain = next(i for i, p in enumerate(window.pages) if isinstance(p, DomainPage))
        window.started = True
        for name, index in (("uitleg", explain), ("onderwerp", domain)):
            window.goto(index)
            app.processEvents()
            path = out / f"citizen_{ident}_{name}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        window.draft_timer.stop()
        window.started = False
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
