import json, random
from common import OUT, write_labels
stem = "426_fiftyseventh_handwritten_action_sheet_ocr_api_json"
random.seed(426)
page1 = [
 ("WESTMOOR SEND PARTNERSHIP", False, 0.995), ("ACTION SHEET", False, 0.998),
 ("Meeting:", False, 0.99), ("EHCP audit moderation (multi agency)", True, 0.87),
 ("Date:", False, 0.99), ("26/1/27", True, 0.91),
 ("Chair:", False, 0.99), ("Mary Walker", True, 0.94),
 ("Note taker:", False, 0.99), ("D. Lowe", True, 0.88),
 ("Apologies:", False, 0.99), ("Claire D, Priya Mistry, Tom E (late - joined item 3)", True, 0.79),
 ("No.", False, 0.99), ("Action", False, 0.99), ("Who", False, 0.99), ("By when", False, 0.99), ("Done?", False, 0.99),
 ("c/f from Nov sheet: LP data sample for audit - DONE", True, 0.81), ("\u2713", True, 0.6),
 ("1", True, 0.97), ("Re-audit the 4 plans graded 'inadeqnate' (sect F + 6)", True, 0.74), ("DL + EPs", True, 0.86), ("2G/2", True, 0.58),
 ("2", True, 0.97), ("Send health advice templates to Yusof for ICB sign off", True, 0.82), ("GA", True, 0.95), ("Fr1", True, 0.55),
 ("3", True, 0.97), ("Chase social care advice for the 3 plans w/ no sect H1", True, 0.8), ("MW -7 ask James W", True, 0.69), ("12/2", True, 0.9),
 ("4", True, 0.97), ("Add audit findings to Feb brd paper (18/2)", True, 0.83), ("LP", True, 0.96), ("18/2", True, 0.92),
 ("5", True, 0.97), ("Book parent/YP reviewers for March audit - Tom/Kerry", True, 0.77), ("TE", True, 0.93), ("19/2", True, 0.9),
 ("6", True, 0.97), ("Voice of child template - Sarah K (partic.) to draft", True, 0.76), ("SK", True, 0.94), ("end Feb", True, 0.88),
 ("7", True, 0.97), ("Circulate grading rubric", True, 0.85), ("done in mtg \u2713", True, 0.71),
 ("8", True, 0.97), ("Training for case officers on outcomes writing ?? - discuss w/ James first - not agreed", True, 0.66), ("?", True, 0.5),
 ("Next mtg 23/3 10am Rm 4", True, 0.84),
 ("Please return completed sheet to Ruth Hill, Partnership Business Support, by end of day.", False, 0.99),
 ("Form PB-07 (rev 2025)", False, 0.99), ("Page 1 of 2", False, 0.99),
]
page2 = [
 ("NOTES (continued)", True, 0.9),
 ("12 plans audited - 2 good, 6 RI, 4 inadeqnate", True, 0.78),
 ("Sect F vague in 9/12 - 'access to' / 'support as needed' - not specific or quantified", True, 0.72),
 ("Health advice missing or not reflected in 3 plans (2 x paeds, 1 x OT)", True, 0.8),
 ("Voice of child/YP weak or copied from adviser reports in 5", True, 0.74),
 ("Outcomes not SMART - mostly 'will make progress in ...'", True, 0.7),
 ("Sect H1 blank in 3 - social care said no involvement but 2 of them have CIN plans!!", True, 0.73),
 ("James W already agreed extra EP sessions for re-audits - done at SMT 19/1", True, 0.77),
 ("DfE said at regional mtg they will update the national QA tool in spring - wait for that", True, 0.68),
 ("(not our action - DfE)", True, 0.7),
 ("Grace: SALT advice now on new template since Jan - OK", True, 0.75),
 ("Mary - grading moderated: 1 plan moved RI -> good after discussion", True, 0.71),
 ("Tom asked if parents see the gradings - Mary: not individual plans, themes yes", True, 0.69),
 ("Form PB-07 (rev 2025)", False, 0.99), ("Page 2 of 2", False, 0.99),
]

def build(pages):
    content_parts, out_pages, styles, offset = [], [], [], 0
    for n, lines in enumerate(pages, start=1):
        y = 0.6
        plines = []
        for text, hw, conf in lines:
            x = 0.5 + random.random() * 0.4
            w = min(7.2, 0.09 * len(text) + random.random() * 0.2)
            h = 0.22 if hw else 0.16
            poly = [round(v, 4) for v in (x, y, x + w, y + 0.01, x + w, y + h, x, y + h - 0.01)]
            plines.append({"content": text, "polygon": poly, "spans": [{"offset": offset, "length": len(text)}]})
            if hw:
                styles.append({"confidence": conf, "spans": [{"offset": offset, "length": len(text)}], "isHandwritten": True})
            content_parts.append(text)
            offset += len(text) + 1
            y += h + 0.08 + random.random() * 0.1
        out_pages.append({"pageNumber": n, "angle": round(-1.37 + random.random(), 4), "width": 8.2639, "height": 11.6806,
                          "unit": "inch", "spans": [{"offset": 0, "length": offset}], "lines": plines})
    return "\n".join(content_parts), out_pages, styles

content, pages, styles = build([page1, page2])
doc = {"status": "succeeded", "createdDateTime": "2027-01-27T09:14:02Z", "lastUpdatedDateTime": "2027-01-27T09:14:06Z",
       "analyzeResult": {"apiVersion": "2024-11-30", "modelId": "prebuilt-read", "stringIndexType": "utf16CodeUnit",
                         "content": content, "pages": pages, "styles": styles,
                         "contentFormat": "text"},
       "_source": {"file": "SCAN_MFD-2F_20270127_091158.pdf", "device": "Ricoh IM C3000 (County Hall 2nd floor)", "sentTo": "ruth.hill@westmoor.gov.uk"}}
(OUT / f"{stem}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")

write_labels(stem, "2027-01-26",
 "The JSON result of a cloud OCR 'read' model (Azure-Document-Intelligence-style: analyzeResult.content plus pages[].lines[] with polygons, styles[] flagging handwriting with confidences) for a scanned two-page pre-printed ACTION SHEET filled in by hand at the multi-agency EHCP audit moderation meeting on Tuesday 26 January 2027 (scanned next morning on the 2nd-floor copier). Table cells come out as separate lines in reading order (No., action, who, by when), OCR errors in the handwriting: 'inadeqnate', 'sect F + 6', 'Yusof', '-7' for an arrow, '2G/2' for 26/2, 'Fr1' for Fri. Traps: a carried-forward Nov item marked DONE, row 7 'done in mtg', row 8 'not agreed' with owner '?', the printed form instruction to return the sheet to Ruth Hill, the apologies list, the next meeting date, and page 2 notes (James W's EP sessions already agreed at SMT, DfE's own QA tool update 'not our action', Tom's question answered). Labels: DL + EPs (David Lowe) '2G/2' read as 26/2 = Friday 2027-02-26; GA 'Fr1' = Friday 2027-01-29; MW (Mary Walker, the chair) chases, asking James W, by 12/2; LP '(18/2)' Feb board; TE (Tom Evans) 19/2; SK (Sarah Khan, participation officer - 'partic.') 'end Feb' = last working day Friday 2027-02-26 (28 Feb is a Sunday). Keys copy the OCR text as it stands, errors included.",
 [("Re-audit the 4 plans graded 'inadeqnate'", "DL + EPs", "David Lowe", "2027-02-26"),
  ("Send health advice templates to Yusof for ICB", "GA", "Grace Adeyemi", "2027-01-29"),
  ("Chase social care advice for the 3 plans", "MW", "Mary Walker", "2027-02-12"),
  ("Add audit findings to Feb brd paper", "LP", "Liam Porter", "2027-02-18"),
  ("Book parent/YP reviewers for March audit", "TE", "Tom Evans", "2027-02-19"),
  ("Voice of child template - Sarah K", "SK", "Sarah Khan", "2027-02-26")])
