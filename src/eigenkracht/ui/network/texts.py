"""Translated words for the network: sectors, rings, relationships, help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.model import HelpDirection, HelpKind, Quality, Ring, Sector


def _tr(text: str) -> str:
    return QCoreApplication.translate("Network", text)


def sector_text(sector: Sector) -> str:
    return {
        Sector.FAMILY: _tr("Familie"),
        Sector.FRIENDS: _tr("Vrienden en buren"),
        Sector.WORK: _tr("Werk, school en clubs"),
        Sector.PROFESSIONAL: _tr("Professionals en organisaties"),
    }[sector]


def ring_text(ring: Ring) -> str:
    return {
        Ring.INTIMATE: _tr("1 heel dichtbij"),
        Ring.FRIEND: _tr("2 dichtbij"),
        Ring.ACQUAINTANCE: _tr("3 kennissen"),
        Ring.SERVICE: _tr("4 diensten"),
    }[ring]


def quality_text(quality: Quality) -> str:
    return {
        Quality.STRONG: _tr("sterke band"),
        Quality.WEAK: _tr("zwakke band"),
        Quality.STRESSFUL: _tr("band die zwaar is"),
    }[quality]


def direction_text(direction: HelpDirection) -> str:
    return {
        HelpDirection.GIVES: _tr("helpt het gezin"),
        HelpDirection.RECEIVES: _tr("krijgt hulp van het gezin"),
        HelpDirection.BOTH: _tr("helpen elkaar"),
        HelpDirection.NONE: _tr("geen hulp"),
    }[direction]


def help_kind_text(kind: HelpKind) -> str:
    return {HelpKind.NOW: _tr("helpt nu"), HelpKind.COULD: _tr("kan helpen")}[kind]


def role_suggestions() -> list[str]:
    return [
        _tr("partner"),
        _tr("dochter"),
        _tr("zoon"),
        _tr("moeder"),
        _tr("vader"),
        _tr("zus"),
        _tr("broer"),
        _tr("kleinkind"),
        _tr("vriendin"),
        _tr("vriend"),
        _tr("buurvrouw"),
        _tr("buurman"),
        _tr("collega"),
        _tr("vrijwilliger"),
        _tr("huisarts"),
        _tr("wijkverpleegkundige"),
        _tr("begeleider"),
        _tr("leerkracht"),
    ]


__all__ = [
    "direction_text",
    "help_kind_text",
    "quality_text",
    "ring_text",
    "role_suggestions",
    "sector_text",
]
