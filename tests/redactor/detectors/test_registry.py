"""The detector registry: one detector per module, unique names, config toggles, honest docs."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import redactor.detectors
from redactor.detectors.base import Detector, enabled_detectors, load_config, register, registered
from redactor.types import BASES

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "docs" / "detectors.md"
TESTS = Path(__file__).resolve().parent
MODULES = sorted(m.name for m in pkgutil.iter_modules(redactor.detectors.__path__) if m.name != "base")
NAMES = sorted(registered())


def _own_detectors(module_name: str) -> list[type[Detector]]:
    mod = importlib.import_module(f"redactor.detectors.{module_name}")
    return [
        cls for _, cls in inspect.getmembers(mod, inspect.isclass)
        if issubclass(cls, Detector) and cls.__module__ == mod.__name__ and registered().get(cls.name) is cls
    ]


@pytest.mark.parametrize("module_name", MODULES)
def test_every_module_registers_exactly_one_detector_named_like_the_file(module_name: str) -> None:
    own = _own_detectors(module_name)
    assert len(own) == 1, f"redactor/detectors/{module_name}.py registers {[c.__name__ for c in own]}"
    assert own[0].name == module_name


def test_names_are_unique_and_every_module_is_registered() -> None:
    classes = list(registered().values())
    assert len({c.name for c in classes}) == len(classes)
    assert len(set(classes)) == len(classes)
    assert NAMES == MODULES


def test_register_refuses_a_second_detector_with_the_same_name() -> None:
    class Impostor(Detector):
        name = "phone"

    class Nameless(Detector):
        pass

    with pytest.raises(ValueError, match="registered twice"):
        register(Impostor)
    with pytest.raises(ValueError, match="no name"):
        register(Nameless)
    assert registered()["phone"] is not Impostor
    # registering the same class again is harmless (modules may be imported twice)
    phone = registered()["phone"]
    assert register(phone) is phone


@pytest.mark.parametrize("name", NAMES)
def test_detector_metadata(name: str) -> None:
    cls = registered()[name]
    assert re.fullmatch(r"[A-Z_]+", cls.label), cls.label
    assert cls.basis in BASES
    assert cls.description.strip()


@pytest.mark.parametrize("name", NAMES)
def test_every_detector_has_its_own_test_table(name: str) -> None:
    assert (TESTS / f"test_{name}.py").is_file()


# -- detectors.toml ---------------------------------------------------------------


def test_config_names_only_registered_detectors() -> None:
    assert set(load_config().get("detectors", {})) <= set(NAMES)


def test_default_config_enables_all() -> None:
    assert sorted(d.name for d in enabled_detectors()) == NAMES


def test_overrides_switch_detectors_on_and_off() -> None:
    on = {d.name for d in enabled_detectors(overrides={"ner": True, "phone": False})}
    assert "ner" in on and "phone" not in on
    assert on == (set(NAMES) - {"phone"})
    # an override for one detector leaves the config's word on the others
    assert "ner" in {d.name for d in enabled_detectors(overrides={"phone": True})}


def test_a_config_file_toggles_detectors(tmp_path: Path) -> None:
    cfg = tmp_path / "detectors.toml"
    cfg.write_text("[detectors.email]\nenabled = false\n\n[detectors.ner]\nenabled = true\n", encoding="utf-8")
    assert tomllib.loads(cfg.read_text(encoding="utf-8"))["detectors"]["email"]["enabled"] is False
    names = {d.name for d in enabled_detectors(config=cfg)}
    assert "email" not in names and "ner" in names
    assert {d.name for d in enabled_detectors(config=cfg, overrides={"email": True})} >= {"email"}


def test_enabled_detectors_are_fresh_instances() -> None:
    a, b = enabled_detectors(), enabled_detectors()
    assert all(isinstance(d, Detector) for d in a)
    assert all(x is not y for x, y in zip(a, b, strict=True))


def test_loading_the_registry_stays_light() -> None:
    # Conventions rule 3: name lists, province lists and models load lazily.
    code = (
        "import sys\n"
        "from redactor.detectors.base import enabled_detectors\n"
        "enabled_detectors()\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('pythainlp', 'torch', 'transformers')]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == "[]"


# -- docs (datasette style: what is registered is documented) --------------------------


def _doc_rows() -> dict[str, str]:
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([a-z_]+)`\s*\|", line)
        if m:
            rows[m.group(1)] = line
    return rows


@pytest.mark.parametrize("name", NAMES)
def test_every_registered_detector_is_documented(name: str) -> None:
    rows = _doc_rows()
    assert name in rows, f"{name} has no row in docs/detectors.md"
    cls = registered()[name]
    cells = [c.strip() for c in rows[name].strip("|").split("|")]
    assert f"`{cls.label}`" in cells[1], f"docs/detectors.md gives {name} the wrong label"
    assert cls.basis in cells[2], f"docs/detectors.md gives {name} the wrong basis"


def test_docs_list_no_detector_that_does_not_exist() -> None:
    assert set(_doc_rows()) <= set(NAMES)
