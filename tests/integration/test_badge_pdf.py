"""Badge PDFs and PNGs from real fonts, read back with poppler (pdfinfo, pdftotext) and zxing-cpp.

The longest realistic names must fit their boxes: every word pdftotext finds lies inside a
text box of the template, and every word of every field is there (nothing clipped or lost).
"""

import json
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np
import pytest
import zxingcpp

from checkin.badges.render import (
    Badge,
    ensure_gui,
    font_for,
    layout_badge,
    measure_for,
    render_pdf,
    render_png,
)
from checkin.badges.template import load_template, template_names
from checkin.cli import main
from checkin.errors import UserError

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)"),
]
MM = 72 / 25.4
EVENT = "Den norske helsekonferansen 2026 – Trondheim"
LONG = [
    Badge("Karoline Margrethe", "Sørensen-Bjørkhaug Aaslund",
          "Helse Nord-Trøndelag HF, Klinikk for psykisk helsevern og rusbehandling",
          "Foredragsholder", "Fulltid", "CK1:ABCDEFGHJK:MFRGGZDFMZTWQ2LKNNWG23TPOBY", EVENT, "K"),
    Badge("Máret Ánne", "Ŋuolláš Čuđe Šŧiiž-Ántte", "Sámediggi – Sametinget, Kárášjohka",
          "Arrangør", "", "SAMI-0042", EVENT, "SAMI-0042"),
    Badge("Åse", "Ødegård", "", "Deltaker", "", "T1", "Helsekonferansen", "T1"),
    Badge("Bjørn-Åge Tormod", "Kristoffersen Strømsnæs-Hjørungdal",
          "Oslo universitetssykehus HF, Avdeling for smittevern og infeksjonsmedisin",
          "Helsefagarbeider og tillitsvalgt", "", "T4", EVENT, "T4"),
]  # fmt: skip


def media_box(pdf):
    out = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True).stdout
    x0, y0, x1, y1 = map(float, re.search(r"MediaBox:\s+(.*)", out).group(1).split())
    pages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    return x1 - x0, y1 - y0, pages


def words_by_page(pdf):
    """Return [(page, word, xmin, ymin, xmax, ymax)] in pt from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    found = []
    for number, page in enumerate(html.split("<page ")[1:]):
        for match in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
        ):
            x0, y0, x1, y1 = map(float, match.groups()[:4])
            found.append((number, match.group(5), x0, y0, x1, y1))
    return found


def text_boxes(template):
    boxes = [b.box for b in template.blocks]
    if template.band is not None:
        boxes.append(template.band.box)
    return boxes


def inside(word, boxes, corner, tolerance=0.6):
    _, _, x0, y0, x1, y1 = word
    for box in boxes:
        left, top = (corner[0] + box.x) * MM, (corner[1] + box.y) * MM
        right, bottom = left + box.width * MM, top + box.height * MM
        if (
            x0 >= left - tolerance
            and x1 <= right + tolerance
            and y0 >= top - 1.5
            and y1 <= bottom + 1.5
        ):
            return True
    return False


def decode(image_bgr):
    return [result.text for result in zxingcpp.read_barcodes(image_bgr)]


def test_badge_pdf_has_the_badge_size_and_the_names_as_text(tmp_path):
    pdf = tmp_path / "badges.pdf"
    render_pdf(LONG, load_template("90x55"), pdf)
    width, height, pages = media_box(pdf)
    assert abs(width - 90 * MM) <= 1 and abs(height - 55 * MM) <= 1
    assert pages == len(LONG)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())  # fmt: skip
    for word in (
        "Ødegård",
        "Åse",
        "Sørensen-",
        "Bjørkhaug",
        "Ŋuolláš",
        "Čuđe",
        "Šŧiiž-",
        "Kárášjohka",
    ):
        assert word in text


@pytest.mark.parametrize("name", sorted(template_names()))
def test_longest_names_fit_inside_the_template_boxes(tmp_path, name):
    template = load_template(name)
    pdf = tmp_path / f"{name}.pdf"
    render_pdf(LONG, template, pdf)
    slots = template.slots()
    words = words_by_page(pdf)
    assert words
    for word in words:
        index = word[0] * len(slots)
        corners = [slots[i] for i in range(len(slots)) if index + i < len(LONG)]
        assert any(inside(word, text_boxes(template), c) for c in corners), (name, word)
    page_text = unicodedata.normalize("NFKC", "".join(w[1] for w in words))  # ﬀ ligatures
    for badge in LONG:
        for field in (badge.first_name, badge.last_name, badge.organisation):
            assert "".join(field.split()) in page_text or field == "", (name, field)


def test_qt_measured_lines_are_never_wider_than_their_box():
    ensure_gui()
    for name in template_names():
        template = load_template(name)
        widths = {(b.box.x, b.box.width) for b in template.blocks}
        measure = measure_for(template.font)
        for badge in LONG:
            for line in layout_badge(badge, template):
                assert (line.x, line.width) in widths
                assert measure.width(line.text, line.size_pt, line.bold) <= line.width + 1e-6


@pytest.mark.parametrize("name", sorted(template_names()))
def test_qr_in_png_decodes_to_the_payload(name):
    template = load_template(name)
    for badge in (LONG[0], LONG[1]):
        png = render_png(badge, template, dpi=150)
        image = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
        assert decode(image) == [badge.qr_payload], name


def test_qr_in_pdf_decodes_at_300_dpi(tmp_path):
    pdf = tmp_path / "one.pdf"
    render_pdf([LONG[0]], load_template("90x55"), pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    assert decode(cv2.imread(str(tmp_path / "p.png"))) == [LONG[0].qr_payload]


def test_sheet_template_puts_ten_badges_on_each_a4_page(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    render_pdf(LONG * 6 + LONG[:1], load_template("a4-10up"), pdf)  # 25 badges
    width, height, pages = media_box(pdf)
    assert (round(width), round(height), pages) == (595, 842, 3)


def test_bundled_font_has_every_norwegian_and_sami_letter():
    ensure_gui()
    from PySide6.QtGui import QFontMetricsF

    for bold in (False, True):
        metrics = QFontMetricsF(font_for("DejaVu Sans", 10, bold))
        missing = [c for c in "æøåÆØÅáÁčČđĐŋŊšŠŧŦžŽ" if not metrics.inFontUcs4(ord(c))]
        assert missing == []


def test_painting_in_threads_gives_the_same_png_as_the_main_thread():
    template = load_template("90x55")
    expected = [render_png(badge, template) for badge in LONG]
    with ThreadPoolExecutor(max_workers=2) as pool:
        produced = list(pool.map(lambda b: render_png(b, template), LONG * 2))
    assert produced == expected * 2


class Cancelled:
    def set(self, fraction, text=""):
        self.last = fraction

    def cancelled(self):
        return True


def test_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(UserError, match="Cancelled"):
        render_pdf(LONG * 10, load_template("90x55"), out, Cancelled())
    assert list(tmp_path.iterdir()) == []


def test_bad_output_and_empty_list_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="No badges"):
        render_pdf([], load_template("90x55"), tmp_path / "x.pdf")
    with pytest.raises(UserError, match=r"There is no folder .*missing-folder"):
        render_pdf(LONG, load_template("90x55"), tmp_path / "missing-folder" / "x.pdf")


@pytest.fixture
def event(tmp_path, capsys):
    db = tmp_path / "event.sqlite"
    assert main(["new", "--db", str(db), "--name", "Helsekonferansen", "--days", "2026-06-01"]) == 0
    source = tmp_path / "deltakere.csv"
    source.write_text(
        "Billettnummer;Fornavn;Etternavn;Organisasjon;Kategori;Status\n"
        "T1;Åse;Ødegård;Haukeland;Deltaker;Betalt\n"
        "T2;Karoline Margrethe;Sørensen-Bjørkhaug Aaslund;Helse Nord;Foredragsholder;Betalt\n"
        "T3;Per;Avlyst;Firma AS;Industri;Kansellert\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def test_cli_badge_all_and_by_code(event, tmp_path, capsys):
    out = tmp_path / "alle.pdf"
    assert main(["badge", "--all", "--db", str(event), "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result == {"out": str(out), "badges": 2, "pages": 2, "template": "90x55"}  # not T3
    assert media_box(out)[2] == 2
    one = tmp_path / "en.pdf"
    assert main(["badge", "T1", "--db", str(event), "--out", str(one), "--template", "a6"]) == 0
    assert abs(media_box(one)[0] - 105 * MM) <= 1


def test_cli_badge_refuses_unknown_codes_and_bad_usage(event, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["badge", "T1", "NOPE", "--db", str(event), "--out", str(out)]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert main(["badge", "T1", "--all", "--db", str(event), "--out", str(out)]) == 2
    assert main(["badge", "T1", "--db", str(event), "--out", str(out), "--template", "x"]) == 2
    assert "known: " in capsys.readouterr().err
    assert not out.exists()
