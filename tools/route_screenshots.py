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

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import SIZE, TODAY, demo_store, out_folder, shooter, start_app


def main() -> int:
    out = out_folder(__doc__)

    from PySide6.QtWidgets import QApplication

    from eigenkracht.core.instruments import default_instrument
    from eigenkracht.core.model import CaseStatus, Signature, SignerRole
    from eigenkracht.core.plan import build_snapshot
    from eigenkracht.core.process import StepKind
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.caseload import CaseOverview, NewCaseDialog

    app = start_app()
    shoot = shooter(app, out)

    with tempfile.TemporaryDirectory() as folder:
        store = demo_store(folder)
        repo = Repository(store, origin="demo")
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
