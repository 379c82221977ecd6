"""Plain dataclasses of the engine output; ``Document.to_dict()`` is the JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class SourceSpan:
    start: int
    end: int
    text: str
    type: str
    canonical: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "canonical": self.canonical}


@dataclass(slots=True)
class CueSpan:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Attribution:
    source: SourceSpan | None
    cue: CueSpan
    role: str = "source"
    confidence: float = 0.5
    reason: str = ""

    def to_dict(self) -> dict:
        return {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "role": self.role,
            "confidence": round(self.confidence, 2),
            "reason": self.reason,
        }


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    kind: str = "claim"
    status: str = "unattributed"
    attributions: list[Attribution] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "status": self.status,
            "attributions": [a.to_dict() for a in self.attributions],
            "flags": list(self.flags),
        }


@dataclass(slots=True)
class Document:
    engine_version: str
    segments: list[Segment] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"engine_version": self.engine_version, "segments": [s.to_dict() for s in self.segments]}
