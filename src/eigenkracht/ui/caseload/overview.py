"""One case at a glance: the household, its route from melding to closing (the
Verloop, ui/caseload/route.py: the one part that edits), the members, the
conversations over time, the latest scores of both perspectives side by side,
the open goals with who does what, and the next evaluation. Read-only.

All text that users typed is shown as plain text (never rich text)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.assessments import Scored, latest_scores, of_perspective
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError, Scope
from eigenkracht.core.model import (
    AssessmentSource,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    GoalStatus,
    IdDocument,
    Perspective,
)
from eigenkracht.core.plan import Section, current_version, sections_of
from eigenkracht.core.retention import RetentionPolicy, of_case_file
from eigenkracht.ui.caseload.model import (
    Today,
    action_status_text,
    actor_kind_text,
    conversation_kind_text,
    goal_status_text,
    perspective_text,
    status_text,
    today_function,
)
from eigenkracht.ui.caseload.retention_dialog import organisation_policy, retention_line
from eigenkracht.ui.caseload.route import RouteBox
from eigenkracht.ui.widgets import (
    SOON_BACKGROUND,
    SOON_FOREGROUND,
    FittedTableView,
    age_in_years,
    attention_style,
    format_date,
    name_qt_parts,
    plain_line,
    plain_tooltip,
    relative_days,
    text_label,
)
from eigenkracht.ui.widgets.words import household_role_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

BIG_DIFFERENCE = 2  # levels apart: marked with ⚠ and a colour, smaller ones in words only


def big_difference(instrument: Instrument | None) -> int:
    """How many points apart is a big difference on this instrument's scale: 2 on a
    scale of 1 to 5 or a 6-rung ladder, 4 on 0 to 10 (two fifths of its length)."""
    if instrument is None:
        return BIG_DIFFERENCE
    span = instrument.scale.maximum - instrument.scale.minimum
    return max(BIG_DIFFERENCE, round(span * 0.4))


def difference_text(
    citizen: int | None, professional: int | None, big: int = BIG_DIFFERENCE
) -> tuple[str, str]:
    """The difference between two levels: a short text for the table ("⚠ inwoner +2")
    and a sentence for tooltips and screen readers; ("", "") when one is missing.
    `big`: from how many points apart it is marked (big_difference of the scale)."""
    tr = QCoreApplication.translate
    if citizen is None or professional is None:
        return "", ""
    gap = citizen - professional
    if gap == 0:
        return tr("CaseOverview", "gelijk"), tr("CaseOverview", "Beide kanten scoren gelijk.")
    size = abs(gap)
    if gap > 0:
        short = tr("CaseOverview", "inwoner +{n}").format(n=size)
        sentence = tr("CaseOverview", "De inwoner scoort {n} hoger dan de professional.")
    else:
        short = tr("CaseOverview", "professional +{n}").format(n=size)
        sentence = tr("CaseOverview", "De professional scoort {n} hoger dan de inwoner.")
    sentence = sentence.format(n=size)
    if size >= big:
        return "⚠ " + short, tr("CaseOverview", "Groot verschil.") + " " + sentence
    return short, tr("CaseOverview", "Verschil.") + " " + sentence


def latest_conversation(case_file: CaseFile) -> Conversation | None:
    return max(case_file.conversations, key=lambda c: (c.date, c.id or 0), default=None)


def _item(text: str, tooltip: bool = True) -> QStandardItem:
    item = QStandardItem(plain_line(text))
    item.setEditable(False)
    if tooltip and text:
        item.setToolTip(plain_tooltip(text))
    return item


class CaseOverview(QWidget):
    """The overview of one case (read-only).

    repo: the Repository (load_case).
    case_id: the case to show; reload() reads it again.
    today: a date or a function giving one (tests fix it).
    catalogue: where each assessment's instrument is found, by its id and version
    (default: the repository's, installed plus kept with the data); the latest scores
    are shown per instrument used, in the interface language.
    instrument: one instrument only (older callers and tests): its scores alone.
    """

    startConversation = Signal(int)  # case id
    resumeConversation = Signal(int)  # conversation id
    importSelfAssessment = Signal(int)  # case id
    planRequested = Signal(int)  # case id: the plan (versions, printing, then and now)
    back = Signal()

    def __init__(
        self,
        repo: Repository,
        case_id: int,
        *,
        today: Today = None,
        instrument: Instrument | None = None,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_id = case_id
        self._today = today_function(today)
        self.catalogue: Catalogue | Instrument = (
            instrument
            if instrument is not None
            else (catalogue if catalogue is not None else repo.catalogue())
        )
        # The first instrument shown (the first table); set on each reload.
        self.instrument: Instrument | None = instrument
        self.sections: list[Section] = []
        self.extra_scores: list[QWidget] = []
        self.case_file: CaseFile | None = None
        self._retention_policy: RetentionPolicy | None = None  # read on the first fill
        self.latest: Conversation | None = None
        self.setObjectName("CaseOverview")

        self._build()
        self.reload()
        name_qt_parts(self)

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← &Terug naar de lijst"), self)
        self.back_button.setAccessibleName(self.tr("Terug naar de lijst met dossiers"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.resume_button = QPushButton(self.tr("Laatste gesprek &hervatten"), self)
        self.resume_button.setAccessibleName(self.tr("Laatste gesprek hervatten"))
        self.resume_button.setAutoDefault(False)
        self.resume_button.clicked.connect(self._resume)
        self.start_button = QPushButton(self.tr("Nieuw &gesprek starten"), self)
        self.start_button.setAccessibleName(self.tr("Nieuw gesprek starten"))
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(lambda: self.startConversation.emit(self.case_id))
        self.import_button = QPushButton(self.tr("&Zelfbeoordeling inlezen…"), self)
        self.import_button.setAccessibleName(self.tr("Zelfbeoordeling van de inwoner inlezen"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(lambda: self.importSelfAssessment.emit(self.case_id))
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        self.plan_button = QPushButton(self.tr("&Plan en toen en nu"), self)
        self.plan_button.setAccessibleName(self.tr("Plan bekijken, printen, toen en nu"))
        self.plan_button.setAutoDefault(False)
        self.plan_button.clicked.connect(lambda: self.planRequested.emit(self.case_id))
        bar.addWidget(self.plan_button)
        bar.addWidget(self.resume_button)
        bar.addWidget(self.start_button)

        content = QWidget()
        content.setObjectName("overviewContent")
        self.name_label = text_label("", content)
        self.name_label.setObjectName("householdName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.info_label = text_label("", content)
        self.info_label.setObjectName("caseInfo")
        self.evaluation_label = text_label("", content)
        self.evaluation_label.setObjectName("nextEvaluation")
        self.retention_label = text_label("", content)
        self.retention_label.setObjectName("retentionEnd")
        self.mantelzorg_label = text_label("", content)
        self.mantelzorg_label.setObjectName("mantelzorgFlag")

        grid = QGridLayout()
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 6)
        left = QVBoxLayout()
        self.route_box = RouteBox(self.repo, self._today, content)
        self.route_box.changed.connect(self.reload)
        left.addWidget(self._build_wmo(content))
        left.addWidget(self._build_members(content))
        left.addWidget(self._build_conversations(content))
        left.addWidget(self._build_network(content))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._build_scores(content))
        right.addWidget(self._build_goals(content))
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.name_label)
        content_layout.addWidget(self.info_label)
        content_layout.addWidget(self.evaluation_label)
        content_layout.addWidget(self.retention_label)
        content_layout.addWidget(self.mantelzorg_label)
        content_layout.addSpacing(6)
        content_layout.addWidget(self.route_box)
        content_layout.addLayout(grid, 1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        # focusable, so that the page can be scrolled with the arrow and page keys
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(self.tr("Overzicht van het dossier"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        chain: list[QWidget] = [
            self.back_button,
            self.import_button,
            self.resume_button,
            self.start_button,
            self.members_view,
            self.conversations_view,
            self.scores_view,
            self.scroll_area,
            self.network_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_wmo(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Bij de melding"), parent)
        self.wmo_form = QFormLayout(box)
        self.wmo_values: dict[str, QLabel] = {}
        rows = (
            ("plan-offered", self.tr("Gewezen op persoonlijk plan:")),
            ("support-offered", self.tr("Gewezen op cliëntondersteuning:")),
            ("identity", self.tr("Identiteit:")),
        )
        for key, caption in rows:
            value = text_label("", box)
            value.setObjectName(f"wmo-{key}")
            label = QLabel(caption, box)
            label.setBuddy(value)
            self.wmo_form.addRow(label, value)
            self.wmo_values[key] = value
        return box

    def _table(self, parent: QWidget, name: str, headers: list[str]) -> FittedTableView:
        view = FittedTableView(parent)
        view.setAccessibleName(name)
        model = QStandardItemModel(0, len(headers), view)
        model.setHorizontalHeaderLabels(headers)
        view.setModel(model)
        return view

    def _build_members(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Gezinsleden"), parent)
        self.members_view = self._table(
            box, self.tr("Gezinsleden"), [self.tr("Naam"), self.tr("Rol"), self.tr("Geboren")]
        )
        header = self.members_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.members_empty = text_label(self.tr("Nog geen gezinsleden vastgelegd."), box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.members_view)
        layout.addWidget(self.members_empty)
        return box

    def _build_conversations(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Gesprekken"), parent)
        self.conversations_view = self._table(
            box,
            self.tr("Gesprekken, nieuwste eerst"),
            [self.tr("Datum"), self.tr("Soort"), self.tr("Plaats"), self.tr("Tevredenheid")],
        )
        header = self.conversations_view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.conversations_empty = text_label(self.tr("Nog geen gesprekken gevoerd."), box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.conversations_view)
        layout.addWidget(self.conversations_empty)
        return box

    def _build_scores(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Laatste scores van beide kanten"), parent)
        self.scores_view = self._table(
            box,
            self.tr("Laatste scores per leefgebied"),
            [
                self.tr("Leefgebied"),
                self.tr("Inwoner"),
                self.tr("Professional"),
                self.tr("Verschil"),
            ],
        )
        header = self.scores_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.scores_title = text_label("", box)
        self.scores_title.setObjectName("scoresTitle")
        bold = self.scores_title.font()
        bold.setBold(True)
        self.scores_title.setFont(bold)
        self.scores_caption = text_label("", box)
        self.scores_caption.setObjectName("scoresCaption")
        self.scores_empty = text_label(self.tr("Nog geen scores."), box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.scores_title)
        layout.addWidget(self.scores_caption)
        layout.addWidget(self.scores_view)
        layout.addWidget(self.scores_empty)
        # One more table per other instrument used (the ladder, a wellbeing radar, ...).
        self.extra_scores_layout = QVBoxLayout()
        layout.addLayout(self.extra_scores_layout)
        self.scores_box = box
        return box

    def _score_table(self, parent: QWidget, title: str, ladder: bool) -> FittedTableView:
        view = self._table(
            parent,
            self.tr("Laatste scores: {instrument}").format(instrument=title),
            [
                self.tr("Onderwerp") if ladder else self.tr("Leefgebied"),
                self.tr("Inwoner"),
                self.tr("Professional"),
                self.tr("Verschil"),
            ],
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _build_goals(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Open doelen: wie doet wat"), parent)
        self.goals_layout = QVBoxLayout(box)
        self.goal_labels: list[QLabel] = []
        return box

    # -- filling ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again and show it."""
        case_file = self.repo.load_case(self.case_id)
        self.case_file = case_file
        today = self._today()
        self._fill_header(case_file, today)
        self.route_box.show_case(case_file)
        self._fill_wmo(case_file)
        self._fill_members(case_file, today)
        self._fill_conversations(case_file)
        self._fill_scores(case_file)
        self._fill_goals(case_file)
        self._fill_mantelzorg(case_file)

    def _fill_header(self, case_file: CaseFile, today: dt.date) -> None:
        case = case_file.case
        self.name_label.setText(case.household_name)
        info = self.tr("Kenmerk {reference} · Status: {status} · Regisseur: {coordinator}").format(
            reference=case.reference,
            status=status_text(case.status),
            coordinator=case.coordinator or self.tr("niet ingevuld"),
        )
        self.info_label.setText(info)
        plan = current_version(case_file.plans)
        evaluation = plan.evaluation_date if plan is not None else None
        if evaluation is None:
            text = self.tr("Volgende evaluatie: nog niet afgesproken.")
        else:
            days = (evaluation - today).days
            text = self.tr("Volgende evaluatie: {date} ({relative})").format(
                date=format_date(evaluation), relative=relative_days(days)
            )
            if days < 0:
                text = "⚠ " + text
        self.evaluation_label.setText(text)
        # How long the case is kept (core/retention.py, the organisation's years)
        if self._retention_policy is None:
            self._retention_policy = organisation_policy()[0]
        kept = of_case_file(case_file, self._retention_policy, today)
        self.retention_label.setText(retention_line(kept, today))
        self.setWindowTitle(plain_line(case.household_name))

        self.latest = latest_conversation(case_file)
        self.resume_button.setEnabled(self.latest is not None)
        if self.latest is not None:
            description = self.tr("Het gesprek van {date} ({kind})").format(
                date=format_date(self.latest.date), kind=conversation_kind_text(self.latest.kind)
            )
        else:
            description = self.tr("Er is nog geen gesprek om te hervatten.")
        self.resume_button.setToolTip(description)
        self.resume_button.setAccessibleDescription(description)

    def _fill_wmo(self, case_file: CaseFile) -> None:
        case = case_file.case
        values = self.wmo_values
        yes, no = self.tr("ja"), self.tr("nee")
        values["plan-offered"].setText(yes if case.persoonlijk_plan_offered else no)
        values["support-offered"].setText(yes if case.clientondersteuning_offered else no)
        if case.identity_checked:
            document = self._document_text(case.identity_document)
            identity = self.tr("gecontroleerd") + (f" ({document})" if document else "")
        else:
            identity = self.tr("nog niet gecontroleerd")
        values["identity"].setText(identity)

    def _document_text(self, document: IdDocument | None) -> str:
        if document is None:
            return ""
        return {
            IdDocument.PASSPORT: self.tr("paspoort"),
            IdDocument.ID_CARD: self.tr("identiteitskaart"),
            IdDocument.DRIVING_LICENCE: self.tr("rijbewijs"),
            IdDocument.RESIDENCE_PERMIT: self.tr("verblijfsdocument"),
        }[document]

    def _fill_members(self, case_file: CaseFile, today: dt.date) -> None:
        model = self.members_view.model()
        assert isinstance(model, QStandardItemModel)
        model.removeRows(0, model.rowCount())
        for member in case_file.members:
            if member.birth_date is not None:
                born = self.tr("{date} ({age} jaar)").format(
                    date=format_date(member.birth_date, weekday=False),
                    age=age_in_years(member.birth_date, today),
                )
            else:
                born = ""
            model.appendRow(
                [_item(member.name), _item(household_role_text(member.role)), _item(born)]
            )
        self.members_view.setVisible(bool(case_file.members))
        self.members_empty.setVisible(not case_file.members)

    def _fill_conversations(self, case_file: CaseFile) -> None:
        model = self.conversations_view.model()
        assert isinstance(model, QStandardItemModel)
        model.removeRows(0, model.rowCount())
        newest_first = sorted(case_file.conversations, key=lambda c: (c.date, c.id or 0))[::-1]
        for conversation in newest_first:
            wellbeing = "" if conversation.wellbeing is None else f"{conversation.wellbeing} / 10"
            row = [
                _item(format_date(conversation.date)),
                _item(conversation_kind_text(conversation.kind)),
                _item(conversation.place),
                _item(wellbeing),
            ]
            row[0].setData(conversation.id, Qt.ItemDataRole.UserRole)
            if conversation.wellbeing is None:
                row[3].setData(self.tr("niet gevraagd"), Qt.ItemDataRole.AccessibleTextRole)
            model.appendRow(row)
        self.conversations_view.setVisible(bool(case_file.conversations))
        self.conversations_empty.setVisible(not case_file.conversations)

    def _level_text(
        self,
        score: DomainScore | None,
        perspective: Perspective,
        instrument: Instrument | None = None,
    ) -> str:
        """ "3 · Het gaat soms goed, soms niet": the level in the words of its perspective
        (the citizen's own wording of the instrument for the citizen's score), of
        `instrument` (default: the first one shown)."""
        instrument = instrument or self.instrument
        if score is None:
            return ""
        if score.not_discussed:
            return self.tr("niet besproken")
        if score.level is None:
            return ""
        label = ""
        if instrument is not None:
            try:
                level = instrument.scale.level(score.level)
                label = level.citizen_label if perspective is Perspective.CITIZEN else level.label
            except KeyError:
                label = ""
        return f"{score.level} · {label}" if label else str(score.level)

    def _domain_name(self, key: str, instrument: Instrument | None = None) -> str:
        """A domain's name: of `instrument`, else of the instruments shown, in order."""
        found = [instrument] if instrument is not None else []
        found += [s.instrument for s in self.sections]
        for inst in found:
            try:
                return inst.domain(key).name
            except KeyError:
                continue
        return key

    def _goal_instrument(self, goal: Goal) -> Instrument | None:
        """The instrument of a goal's domain (`Goal.instrument`), in the interface language."""
        if goal.instrument and isinstance(self.catalogue, Catalogue):
            try:
                return self.catalogue.resolve(goal.instrument).localised(self.language)
            except InstrumentError:
                return None
        return None

    def _when(self, found: Scored) -> str:
        """Where and when one score was given: "ma 02-11-2026, aan tafel"."""
        source = (
            self.tr("thuis ingevuld")
            if found.source is AssessmentSource.AT_HOME
            else self.tr("aan tafel")
        )
        date = format_date(found.date) if found.date else ""
        return self.tr("{date}, {source}").format(date=date, source=source)

    def _source_text(self, perspective: Perspective, found: list[Scored]) -> str:
        """The caption of one perspective: when and where its scores were given, the
        newest first (scores of several conversations when the latest did not cover
        every domain)."""
        whens: list[str] = []
        for item in sorted(found, key=lambda f: f.date or dt.date.min, reverse=True):
            when = self._when(item)
            if when not in whens:
                whens.append(when)
        members = {f.assessment.member_id for f in found} - {None}
        names = (
            [m.name for m in self.case_file.members if m.id in members] if self.case_file else []
        )
        who = perspective_text(perspective)
        if names:
            who = f"{who} ({', '.join(names)})"
        return self.tr("{who}: {when}").format(who=who, when="; ".join(whens))

    @property
    def language(self) -> str:
        """The interface language ui/app.py chose ("nl" without a translation)."""
        app = QCoreApplication.instance()
        found = app.property("eigenkrachtLanguage") if app is not None else None
        return found if isinstance(found, str) and found else "nl"

    def _section_title(self, section: Section) -> str:
        """The instrument's name, and for whom when it scores one member or each child."""
        name = section.instrument.name
        if section.instrument.scope is not Scope.HOUSEHOLD and section.member_name:
            return self.tr("{instrument}, voor {name}").format(
                instrument=name, name=section.member_name
            )
        return name

    def _fill_scores(self, case_file: CaseFile) -> None:
        """The latest scores per instrument used (core.plan.sections_of: each
        assessment's instrument by its id and version), the first in the main table."""
        for widget in self.extra_scores:
            self.extra_scores_layout.removeWidget(widget)
            widget.deleteLater()
        self.extra_scores = []
        latest = self._latest_conversation(case_file)
        self.sections = sections_of(
            case_file, self.catalogue, language=self.language, conversation=latest
        )
        first, *rest = self.sections
        self.instrument = first.instrument
        shown = [
            (s, t)
            for s in rest
            if (t := latest_scores(case_file, s.instrument.id, member=s.member_id))
        ]
        titled = bool(shown) or first.member_id is not None
        self.scores_title.setText(self._section_title(first))
        self.scores_title.setVisible(titled)
        self._fill_table(self.scores_view, self.scores_caption, case_file, first)
        for section, _table in shown:
            ladder = len(section.instrument.domains) == 1
            title = self._section_title(section)
            heading = text_label(title, self.scores_box)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            caption = text_label("", self.scores_box)
            view = self._score_table(self.scores_box, title, ladder)
            for widget in (heading, caption, view):
                self.extra_scores_layout.addWidget(widget)
                self.extra_scores.append(widget)
            self._fill_table(view, caption, case_file, section)
        self.scores_empty.setVisible(False)

    @staticmethod
    def _latest_conversation(case_file: CaseFile) -> Conversation | None:
        return latest_conversation(case_file)

    def _fill_table(
        self, view: FittedTableView, caption: QLabel, case_file: CaseFile, section: Section
    ) -> None:
        instrument = section.instrument
        model = view.model()
        assert isinstance(model, QStandardItemModel)
        model.removeRows(0, model.rowCount())
        latest = latest_scores(case_file, instrument.id, member=section.member_id)
        citizen = of_perspective(latest, Perspective.CITIZEN)
        professional = of_perspective(latest, Perspective.PROFESSIONAL)
        keys: list[str] = list(instrument.domain_keys())
        keys += [k for k in latest if k not in keys]
        big = big_difference(instrument)
        one = len(instrument.domains) == 1  # a ladder: its one row is no life domain
        model.setHeaderData(
            0,
            Qt.Orientation.Horizontal,
            self.tr("Onderwerp") if one else self.tr("Leefgebied"),
        )
        for key in keys:
            found = (citizen.get(key), professional.get(key))
            c_score, p_score = (f.score if f is not None else None for f in found)
            c_level = c_score.level if c_score and not c_score.not_discussed else None
            p_level = p_score.level if p_score and not p_score.not_discussed else None
            difference, sentence = difference_text(c_level, p_level, big)
            row = [
                _item(self._domain_name(key, instrument)),
                _item(self._level_text(c_score, Perspective.CITIZEN, instrument)),
                _item(self._level_text(p_score, Perspective.PROFESSIONAL, instrument)),
                _item(difference, tooltip=False),
            ]
            row[0].setData(key, Qt.ItemDataRole.UserRole)
            for item, given in zip(row[1:3], found, strict=True):
                if not item.text():
                    item.setData(self.tr("geen score"), Qt.ItemDataRole.AccessibleTextRole)
                elif given is not None:
                    item.setToolTip(plain_tooltip(f"{item.text()} ({self._when(given)})"))
            if sentence:
                row[3].setToolTip(sentence)
                row[3].setData(sentence, Qt.ItemDataRole.AccessibleTextRole)
            if c_level is not None and p_level is not None and abs(c_level - p_level) >= big:
                row[3].setBackground(QBrush(SOON_BACKGROUND))
                row[3].setForeground(QBrush(SOON_FOREGROUND))
            model.appendRow(row)
        captions = [
            self._source_text(perspective, list(column.values()))
            for perspective, column in (
                (Perspective.CITIZEN, citizen),
                (Perspective.PROFESSIONAL, professional),
            )
            if column
        ]
        caption.setText(" · ".join(captions) if captions else self.tr("Nog geen scores."))
        view.setVisible(bool(latest))
        caption.setVisible(True)

    def _fill_goals(self, case_file: CaseFile) -> None:
        for label in self.goal_labels:
            self.goals_layout.removeWidget(label)
            label.deleteLater()
        self.goal_labels = []
        open_goals = [
            g for g in case_file.goals if g.status in (GoalStatus.OPEN, GoalStatus.PARTLY)
        ]
        if not open_goals:
            self._add_goal_label(self.tr("Geen open doelen."), bold=False)
            return
        people = {p.id: p.name for p in case_file.network}
        for goal in open_goals:
            self._add_goal_label(self._goal_text(goal), bold=True)
            if goal.measure:
                self._add_goal_label(
                    self.tr("Zo weten we het: {measure}").format(measure=goal.measure),
                    indent=True,
                )
            actions = sorted(goal.actions, key=lambda a: (a.actor_kind.order, a.id or 0))
            if not actions:
                self._add_goal_label(self.tr("Nog geen afspraken."), indent=True)
            for action in actions:
                who = actor_kind_text(action.actor_kind)
                name = (
                    people.get(action.network_person_id, "")
                    if action.network_person_id is not None
                    else action.actor_name or action.maatwerk_kind
                )
                if name:
                    who = f"{who} · {name}"
                parts = [f"• {who}: {action.what}"]
                if action.due_date is not None:
                    parts.append(
                        self.tr("vóór {date}").format(
                            date=format_date(action.due_date, weekday=False)
                        )
                    )
                elif action.ongoing:
                    parts.append(self.tr("doorlopend"))
                parts.append(action_status_text(action.status))
                self._add_goal_label(" — ".join(parts), indent=True)

    def _goal_text(self, goal: Goal) -> str:
        text = self.tr("{domain}: {text}").format(
            domain=self._domain_name(goal.domain, self._goal_instrument(goal)), text=goal.text
        )
        if goal.due_date is not None:
            text += " " + self.tr("(vóór {date})").format(
                date=format_date(goal.due_date, weekday=False)
            )
        if goal.status is not GoalStatus.OPEN:
            text += f" — {goal_status_text(goal.status)}"
        return text

    def _add_goal_label(self, text: str, *, bold: bool = False, indent: bool = False) -> None:
        label = text_label(text, self.goals_layout.parentWidget())
        label.setObjectName("goalLine")
        if bold:
            if self.goal_labels:
                label.setContentsMargins(0, label.fontMetrics().height() // 2, 0, 0)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        if indent:
            label.setIndent(label.fontMetrics().horizontalAdvance("MM"))
        self.goals_layout.addWidget(label)
        self.goal_labels.append(label)

    # -- actions ------------------------------------------------------------------

    def _resume(self) -> None:
        if self.latest is not None and self.latest.id is not None:
            self.resumeConversation.emit(self.latest.id)

    # -- the own network (issue #4) -------------------------------------------------

    def _build_network(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Netwerk"), parent)
        self.network_summary = text_label("", box)
        self.network_summary.setObjectName("networkSummary")
        self.network_button = QPushButton(self.tr("&Netwerk toen en nu…"), box)
        self.network_button.setAccessibleName(self.tr("Netwerk toen en nu vergelijken"))
        self.network_button.setAutoDefault(False)
        self.network_button.clicked.connect(self.compare_network)
        self.network_dialog: QWidget | None = None
        layout = QVBoxLayout(box)
        layout.addWidget(self.network_summary)
        layout.addWidget(self.network_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _fill_mantelzorg(self, case_file: CaseFile) -> None:
        """Flag a mantelzorger who is overburdened or needs support (Wmo 2.3.2 lid 4d)."""
        from eigenkracht.core.network import network_on, overburdened_carers
        from eigenkracht.core.privacy import display_name, pseudonyms

        carers = overburdened_carers(network_on(case_file.network, None))
        hide = case_file.case.pseudonymise
        table = pseudonyms(case_file.network) if hide else {}
        names = [
            display_name(p, hide, table) + ("" if hide or not p.role else f" ({p.role})")
            for p in carers
        ]
        text = (
            self.tr(
                "⚠ Mantelzorg: {names} is overbelast of heeft steun nodig. "
                "Bespreek steun voor de mantelzorger."
            ).format(names=", ".join(names))
            if names
            else ""
        )
        self.mantelzorg_label.setText(text)
        self.mantelzorg_label.setAccessibleName(text)
        self.mantelzorg_label.setStyleSheet(
            attention_style(self.mantelzorg_label.objectName(), False) if text else ""
        )
        self.mantelzorg_label.setVisible(bool(text))
        now = network_on(case_file.network, None)
        helping = sum(1 for p in now if any(h.kind.value == "nu" for h in p.helps))
        self.network_summary.setText(
            self.tr("{count} mensen in het netwerk, van wie {helping} nu helpen.").format(
                count=len(now), helping=helping
            )
            if now
            else self.tr("Nog niemand in het netwerk.")
        )
        self.network_button.setEnabled(bool(case_file.network))

    def compare_network(self) -> QWidget:
        """Show the network at two moments side by side (then and now)."""
        from eigenkracht.ui.network.compare import NetworkCompareDialog

        if self.network_dialog is not None:
            self.network_dialog.close()
        dialog = NetworkCompareDialog(self.repo, self.case_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "network_dialog", None))
        self.network_dialog = dialog
        dialog.show()
        return dialog


__all__ = ["CaseOverview", "difference_text"]
