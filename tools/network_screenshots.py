"""Render the network screens from the demo data into docs/screenshots/ (Dutch).

    .venv/bin/python tools/network_screenshots.py [--out docs/screenshots] [--case EK-2026-0001]

network_map.png: the printed map (charts.network_map, as the plan PDF shows it);
conversation_network.png: the network step of the guided conversation;
network_then_now.png: the case overview's comparison of two moments.
Runs offscreen on a fresh demo database with a fixed date, like tools/screenshots.py.
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
PASSPHRASE = "schermafbeeldingen maken"
SIZE = (1280, 820)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--case", default="EK-2026-0005")  # as tools/screenshots.py
    parser.add_argument("--map-case", default="EK-2026-0002")  # Fam. Bakker, 28 persons
    args = parser.parse_args()
    os.environ["EIGENKRACHT_LANG"] = "nl"
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from eigenkracht.charts.network_map import network_map_figure
    from eigenkracht.core.network import helper_ids, network_on
    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale("nl_NL"))

    def saved(path: Path) -> None:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        store = create_database(db, PASSPHRASE, worker="s.visser", kdf_params=KdfParams.new(1, 8))
        repo = Repository(store, origin="demo")
        build_demo(repo, today=TODAY)

        # The printed map: the largest demo network, helpers of one domain highlighted.
        big = repo.find_case(args.map_case)
        assert big is not None and big.id is not None
        persons = network_on(repo.network(big.id), None)
        figure = network_map_figure(
            persons,
            big.household_name,
            highlight=helper_ids(persons, "financien"),
        )
        path = args.out / "network_map.png"
        figure.savefig(str(path), dpi=110)
        saved(path)

        window = MainWindow(store, today=TODAY)
        window.resize(*SIZE)
        window.show()

        def shoot(name: str, widget: object = None) -> None:
            app.processEvents()
            path = args.out / f"{name}.png"
            target = widget if widget is not None else window
            target.grab().save(str(path))  # type: ignore[attr-defined]
            saved(path)

        workspace = window.workspace
        assert workspace is not None
        case = workspace.repo.find_case(args.case)
        assert case is not None and case.id is not None
        workspace.open_case(case.id)
        overview = workspace.overview
        assert overview is not None
        dialog = overview.compare_network()
        dialog.resize(1200, 760)
        app.processEvents()
        dialog.draw_now()
        shoot("network_then_now", dialog)
        dialog.close()

        assert overview.latest is not None and overview.latest.id is not None
        workspace.resume_conversation(overview.latest.id)
        view = workspace.conversation
        assert view is not None
        view.goto(Page.DOMAINS, check=False)
        domains = view.page_widget(Page.DOMAINS)
        domains.select_domain("dagelijkse-activiteiten")
        view.goto(Page.NETWORK, check=False)
        page = view.page_widget(Page.NETWORK)
        first = page.table_model.ids[0]
        page.book.set_current(first)
        app.processEvents()
        page.map.draw()
        shoot("conversation_network")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
