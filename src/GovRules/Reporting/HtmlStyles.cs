namespace GovRules.Reporting;

/// <summary>The HTML report's inline stylesheet, screen and print; no external assets.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --error: #b3261e; --warning: #8a5a00; --info: #0b5c8a; --pass: #1e6b34; --muted: #5f6368; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45;
               color: #1f1f1f; background: #fff; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; overflow-wrap: anywhere; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        .meta { color: var(--muted); margin: 0; }
        .summary { font-weight: 600; font-size: 1.05rem; padding: .5rem .75rem; background: #f3f4f6; border-left: 4px solid #888; }
        .summary.has-errors { border-left-color: var(--error); }
        .finding { border: 1px solid #ddd; border-left: 5px solid var(--info); border-radius: 4px; padding: .5rem .8rem; margin: .5rem 0; }
        .finding.error { border-left-color: var(--error); }
        .finding.warning { border-left-color: var(--warning); }
        .finding p { margin: .2rem 0; }
        .severity { font-weight: 700; font-size: .8rem; letter-spacing: .04em; padding: .05rem .4rem; border-radius: 3px; color: #fff; background: var(--info); }
        .error .severity { background: var(--error); }
        .warning .severity { background: var(--warning); }
        .rule-id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85rem; color: var(--muted); margin: 0 .4rem; }
        .message { font-weight: 600; }
        .label { color: var(--muted); }
        table.coverage { border-collapse: collapse; width: 100%; font-size: .9rem; }
        table.coverage th, table.coverage td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        table.coverage th { background: #f3f4f6; }
        td.outcome-pass { color: var(--pass); font-weight: 600; }
        td.outcome-fail { color: var(--error); font-weight: 600; }
        td.outcome-error { color: var(--warning); font-weight: 600; }
        td.outcome-not-applicable { color: var(--muted); }
        a { color: #0b57d0; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-before: page; }
          h2:first-of-type { break-before: auto; }
          .finding, tr { break-inside: avoid; }
          .severity { border: 1px solid #000; color: #000; background: none !important; }
          a { color: inherit; text-decoration: none; }
          a[href]::after { content: " (" attr(href) ")"; font-size: 8.5pt; color: #444; word-break: break-all; }
        }
        """;
}
