"""The citizen window: a self-assessment at home, one question per screen.

No database, no passphrase, nothing of anybody else: the window holds one
`SelfAssessment`, keeps a draft of it (draft.py) so that closing by accident loses
nothing, and at the end saves it as a file (optionally with a code) or puts it on paper.
Text follows the system font, larger with one switch; every question and answer can be
read aloud where the computer has a speech engine (speech.py); without one those buttons
are hidden. Everything works with the keyboard alone.

After the questions the citizen may write a plan of their own (plan_pages.py): a
persoonlijk plan or a familiegroepsplan, or not now; without one, Terug and Verder pass
the plan's screens over. The plan's screens count as "Uw plan: stap 2 van 4".
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.errors import OsProblem, os_problem_kind
from eigenkracht.core.instruments import (
    Catalogue,
    Instrument,
    load_all,
    user_instrument_dir,
)
from eigenkracht.exchange.selfassessment import (
    KdfSettings,
    SelfAssessment,
    SelfAssessmentError,
    fit_to,
    home_instrument,
    write_file,
)
from eigenkracht.ui.citizen.base import CitizenPage, Context
from eigenkracht.ui.citizen.draft import (
    Draft,
    DraftError,
    default_draft_path,
    load_draft,
    remove_draft,
    save_draft,
)
from eigenkracht.ui.citizen.pages import (
    DomainPage,
    DonePage,
    ExplainPage,
    HelpersPage,
    NamePage,
    TextPage,
    WelcomePage,
    WellbeingPage,
)
from eigenkracht.ui.citizen.plan_pages import (
    ActionsPage,
    AsksPage,
    GoalsPage,
    ListPage,
    ParticipantsPage,
    PlanChoicePage,
    PlanPage,
    plan_steps,
)
from eigenkracht.ui.citizen.save_dialog import ConfirmDialog
from eigenkracht.ui.citizen.speech import Speaker, SpeechFinder
from eigenkracht.ui.citizen.widgets import (
    LARGER_TEXT,
    LINE_CHARACTERS,
    NORMAL_TEXT,
    STYLE,
    TextSizer,
    announce,
    big_button,
    fit_text_box,
    label,
    read_button,
)
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.widgets.problems import problem_text
from eigenkracht.ui.widgets.screen import restore_geometry, saved_geometry

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400


def interface_language() -> str:
    """The interface language ("nl", "en") that ui/app.py install_translators chose; Dutch
    (the source language of every text) when no translation was installed."""
    app = QCoreApplication.instance()
    language = app.property("eigenkrachtLanguage") if app is not None else None
    return language if isinstance(language, str) and language else "nl"


def citizen_instrument(catalogue: Catalogue | None = None) -> Instrument:
    """The instrument a citizen fills in at home: the first of the organisation's default
    set (exchange.selfassessment.home_instrument). Without a catalogue: the bundled and
    the user's instrument files (the citizen window has no database)."""
    if catalogue is None:
        installed, problems = load_all(user_instrument_dir())
        if problems:
            log.info("%d instrument file(s) skipped", len(problems))
        catalogue = Catalogue(installed)
    return home_instrument(catalogue)


class CitizenWindow(QWidget):
    """The self-assessment for citizens.

    instrument: the questions (default: the first of the organisation's default set,
    Catalogue.defaults(), from the bundled and the user's instrument files: the same
    instrument the worker's conversation starts with). catalogue: where to find it
    (default: load_all of the user instrument folder). language: the language of the
    instrument's texts (default: the interface language; missing English texts show
    the Dutch one, marked).
    draft_path: where the draft is kept (default: the platform's data folder).
    speaker: a speech engine to use; None looks for one (find_speech) or has none.
    today: the date written on the file (tests and screenshots fix it).
    kdf: Argon2 cost for a file with a code (tests pass cheap settings).
    settings: where the window's place and size are remembered (the program passes the
    user's settings; None: not remembered, it opens at its first-start size).
    """

    def __init__(
        self,
        *,
        instrument: Instrument | None = None,
        catalogue: Catalogue | None = None,
        language: str | None = None,
        draft_path: Path | None = None,
        speaker: Speaker | None = None,
        find_speech: bool = True,
        today: dt.date | None = None,
        kdf: KdfSettings | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CitizenWindow")
        self.settings = Settings(settings) if settings is not None else None
        self.setWindowTitle(self.tr("Zelf invullen"))
        self.setStyleSheet(STYLE)
        self.language = language or interface_language()
        self.instrument = (instrument or citizen_instrument(catalogue)).localised(self.language)
        self.draft_path = draft_path or default_draft_path()
        self.fixed_today = today
        self.kdf = kdf
        self.sizer = TextSizer(self)
        self.ctx = Context(
            SelfAssessment.blank(self.instrument), self.instrument, self.sizer, self.speak
        )
        self.ctx.confirm = lambda question, yes: self.confirm(question, yes)
        self.speaker: Speaker | None = None
        self.finder: SpeechFinder | None = None
        self.started = False  # the citizen left the welcome page: keep a draft from now on
        self.draft: Draft | None = None
        self.pdf_path: Path | None = None
        # Replaced in tests: they cannot click through native dialogs.
        self.ask_save: Callable[[], tuple[Path, str | None] | None] = self._ask_save
        self.ask_pdf_path: Callable[[], Path | None] = self._ask_pdf_path
        self.confirm: Callable[[str, str], bool] = self._confirm

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)

        self._build()
        self._read_draft()
        self.sizer.apply()
        self._fit_text_boxes()
        if speaker is not None:
            self._speech_found(speaker)
        elif find_speech:
            self.finder = SpeechFinder(self.language, parent=self)
            self.finder.finished.connect(self._speech_found)
        else:
            self._speech_found(None)
        self.goto(0)
        # 1000×780 where the screen has room; on a laptop (1366×768, or 911×512 at 150 %)
        # the free height: the pages scroll, the Terug/Verder row stays in view.
        saved = self.settings.citizen_window_geometry if self.settings is not None else ""
        restore_geometry(self, saved, 1000, 780)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        top = QFrame(self)
        top.setObjectName("citizenTop")
        top.setFrameShape(QFrame.Shape.NoFrame)
        bar = QHBoxLayout(top)
        bar.setContentsMargins(16, 10, 16, 6)
        self.title = label(self.tr("Zelf invullen"), top)
        self.sizer.register(self.title, 1.15, bold=True)
        self.larger_button = big_button("", self.tr("Grote letters"), top)
        self.larger_button.setCheckable(True)
        self.larger_button.toggled.connect(self.set_larger_text)
        self.read_page_button = read_button(self.tr("Deze vraag voorlezen"), top)
        self.read_page_button.setText(self.tr("&Lees voor"))
        self.read_page_button.setObjectName("big")
        self.read_page_button.clicked.connect(self.read_page)
        self.stop_button = big_button(self.tr("&Stoppen"), self.tr("Stoppen"), top)
        self.stop_button.setToolTip(
            self.tr("Wat u hebt ingevuld, blijft bewaard. U kunt later verder gaan.")
        )
        self.stop_button.setAccessibleDescription(self.stop_button.toolTip())
        self.stop_button.clicked.connect(self.close)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.read_page_button)
        bar.addWidget(self.larger_button)
        bar.addWidget(self.stop_button)

        self.stack = QStackedWidget(self)
        self.pages: list[CitizenPage] = []
        self.scrolls: list[QScrollArea] = []
        ctx = self.ctx
        self.welcome = WelcomePage(ctx)
        self.welcome.start.connect(self.start)
        self.welcome.resume.connect(self.resume)
        self.welcome.restart.connect(self.restart)
        pages: list[CitizenPage] = [
            self.welcome,
            NamePage(ctx),
            TextPage(
                ctx,
                "question",
                self.tr("Waar wilt u hulp bij?"),
                self.tr("Schrijf het op in uw eigen woorden. Kort is goed."),
                self.tr("Waar wilt u hulp bij"),
            ),
            TextPage(
                ctx,
                "what_matters",
                self.tr("Wat is voor u belangrijk in uw leven?"),
                self.tr("Bijvoorbeeld: zelf koken. Of uw familie vaak zien."),
                self.tr("Wat is voor u belangrijk"),
            ),
            WellbeingPage(ctx),
            ExplainPage(ctx),
            *(DomainPage(ctx, domain) for domain in self.instrument.domains),
            HelpersPage(ctx),
            PlanChoicePage(ctx),
            ParticipantsPage(ctx, first=True),  # a familiegroepsplan: who takes part first
            GoalsPage(ctx),
            ActionsPage(ctx),
            AsksPage(ctx),
            ParticipantsPage(ctx, first=False),  # a persoonlijk plan: who helped, last
        ]
        self.done_page = DonePage(ctx)
        self.done_page.save.connect(self.save_file)
        self.done_page.paper.connect(self.make_paper)
        self.done_page.wipe.connect(self.wipe)
        self.done_page.open_pdf.connect(self.open_pdf)
        pages.append(self.done_page)
        for page in pages:
            page.changed.connect(self._changed)
            page.submitted.connect(self.forward)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.stack.addWidget(scroll)
            self.pages.append(page)
            self.scrolls.append(scroll)
        self.questions = [p for p in self.pages if p.counted]

        nav = QFrame(self)
        nav.setObjectName("citizenNav")
        row = QHBoxLayout(nav)
        row.setContentsMargins(16, 8, 16, 12)
        self.back_button = big_button(
            self.tr("← &Terug"), self.tr("Terug naar de vorige vraag"), nav
        )
        self.next_button = big_button(
            self.tr("&Verder →"), self.tr("Verder naar de volgende vraag"), nav
        )
        self.next_button.setDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.progress_label = QLabel(nav)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sizer.register(self.progress_label, 1.0, bold=True)
        self.progress = QProgressBar(nav)
        self.progress.setRange(0, len(self.questions))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        middle = QVBoxLayout()
        middle.addWidget(self.progress_label)
        middle.addWidget(self.progress)
        row.addWidget(self.back_button)
        row.addLayout(middle, 1)
        row.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(nav)
        self.nav = nav

        # Page keys move between questions too, also from inside a text field.
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.forward)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.back)
        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._show_larger_state(False)

    # -- where are we -------------------------------------------------------------------

    @property
    def content(self) -> SelfAssessment:
        return self.ctx.content

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> CitizenPage:
        return self.pages[self.index]

    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def goto(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        if self.speaker is not None:
            self.speaker.stop()
        page = self.pages[index]
        if page is self.done_page:
            self.done_page.answered_count = sum(1 for p in self.questions if p.answered())
            self.done_page.total = len(self.questions)
            self.done_page.show_result("")
        page.enter()
        self.stack.setCurrentIndex(index)
        self.scrolls[index].verticalScrollBar().setValue(0)
        self._update_nav()
        self._set_tab_order(page)
        focus = page.first_focus()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.started:
            self._changed()

    def _set_tab_order(self, page: CitizenPage) -> None:
        """Tab follows the screen: the top bar, the page (in the page's own order where
        it rebuilds widgets), then Terug and Verder."""
        order = page.focus_order()
        if not order:
            return
        chain = [self.stop_button, *order, self.back_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_nav(self) -> None:
        page = self.page
        welcome = page is self.welcome
        self.nav.setVisible(not welcome)
        self.back_button.setEnabled(not welcome)
        self.next_button.setVisible(page is not self.done_page)
        steps = plan_steps(self.pages)
        if page.counted:
            number = self.questions.index(page) + 1
            text = self.tr("Vraag {n} van {total}").format(n=number, total=len(self.questions))
            self.progress.setRange(0, len(self.questions))
            self.progress.setValue(number)
        elif isinstance(page, PlanPage) and page in steps:
            number = steps.index(page) + 1
            text = self.tr("Uw plan: stap {n} van {total}").format(n=number, total=len(steps))
            self.progress.setRange(0, len(steps))
            self.progress.setValue(number)
        else:
            self.progress.setRange(0, len(self.questions))
            done = page is self.done_page
            text = self.tr("Klaar") if done else self.tr("Uitleg")
            self.progress.setValue(len(self.questions) if done else self.progress.value())
        self.progress_label.setText(text)
        self.progress.setAccessibleDescription(text)

    def shown_from(self, index: int, step: int) -> int:
        """The first page from `index` on (step 1) or back (step -1) that is not passed
        over now."""
        while 0 < index < len(self.pages) - 1 and self.pages[index].skipped():
            index += step
        return index

    def forward(self) -> None:
        page = self.page
        if isinstance(page, HelpersPage) and page.name_edit.text().strip():
            page.add()  # a person typed but not yet added is not lost
        if isinstance(page, ListPage):
            page.add_typed()
        if self.page is not self.welcome and self.index < len(self.pages) - 1:
            self.goto(self.shown_from(self.index + 1, 1))

    def back(self) -> None:
        if self.index > 1:
            self.goto(max(1, self.shown_from(self.index - 1, -1)))

    # -- start, resume, restart, wipe ------------------------------------------------

    def _read_draft(self) -> None:
        try:
            self.draft = load_draft(self.draft_path)
        except DraftError:
            log.info("the citizen's draft could not be read")
            self.draft = None
            self.welcome.set_draft(
                False,
                self.tr("De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw."),
            )
            return
        if self.draft is not None:
            self.welcome.set_draft(True, self.tr("U was al eerder begonnen. Wilt u verder gaan?"))
            self.larger_button.setChecked(self.draft.larger_text)

    def start(self) -> None:
        self.started = True
        self.goto(1)

    def resume(self) -> None:
        if self.draft is not None:
            content = self.draft.content
            if (content.instrument_id, content.instrument_version) != (
                self.instrument.id,
                self.instrument.version,
            ):  # the organisation changed its instrument since: keep what still fits
                content = fit_to(content, self.instrument)
                keys = set(self.instrument.domain_keys())
                for goal in content.plan.goals if content.plan is not None else []:
                    if goal.domain not in keys:
                        goal.domain = ""  # its domain is gone: "Iets anders"
            self.ctx.content = content
            self.ctx.plan_declined = self.draft.plan_declined and content.plan is None
            page = self.draft.page if 0 < self.draft.page < len(self.pages) else 1
        else:
            page = 1
        self.started = True
        self.goto(self.shown_from(page, 1))

    def restart(self) -> None:
        if not self.confirm(
            self.tr("Weet u het zeker? Alles wat u eerder hebt ingevuld, gaat weg."),
            self.tr("Ja, opnieuw beginnen"),
        ):
            return
        remove_draft(self.draft_path)
        self.draft = None
        self.ctx.content = SelfAssessment.blank(self.instrument)
        self.ctx.plan_declined = False
        self.start()

    def wipe(self) -> None:
        if not self.confirm(
            self.tr("Weet u het zeker? Alles wat u hebt ingevuld, gaat weg van deze computer."),
            self.tr("Ja, alles wissen"),
        ):
            return
        self.draft_timer.stop()
        remove_draft(self.draft_path)
        self.draft = None
        self.started = False
        self.pdf_path = None
        self.ctx.content = SelfAssessment.blank(self.instrument)
        self.ctx.plan_declined = False
        self.welcome.set_draft(False, self.tr("Alles is gewist."))
        self.goto(0)
        announce(self.welcome.draft_note, self.welcome.draft_note.text())

    # -- the draft ----------------------------------------------------------------------

    def _changed(self) -> None:
        self._set_tab_order(self.page)  # a list may have new "Weghalen" buttons
        if self.started:
            self.draft_timer.start()

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if not self.started:
            return
        draft = Draft(
            self.content,
            self.index,
            self.larger_button.isChecked(),
            plan_declined=self.ctx.plan_declined,
        )
        try:
            save_draft(self.draft_path, draft)
        except OSError as exc:
            log.warning("could not keep the citizen's draft: %s", type(exc).__name__)
            return
        self.draft = draft

    # -- text size and reading aloud -------------------------------------------------

    def set_larger_text(self, on: bool) -> None:
        self.sizer.set_factor(LARGER_TEXT if on else NORMAL_TEXT)
        self._fit_text_boxes()
        self._show_larger_state(on)
        self._changed()

    def _show_larger_state(self, on: bool) -> None:
        text = self.tr("&Grote letters: aan") if on else self.tr("&Grote letters: uit")
        self.larger_button.setText(text)
        self.larger_button.setAccessibleName(self.tr("Grote letters"))

    def _fit_text_boxes(self) -> None:
        """Text boxes as high as their lines, pages as wide as a comfortable line."""
        for box in self.findChildren(QPlainTextEdit):
            fit_text_box(box)
        metrics = QFontMetrics(self.sizer.font())
        width = metrics.averageCharWidth() * LINE_CHARACTERS + metrics.height() * 9
        for page in self.pages:
            page.setMaximumWidth(width)

    def _speech_found(self, speaker: object) -> None:
        if not isinstance(speaker, Speaker):  # none: say why there is no "Lees voor"
            self.welcome.no_speech_note.show()
            return
        self.welcome.no_speech_note.hide()
        self.speaker = speaker
        speaker.setParent(self)
        speaker.failed.connect(self._speech_failed)
        for button in [self.read_page_button, *self.ctx.read_buttons]:
            button.show()
        self.welcome.speech_note.show()

    def _speech_failed(self) -> None:
        self.speaker = None
        for button in [self.read_page_button, *self.ctx.read_buttons]:
            button.hide()
        self.welcome.speech_note.hide()
        self.welcome.no_speech_note.show()

    def speak(self, text: str) -> None:
        if self.speaker is not None and text.strip():
            self.speaker.say(text)

    def read_page(self) -> None:
        self.speak(self.page.speech_text())

    @property
    def can_read_aloud(self) -> bool:
        return self.speaker is not None

    # -- saving and paper --------------------------------------------------------------

    def _file_stem(self) -> str:
        return self.tr("zelf-ingevuld") + f"-{self.today():%Y-%m-%d}"

    def _documents(self) -> Path:
        location = QStandardPaths.StandardLocation.DocumentsLocation
        return Path(QStandardPaths.writableLocation(location) or Path.home())

    def _ask_save(self) -> tuple[Path, str | None] | None:
        from PySide6.QtWidgets import QFileDialog

        from eigenkracht.ui.citizen.save_dialog import SaveDialog

        dialog = SaveDialog(self.sizer.factor, self, speak=self._dialog_speak())
        if dialog.exec() != SaveDialog.DialogCode.Accepted:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Waar wilt u het bestand bewaren?"),
            str(self._documents() / f"{self._file_stem()}.json"),
            self.tr("Zelf ingevuld (*.json)"),
            options=QFileDialog.Option.HideNameFilterDetails,  # no "*.json" for the citizen
        )
        if not chosen:
            return None
        path = Path(chosen)
        return (path if path.suffix else path.with_suffix(".json")), dialog.code

    def save_file(self) -> None:
        options = self.ask_save()
        if options is None:
            return
        path, code = options
        self.content.filled_in_on = self.today()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_file(path, self.content, code=code, kdf=self.kdf)
        except (SelfAssessmentError, OSError) as exc:
            reason = (
                problem_text(exc) if isinstance(exc, SelfAssessmentError) else self.os_reason(exc)
            )
            self.done_page.show_result(
                self.tr("Het opslaan is niet gelukt. {reason}").format(reason=reason or ""),
                problem=True,
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        message = self.tr(
            "Het bestand is opgeslagen. Het heet {name}. Het staat in de map {folder}."
        )
        message = message.format(**self._where(path))
        if code is not None:
            message += " " + self.tr("Vergeet de code niet: {code}").format(code=code)
        self.done_page.show_result(message)
        self._changed()

    @staticmethod
    def _where(path: Path) -> dict[str, str]:
        """Where a saved file is, the way a file manager shows it: its name without the
        extension and the name of its folder, never a whole path."""
        return {"name": path.stem, "folder": path.parent.name or str(path.parent)}

    def os_reason(self, exc: OSError) -> str:
        """Why a file could not be saved, in plain words (by errno, never the system's
        English text; core.errors.os_problem_kind)."""
        kind = os_problem_kind(exc)
        if kind is OsProblem.DISK_FULL:
            return self.tr("De schijf is vol. Maak eerst ruimte vrij.")
        if kind is OsProblem.NO_ACCESS:
            return self.tr("U mag daar niets bewaren. Kies een andere map.")
        if kind is OsProblem.READ_ONLY:
            return self.tr("Op deze schijf of stick kunt u niets bewaren. Kies een andere plek.")
        if kind is OsProblem.NAME_TOO_LONG:
            return self.tr("De naam is te lang. Kies een kortere naam of een andere map.")
        if kind is OsProblem.MISSING:
            return self.tr("Die map is er niet. Kies een andere map.")
        if kind is OsProblem.IS_DIRECTORY:
            return self.tr("Dat is een map. Geef het bestand een naam.")
        return self.tr("Er ging iets mis met de schijf. Probeer het nog een keer.")

    def _ask_pdf_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Waar wilt u het bestand om te printen bewaren?"),
            str(self._documents() / f"{self._file_stem()}.pdf"),
            self.tr("Bestand om te printen (*.pdf)"),
            options=QFileDialog.Option.HideNameFilterDetails,
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".pdf")

    def make_paper(self) -> None:
        path = self.ask_pdf_path()
        if path is None:
            return
        from eigenkracht.ui.citizen.paper import write_pdf

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(path, self.content, self.instrument, today=self.today())
        except OSError as exc:
            self.done_page.show_result(
                self.tr("Het is niet gelukt. {reason}").format(reason=self.os_reason(exc)),
                problem=True,
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.pdf_path = path
        self.done_page.show_result(
            self.tr("Het bestand om te printen heet {name}. Het staat in de map {folder}.").format(
                **self._where(path)
            ),
            can_open=True,
        )

    def open_pdf(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def _dialog_speak(self) -> Callable[[str], None] | None:
        """Reading aloud for a dialog (None without a speech engine: no button)."""
        return self.speak if self.speaker is not None else None

    def confirm_dialog(self, question: str, yes: str) -> ConfirmDialog:
        return ConfirmDialog(question, yes, self.sizer.factor, self, speak=self._dialog_speak())

    def _confirm(self, question: str, yes: str) -> bool:
        dialog = self.confirm_dialog(question, yes)
        return dialog.exec() == ConfirmDialog.DialogCode.Accepted

    # -- events ----------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        scroll = self.scrolls[self.index]
        page = scroll.widget()
        if page is not None and page.isAncestorOf(now):
            scroll.ensureWidgetVisible(now, 20, 40)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.finder is not None and not self.finder.done:
            QTimer.singleShot(0, self.finder.start)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.citizen_window_geometry = saved_geometry(self)
        if self.draft_timer.isActive():
            self.save_draft()
        if self.speaker is not None:
            self.speaker.stop()
        if self.finder is not None:
            self.finder.cancel()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching_focus:
            app.focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False
        super().closeEvent(event)


__all__ = ["CitizenWindow", "citizen_instrument", "interface_language"]
