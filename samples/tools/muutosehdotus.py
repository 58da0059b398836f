#!/usr/bin/env python3
"""Turns LibreOffice's flat-ODT export of terveys-ja-turvallisuus into the amendment draft.

  muutosehdotus.py IN.fodt OUT.fodt

Adds ODF tracked changes (text:tracked-changes with change regions), the way LibreOffice stores
them when "Record changes" is on:
  ct1  deletion  of the whole "19 § Johtajaylilääkäri ja vastaava lääkäri" (heading and momentit);
  ct2  insertion of a new "28 a § Ensihoitopalvelu" (heading and one momentti);
  ct3  insertion of " ja alueen kunnille" inside the last momentti of 34 §.
The subtitle is changed without tracking, as a drafter would. LibreOffice then writes these as
w:del / w:ins when converting to .docx.
"""
import re
import sys

AUTHOR = "Hallintopalvelut / lakimies"
SUBTITLE_OLD = "Aluehallituksen esitys aluevaltuustolle 14.9.2026 – voimaan 1.1.2027"
SUBTITLE_NEW = "Muutosehdotus 3.11.2026 (muutokset merkitty muutosten seurannalla)"
DELETED_HEADING = "19 § Johtajaylilääkäri ja vastaava lääkäri"
NEXT_AFTER_DELETED = "20 § Sosiaalijohtaja"
INSERT_BEFORE_HEADING = "29 § Toimialajohtajien tehtävät"
INSERTED_HEADING = "28 a § Ensihoitopalvelu"
INSERTED_TEXT = (
    "Pelastuslaitos tuottaa hyvinvointialueen ensihoitopalvelun Terveys ja turvallisuus "
    "-lautakunnan päättämän ensihoidon palvelutasopäätöksen mukaisesti. Pelastusjohtaja vastaa "
    "ensihoitopalvelun tuottamisesta pelastuslaitoksessa yhteistyössä päivystyksen kanssa."
)
SENTENCE = "Aluehallitus raportoi neuvottelujen tuloksista aluevaltuustolle"
INSERTED_WORDS = " ja alueen kunnille"


def fail(message):
    sys.exit(f"muutosehdotus.py: {message}")


def change_info(date):
    return (f"<office:change-info><dc:creator>{AUTHOR}</dc:creator>"
            f"<dc:date>{date}</dc:date></office:change-info>")


def heading_span(body, title):
    """The start and end offsets of the single <text:h> whose text contains title."""
    matches = [m for m in re.finditer(r"<text:h\b[^>]*>.*?</text:h>", body, re.S) if title in m.group(0)]
    if len(matches) != 1:
        fail(f"expected one heading '{title}', found {len(matches)}")
    return matches[0].start(), matches[0].end()


def after_open_tag(body, start):
    return body.index(">", start) + 1


def replace_once(text, old, new):
    if text.count(old) != 1:
        fail(f"expected exactly one '{old[:60]}', found {text.count(old)}")
    return text.replace(old, new)


def main(source, target):
    with open(source, encoding="utf-8") as f:
        doc = f.read()
    doc = doc.replace("<text:soft-page-break/>", "")
    if SUBTITLE_OLD not in doc:
        fail("subtitle not found")
    doc = doc.replace(SUBTITLE_OLD, SUBTITLE_NEW)  # the body paragraph and the document properties

    # ct3: in-paragraph insertion.
    doc = replace_once(doc, SENTENCE + ".", SENTENCE + '<text:change-start text:change-id="ct3"/>'
                       + INSERTED_WORDS + '<text:change-end text:change-id="ct3"/>.')

    # ct1: the deleted section moves into its change region; a marker stays at the start of 20 §.
    start, _ = heading_span(doc, DELETED_HEADING)
    next_start, _ = heading_span(doc, NEXT_AFTER_DELETED)
    deleted = re.sub(r"<text:bookmark-(start|end)[^>]*/>", "", doc[start:next_start])
    deleted += '<text:p text:style-name="Text_20_body"/>'
    marker_at = after_open_tag(doc, next_start)
    doc = (doc[:start] + doc[next_start:marker_at] + '<text:change text:change-id="ct1"/>'
           + doc[marker_at:])

    # ct2: the inserted section runs up to the start of 29 §, so its last paragraph mark is inserted too.
    at, _ = heading_span(doc, INSERT_BEFORE_HEADING)
    inserted = ('<text:h text:style-name="Heading_20_2" text:outline-level="2">'
                '<text:change-start text:change-id="ct2"/>' + INSERTED_HEADING + "</text:h>"
                '<text:p text:style-name="First_20_paragraph">' + INSERTED_TEXT + "</text:p>")
    open_end = after_open_tag(doc, at)
    doc = (doc[:at] + inserted + doc[at:open_end] + '<text:change-end text:change-id="ct2"/>'
           + doc[open_end:])

    regions = (
        '<text:tracked-changes text:track-changes="true">'
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
        + change_info("2026-11-03T09:12:00") + deleted + "</text:deletion></text:changed-region>"
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>'
        + change_info("2026-11-03T09:20:00") + "</text:insertion></text:changed-region>"
        '<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion>'
        + change_info("2026-11-03T09:31:00") + "</text:insertion></text:changed-region>"
        "</text:tracked-changes>"
    )
    body_open = re.search(r"<office:text\b[^>]*>(\s*<office:forms\b[^>]*/>)?", doc)
    if body_open is None or "<text:tracked-changes" in doc:
        fail("unexpected flat ODT: no <office:text> or tracked changes already present")
    doc = doc[:body_open.end()] + regions + doc[body_open.end():]

    with open(target, "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
