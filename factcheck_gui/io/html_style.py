"""The HTML report's inline style sheet: screen and print. No url(), no @import."""

CSS = """
table.figures { border-collapse: collapse; }
table.figures th { text-align: left; font-weight: normal; padding: .1rem 1.2rem .1rem 0; }
table.figures td { font-variant-numeric: tabular-nums; }
:root { --ink: #1b1d21; --muted: #5d636e; --rule: #e3e5ea; --paper: #ffffff;
  --wash: #f6f7f9; --accent: #2f5d8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main, .report-head { max-width: 52rem; margin: 0 auto; padding: 0 1.5rem; }
.report-head { padding-top: 2.5rem; padding-bottom: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .2rem 0 .3rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: .2rem 0 .4rem; }
h3 { font-size: 1.05rem; margin: 1.8rem 0 .6rem; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); }
.kicker { margin: 0; font-size: .78rem; font-weight: 600; letter-spacing: .08em;
  text-transform: uppercase; color: var(--accent); }
.meta { margin: .15rem 0; color: var(--muted); font-size: .92rem; }
.meta.small { font-size: .8rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
section.summary, section.article, nav.toc { background: var(--paper); border: 1px solid var(--rule);
  border-radius: 10px; padding: 1.4rem 1.6rem; margin: 0 0 1.6rem; }
.totals { margin: .2rem 0 1rem; }
table.bars { width: 100%; border-collapse: separate; border-spacing: .7rem .35rem;
  margin: 0 -.7rem; font-size: .92rem; table-layout: fixed; }
.bar-label { width: 11rem; text-align: right; font-weight: 400; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
td.track { background: var(--wash); border-radius: 4px; height: 1.05rem; padding: 0;
  border: 1px solid var(--rule); }
.fill { display: block; height: 1.05rem; background: var(--c); min-width: 3px;
  border-radius: 3px 0 0 3px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar-n { width: 3rem; font-variant-numeric: tabular-nums; color: var(--muted); }
ol.toc { margin: .3rem 0 0; padding-left: 1.6rem; }
ol.toc li { margin: .25rem 0; }
.toc-n { color: var(--muted); font-size: .85rem; margin-left: .4rem; white-space: nowrap; }
.statuses { color: var(--muted); font-size: .88rem; margin: 1rem 0 0; }
.text { font-family: Georgia, "Times New Roman", "Noto Serif", serif; font-size: 1.06rem;
  line-height: 1.75; white-space: pre-wrap; overflow-wrap: break-word; margin-top: 1.2rem;
  padding-top: 1rem; border-top: 1px solid var(--rule); }
mark.hl { background: color-mix(in srgb, var(--c) 22%, transparent); color: inherit;
  border-bottom: 2px solid var(--c); border-radius: 2px; padding: 0 1px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.hl.ov { background: color-mix(in srgb, var(--c) 40%, transparent);
  border-bottom-style: double; border-bottom-width: 4px; }
sup.ref { font: 700 .68rem/1 system-ui, sans-serif; margin: 0 1px; }
sup.ref a { text-decoration: none; background: var(--ink); color: #fff; border-radius: 8px;
  padding: 1px 4px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ol.claims { list-style: none; padding: 0; margin: 0; }
li.claim { border-top: 1px solid var(--rule); padding: 1.1rem 0 .6rem; }
li.claim:first-child { border-top: 0; padding-top: .2rem; }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
.num { display: inline-grid; place-items: center; min-width: 1.6rem; height: 1.6rem;
  border-radius: 50%; background: var(--ink); color: #fff; font-weight: 700; font-size: .85rem;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge { background: var(--c); color: var(--ink); font-weight: 700; font-size: .85rem;
  padding: .15rem .65rem; border-radius: 999px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge.none { background: transparent; color: var(--muted); border: 1px dashed var(--muted); }
.status { font-size: .8rem; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 999px; padding: .1rem .55rem; }
.fn { font-size: .8rem; text-decoration: none; }
blockquote.quote { margin: .7rem 0; padding: .1rem 0 .1rem 1rem;
  border-left: 3px solid var(--rule); font-family: Georgia, "Noto Serif", serif;
  font-style: italic; white-space: pre-wrap; }
.lbl { display: inline-block; min-width: 6.2rem; font-size: .78rem; font-weight: 600;
  text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.claim-text, .claimant { margin: .3rem 0; }
.rationale p { margin: .5rem 0; }
.warn { color: #8a4b00; background: #fff4e0; border-radius: 6px; padding: .3rem .6rem;
  font-size: .88rem; }
ol.sources { list-style: none; margin: .6rem 0 .3rem; padding: 0; font-size: .9rem; }
ol.sources li { margin: .25rem 0; padding-left: 2.2rem; text-indent: -2.2rem; }
.fn-n { display: inline-block; min-width: 2rem; text-indent: 0; color: var(--muted);
  font-variant-numeric: tabular-nums; }
.src-meta, .src-url { color: var(--muted); }
.src-url { font-size: .8rem; overflow-wrap: anywhere; }
.src-note { color: var(--muted); font-style: italic; }
.stance { font-size: .75rem; border-radius: 4px; padding: 0 .35rem; border: 1px solid; }
.stance-supports { color: #1f6f54; } .stance-refutes { color: #a12f3b; }
.stance-context { color: #5d636e; }
.dead-link { color: var(--muted); overflow-wrap: anywhere; }
.corrections { margin: .6rem 0 .2rem; padding: .4rem .7rem; border-left: 3px solid #b5651d;
  background: #fdf3e7; font-size: .88rem; }
.corrections p { margin: 0 0 .2rem; font-weight: 600; color: #7a3e00; }
.corrections ul, ul.all-corrections { margin: 0; padding-left: 1.2rem; }
.corrected { font-size: .75rem; font-weight: 600; color: #7a3e00; border: 1px solid #b5651d;
  border-radius: 4px; padding: 0 .35rem; }
section.corrections-list { margin-top: 2rem; }
.byline { color: var(--muted); font-size: .78rem; margin: .5rem 0 0; }
.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.empty { color: var(--muted); }
@media print {
  @page { margin: 18mm 16mm; }
  body { background: #fff; font-size: 10.5pt; }
  main, .report-head { max-width: none; padding: 0; }
  section.summary, section.article, nav.toc { border: 0; padding: 0; margin: 0 0 1.2rem; }
  section.article + section.article { break-before: page; }
  li.claim, .bar, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  ol.sources a[href]::after { content: " <" attr(href) ">"; color: #5d636e;
    font-size: .85em; }
  ol.sources .src-url { display: none; }
  sup.ref a { color: #fff; }
}
"""
