"""What a coach tells the matcher about a client: spider web, focus, wishes, place, needs."""

from dataclasses import dataclass, field

from matcher.vocab import ACCESSIBILITY


@dataclass(frozen=True)
class Requirements:
    """Hard requirements: no result may break one. Empty or False means 'no requirement'."""

    accessibility: tuple[str, ...] = ()  # venue codes, e.g. ("wheelchair",)
    free_only: bool = False
    max_cost_eur_per_month: float | None = None
    languages: tuple[str, ...] = ()
    days: tuple[str, ...] = ()
    parts_of_day: tuple[str, ...] = ()
    delivery: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> "Requirements":
        return cls(
            accessibility=tuple(c for c in ACCESSIBILITY if data.get(c)),
            free_only=bool(data.get("free_only")),
            max_cost_eur_per_month=data.get("max_cost_eur_per_month"),
            languages=tuple(data.get("languages") or ()),
            days=tuple(data.get("days") or ()),
            parts_of_day=tuple(data.get("parts_of_day") or ()),
            delivery=tuple(data.get("delivery") or ()),
        )

    def stated(self) -> list[str]:
        """Names of the requirements the coach stated (for the anonymous log)."""
        out = list(self.accessibility)
        if self.free_only:
            out.append("free")
        if self.max_cost_eur_per_month is not None:
            out.append("cost")
        for name in ("languages", "days", "parts_of_day", "delivery"):
            if getattr(self, name):
                out.append(
                    {
                        "languages": "language",
                        "days": "days",
                        "parts_of_day": "part_of_day",
                        "delivery": "delivery",
                    }[name]
                )
        return out


@dataclass(frozen=True)
class ClientProfile:
    spider_web: dict[str, float]  # dimension -> 0..10
    latitude: float
    longitude: float
    focus: tuple[str, ...] = ()
    wishes: str = ""
    max_distance_km: float = 5.0
    requirements: Requirements = field(default_factory=Requirements)
    age: int | None = None
    limit: int = 10
