package dev.scrutiny.render;

import java.util.Set;

/** The report's stylesheet, inlined so the file has no external assets. */
final class Style {

  private Style() {}

  /** Layers with a hand-picked look; others get {@link #fallbackColour}. */
  static final Set<String> KNOWN_LAYERS =
      Set.of("entities", "places", "times", "claims", "techniques", "checks", "markers");

  /** A stable pastel colour for a layer nobody styled yet. */
  static String fallbackColour(String layer) {
    int h = Math.floorMod(layer.hashCode(), 360);
    return "hsl(" + h + " 70% 85%)";
  }

  static final String CSS = """
      :root{--ink:#1d232b;--muted:#6b7380;--line:#dde1e6;--bg:#fbfbfa;--accent:#1f5fbf}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
      section{max-width:1080px;margin:0 auto;padding:24px 28px}
      h1{font-size:26px;margin:0 0 4px}h2{font-size:22px;margin:6px 0 4px}h3{font-size:16px;margin:18px 0 6px;display:inline}
      a{color:var(--accent)}
      .muted{color:var(--muted)}.warn{color:#a15c00;font-weight:600}
      .lede{color:var(--muted);margin-top:0}
      table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 10px;background:#fff}
      th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
      th{background:#f1f3f5;font-weight:600}
      td.off{white-space:nowrap;color:var(--muted);font-variant-numeric:tabular-nums}
      .count{white-space:nowrap}
      .meta{color:var(--muted);margin:0 0 6px}.counts{font-size:13px;color:var(--muted);margin:0 0 12px}
      .nav{margin:0 0 8px;font-size:13px}
      .page{display:none;border-top:1px solid var(--line)}
      .page:target{display:block}
      .page:has(:target){display:block}
      body:has(.page:target) .index,body:has(.page :target) .index{display:none}
      .anchor{scroll-margin-top:80px}
      .anchor:target + mark{outline:2px solid var(--accent);outline-offset:1px}
      .reader{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 20px;margin:12px 0}
      .legend{font-size:13px;margin-bottom:8px;padding-bottom:8px;border-bottom:1px dashed var(--line)}
      .legend label{cursor:pointer;margin-right:10px;white-space:nowrap;user-select:none}
      .tg{position:absolute;opacity:0;pointer-events:none}
      .sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px;border:1px solid #0002}
      .text p{margin:0 0 12px;font-size:16px;line-height:1.7;font-family:Georgia,"Noto Serif",serif}
      mark{background:none;color:inherit;padding:0 1px;border-radius:2px}
      mark.L-entities{background:#dbe8ff}.sw-entities{background:#dbe8ff}
      mark.L-entities.V-PERSON{background:#d4e4ff}mark.L-entities.V-ORGANIZATION{background:#eadcff}
      mark.L-entities.V-LOCATION{background:#d6f5dc}mark.L-entities.V-NORP{background:#ffe6cc}mark.L-entities.V-MISC{background:#ececec}
      mark.L-places{box-shadow:inset 0 -2px 0 #2e9d4f}.sw-places{background:#2e9d4f}
      mark.L-times{box-shadow:inset 0 -2px 0 #0f8b8d;background:#e0f6f6}.sw-times{background:#9fdede}
      mark.L-claims{border-bottom:2px dotted #b08900}.sw-claims{background:#f4d35e}
      mark.L-techniques{background:#ffd9d9}.sw-techniques{background:#ffb3b3}
      mark.L-markers{text-decoration:underline wavy #d9480f;text-underline-offset:3px}.sw-markers{background:#d9480f}
      mark.L-checks{text-decoration:underline wavy #c92a2a;text-decoration-thickness:2px;text-underline-offset:4px}.sw-checks{background:#c92a2a}
      details.layer{margin:4px 0}
      details.layer summary{cursor:pointer}
      .tag{display:inline-block;font-size:12px;background:#eef1f4;border-radius:3px;padding:0 5px;font-family:ui-monospace,monospace}
      .panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;margin:12px 0}
      .failures code,.diagnostics code{font-size:12.5px}
      .map-row{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}.map-row table{flex:1;min-width:420px}
      .map svg{border:1px solid var(--line);border-radius:6px;background:#eef4f8;max-width:100%;height:auto}
      .conv-ru-style{background:#ffe3e3}.conv-uk-style{background:#dbe8ff}.conv-neutral{background:#eef1f4}
      .overview{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
      .genre{font-weight:700;text-transform:uppercase;font-size:12.5px;letter-spacing:.04em;padding:2px 8px;border-radius:4px;background:#1d232b;color:#fff}
      .genre-opinion{background:#8f3b76}.genre-reporting{background:#1f5fbf}.genre-satire{background:#b35c00}
      .bar{display:inline-block;width:60px;height:7px;background:#eef1f4;border-radius:4px;vertical-align:middle;overflow:hidden}
      .bar span{display:block;height:100%;background:#1f5fbf}
      .side{margin:8px 0 2px;font-weight:600}.side-ru{color:#b02a37}.side-ua{color:#1f5fbf}
      .speaker{margin:6px 0 2px}.claim{margin:2px 0 6px 14px;font-size:14px}
      .loaded{color:#b02a37;font-weight:600}
      .sev-ERROR{color:#c92a2a;font-weight:700}.sev-WARNING{color:#b35c00;font-weight:700}.sev-INFO{color:#1f5fbf}
      .para{display:grid;grid-template-columns:minmax(0,1fr) 230px;gap:16px}
      .para.noflags{display:block}
      .flags{font-size:12.5px;line-height:1.4}
      .flag{display:block;border-left:3px solid #c92a2a;background:#fff5f5;padding:3px 6px;margin:0 0 6px;border-radius:2px;color:inherit;text-decoration:none}
      .flag.sev-WARNING{border-color:#e8590c;background:#fff4e6}.flag.sev-INFO{border-color:#1f5fbf;background:#eef4ff}
      .flag b{font-size:11px;letter-spacing:.03em}
      footer{max-width:1080px;margin:0 auto;padding:16px 28px 40px;color:var(--muted);font-size:12px}
      """;
}
