"""Small reusable widgets: date fields that may stay empty, fitted tables, labels."""

from eigenkracht.ui.widgets.accessibility import name_qt_parts
from eigenkracht.ui.widgets.dates import (
    NO_DATE,
    NullableDateEdit,
    OptionalDateEdit,
    age_in_years,
    days_ago,
    format_date,
    pydate,
    qdate,
    relative_days,
)
from eigenkracht.ui.widgets.plain import (
    LongTextDelegate,
    plain,
    plain_label,
    plain_line,
    plain_message,
    plain_tooltip,
    unlimited,
)
from eigenkracht.ui.widgets.views import (
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    SOON_BACKGROUND,
    SOON_FOREGROUND,
    FittedTableView,
    MessageLabel,
    PlainLabel,
    attention_style,
    text_label,
)

__all__ = [
    "NO_DATE",
    "OVERDUE_BACKGROUND",
    "OVERDUE_FOREGROUND",
    "SOON_BACKGROUND",
    "SOON_FOREGROUND",
    "FittedTableView",
    "LongTextDelegate",
    "MessageLabel",
    "NullableDateEdit",
    "OptionalDateEdit",
    "PlainLabel",
    "age_in_years",
    "attention_style",
    "days_ago",
    "format_date",
    "name_qt_parts",
    "plain",
    "plain_label",
    "plain_line",
    "plain_message",
    "plain_tooltip",
    "pydate",
    "qdate",
    "relative_days",
    "text_label",
    "unlimited",
]
