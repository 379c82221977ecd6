"""manage.py train_tagger [--min-articles N] [--activate] [--folds K] [--label TEXT] [--out FILE] [--no-progress]

Trains a tagger model on the editors' decisions so far (see provenance.services.learning),
cross-validates it on held-out articles next to the rules alone, stores it as a TaggerModel
and prints its figures. It goes live only with --activate (or from the admin's Tagger models
page); then `manage.py retag --stale` re-tags every article with it, keeping all editor work.
Exit codes: 0 trained; 1 too few decisions to train; 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from provenance.services.learning import NotEnoughDecisions, train_tagger

STAGES = {"prepare": "reading decisions", "cross-validate": "cross-validating", "features": "final model",
          "fit cues": "final model", "fit sources": "final model"}


class Command(BaseCommand):
    help = "Train the tagger on the desk's decisions (confirmed, corrected, rejected and added attributions)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--min-articles", type=int, default=20,
                            help="refuse to train on fewer reviewed articles (default 20)")
        parser.add_argument("--activate", action="store_true", help="make the new model the active one")
        parser.add_argument("--folds", type=int, default=4, help="cross-validation folds, by article (default 4)")
        parser.add_argument("--label", default="", help="a name for the model (shown in the admin)")
        parser.add_argument("--out", metavar="FILE", help="also write the model file here")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args: object, **options: object) -> None:
        if int(options["min_articles"]) < 2:  # type: ignore[arg-type]
            raise CommandError("--min-articles must be at least 2 (cross-validation holds articles out)", returncode=2)
        if int(options["folds"]) < 2:  # type: ignore[arg-type]
            raise CommandError("--folds must be at least 2", returncode=2)
        bar = None if options["no_progress"] else tqdm(total=0, file=sys.stderr, unit="step", leave=False)
        stage = {"name": ""}

        def progress(name: str, done: int, total: int) -> None:
            if bar is None:
                return
            label = STAGES.get(name, name)
            if label != stage["name"]:
                stage["name"] = label
                bar.reset(total=total)
                bar.set_description(label)
            bar.total = total
            bar.n = done
            bar.refresh()

        try:
            model = train_tagger(
                min_articles=int(options["min_articles"]),  # type: ignore[arg-type]
                activate=bool(options["activate"]),
                folds=int(options["folds"]),  # type: ignore[arg-type]
                label=str(options["label"]),
                progress=progress,
            )
        except NotEnoughDecisions as exc:
            raise CommandError(str(exc), returncode=1) from None
        finally:
            if bar is not None:
                bar.close()
        if options["out"]:
            Path(str(options["out"])).write_bytes(bytes(model.file))
        self.stdout.write(self.summary(model))

    @staticmethod
    def summary(model) -> str:  # noqa: ANN001
        f = model.figures
        lines = [
            f"{model}: trained on {model.articles} articles, {model.claims} reviewed claims, "
            f"{model.decisions} decisions ({model.size_bytes / 1e6:.1f} MB, sha256 {model.file_sha256[:12]})",
            f"cross-validated on {f['folds']} folds of held-out articles; thresholds "
            + ", ".join(f"{k.removesuffix('_threshold')} {v}" for k, v in f["thresholds"].items()),
            f"{'':16} {'model P':>8} {'R':>6} {'F1':>6}   {'rules P':>8} {'R':>6} {'F1':>6}",
        ]
        keys = ["source", "cue"] + sorted(k for k in set(f["cv"]) | set(f["rules_cv"]) if ":" in k and k.startswith("source"))
        for key in keys:
            m, r = f["cv"].get(key, {}), f["rules_cv"].get(key, {})
            lines.append(f"{key:16} {m.get('p', 0):8.3f} {m.get('r', 0):6.3f} {m.get('f1', 0):6.3f}   "
                         f"{r.get('p', 0):8.3f} {r.get('r', 0):6.3f} {r.get('f1', 0):6.3f}")
        lines.append("active: yes" if model.active else
                     "active: no (activate it in the admin's Tagger models page, or train with --activate)")
        return "\n".join(lines) + "\n"
