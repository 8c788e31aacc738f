package dev.scrutiny.stories;

/** The stories report's stylesheet, inlined so the file has no external assets. */
final class StoryStyle {

  private StoryStyle() {}

  static final String BASE = """
      :root{--ink:#1d232b;--muted:#6b7380;--line:#dde1e6;--bg:#fbfbfa;--accent:#1f5fbf}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
      section{max-width:1400px;margin:0 auto;padding:20px 28px}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:22px 0 8px}h3{font-size:15px;margin:2px 0 6px}
      a{color:var(--accent)}.muted{color:var(--muted)}.warn{color:#b3261e;font-weight:600}.lede{color:var(--muted);margin-top:0}
      table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 10px;background:#fff}
      th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
      th{background:#f1f3f5;font-weight:600}td.off{white-space:nowrap;color:var(--muted)}
      .page{display:none}.page:target{display:block}body:has(.page:target) .index{display:none}
      """;

  /** The story components, usable inside another site's pages. */
  static final String COMPONENTS = """
      .muted{color:#6b7380}.warn{color:#b3261e;font-weight:600}
      .bar meter{width:70px;height:10px;margin-right:6px;vertical-align:middle}
      .chip{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;background:#eef0f3;margin:1px}
      .chip.ru{background:#fde2e1}.chip.ua{background:#dfeafc}
      .story-page .lede{color:#6b7380;margin-top:0}
      .nav{font-size:13px;margin:0 0 8px}
      .timeline-wrap{overflow-x:auto}
      table.timeline{border-collapse:separate;border-spacing:10px 8px;width:100%;background:none;margin:0 -10px;table-layout:fixed}
      .timeline th.outlet{font-weight:700;border-bottom:2px solid #1d232b;padding:4px 2px;background:none;width:270px;text-align:left}
      .sections a{margin-right:12px}
      .timeline td{border:0;padding:0;vertical-align:top}.timeline td.empty{background:none}
      .timeline td.account{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 10px;font-size:13.5px}
      .account .when{margin:0;color:#6b7380;font-size:12px}.text p{margin:0 0 6px}
      mark{padding:0 1px;border-radius:2px}mark.contra{background:#ffd6d3;outline:1px solid #e0645a}
      mark.update{background:#fff0c2}mark.agree{background:#d9f2dd}
      .statement{border-top:1px solid #dde1e6;padding:6px 0}
      .versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:10px}
      .version{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:6px 10px;font-size:13.5px}
      .version blockquote{margin:4px 0;padding-left:8px;border-left:3px solid #dde1e6}
      .outlet-name{margin:0;font-weight:600}.cue{font-family:ui-monospace,monospace}.cue.loaded{color:#b3261e}
      .omitted{margin:2px 0;color:#a15c00;font-size:12.5px}
      .finding{border-left:4px solid #dde1e6;padding:4px 12px;margin:8px 0;background:#fff}
      .finding.contra{border-color:#e0645a}.finding.update{border-color:#e3b341}.finding.agree{border-color:#4caf68}
      .finding p{margin:2px 0 6px}.pair{display:grid;grid-template-columns:1fr 1fr;gap:10px}
      .pair blockquote{margin:0;font-size:13.5px;padding:6px 8px;background:#f6f7f8;border-radius:4px}
      .src{display:block;font-weight:600;font-size:12px;color:#6b7380}
      """;

  /** The whole stylesheet of the self-contained stories file. */
  static final String CSS = BASE + COMPONENTS;
}
