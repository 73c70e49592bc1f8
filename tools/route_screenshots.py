"""Render the Verloop of the case overview (the route from melding to closing) into
docs/screenshots/route_*.png (Dutch).

    .venv/bin/python tools/route_screenshots.py [--out docs/screenshots]

Runs offscreen on a fresh demo database (fixed date): Kerkhof with its overdue verslag,
Van Dijk after signing (the signed plan offered as the verslag), the same after the
aanvraag (the beschikking term running), a refused day, the status dialog, Tesfay's
Jeugdwet route, and the new-case dialog with its kind of case. Look at them after
every change of the Verloop.
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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QWidget

    from eigenkracht.core.instruments import default_instrument
    from eigenkracht.core.model import CaseStatus, Signature, SignerRole
    from eigenkracht.core.plan import build_snapshot
    from eigenkracht.core.process import StepKind
    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.caseload import CaseOverview, NewCaseDialog

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale("nl_NL"))

    def shoot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    with tempfile.TemporaryDirectory() as folder:
        store = create_database(
            Path(folder) / "demo.db", PASSPHRASE, worker="s.visser", kdf_params=KdfParams.new(1, 8)
        )
        repo = Repository(store, origin="demo")
        build_demo(repo, today=TODAY)
        ids = {c.household_name: c.id for c in repo.list_cases()}

        def overview(name: str) -> CaseOverview:
            widget = CaseOverview(repo, ids[name], today=TODAY)
            widget.resize(*SIZE)
            widget.show()
            app.processEvents()
            return widget

        kerkhof = overview("Dhr. Kerkhof")
        shoot(kerkhof, "route_overview")
        shoot(kerkhof.route_box, "route_wmo_overdue")
        kerkhof.close()

        van_dijk = ids["Dhr. en mevr. Van Dijk"]
        plan = repo.draft_plan(van_dijk)
        assert plan.id is not None
        signatures = [
            Signature(SignerRole.CITIZEN, "Wim van Dijk", TODAY),
            Signature(SignerRole.PROFESSIONAL, "Ahmed El Amrani", TODAY),
        ]
        snapshot = build_snapshot(
            repo.load_case(van_dijk), default_instrument(), plan, today=TODAY, signatures=signatures
        )
        repo.sign_plan(plan.id, snapshot, signatures)
        signed = overview("Dhr. en mevr. Van Dijk")
        shoot(signed.route_box, "route_signed_plan_as_verslag")
        signed.route_box.record_today(StepKind.BESCHIKKING)  # refused: no aanvraag yet
        shoot(signed.route_box, "route_refused")
        signed.route_box.accept_plan_as_verslag()
        signed.route_box.record_today(StepKind.AANVRAAG)
        shoot(signed.route_box, "route_beschikking_running")
        dialog = signed.route_box.choose_status()
        assert dialog is not None
        dialog.choice.setCurrentIndex(dialog.choice.findData(CaseStatus.EVALUATIE.value))
        dialog.reason.setText("Tussentijdse evaluatie met de casemanager dementie")
        dialog.adjustSize()
        shoot(dialog, "route_status_dialog")
        dialog.reject()
        signed.close()

        tesfay = overview("Mevr. Tesfay")
        shoot(tesfay.route_box, "route_jeugdwet")
        tesfay.close()

        new_case = NewCaseDialog(repo, today=TODAY)
        new_case.case_kind.setCurrentIndex(1)
        new_case.show()
        new_case.adjustSize()
        shoot(new_case, "new_case_kind")
        new_case.done(0)
        store.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
