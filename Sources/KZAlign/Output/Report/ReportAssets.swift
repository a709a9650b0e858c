import Foundation

/// The report's fixed stylesheet and script. Neither contains corpus text:
/// the page is rendered server-side with every corpus string escaped, and the
/// script only shows and hides rows (it reads `textContent`, never writes HTML).
enum ReportAssets {
    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --card: #fff; --accent: #2f5d8a;
            --name: #fde68a; --term: #c7e8d4; --num: #dbe4ff; --match: #b45309; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", Arial, sans-serif;
           color: var(--ink); background: var(--bg); }
    header { background: #17324d; color: #fff; padding: 18px 32px 14px; }
    header h1 { margin: 0; font-size: 22px; font-weight: 600; letter-spacing: .2px; }
    header p { margin: 4px 0 0; color: #c9d6e3; font-size: 13px; }
    nav { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 0 32px; }
    nav a { display: inline-block; padding: 10px 14px; color: var(--accent); text-decoration: none; font-weight: 500; }
    nav a:hover { background: var(--bg); }
    main { padding: 8px 32px 40px; max-width: 1400px; }
    section { margin-top: 22px; }
    h2 { font-size: 18px; margin: 0 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 15px; margin: 18px 0 8px; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 120px; }
    .card b { display: block; font-size: 24px; font-weight: 600; }
    .card span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .5px; }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 14px; }
    .panel { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
    .panel h3 { margin-top: 0; }
    svg.chart { font-size: 12px; fill: var(--ink); display: block; }
    svg.chart .value { fill: var(--muted); }
    table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); }
    th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
    th { background: #eef2f6; font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .4px; color: #3e4c59; }
    tr:nth-child(even) td { background: #fbfcfd; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .id { color: var(--muted); font-size: 12px; font-family: "DejaVu Sans Mono", monospace; }
    .badge { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 11px; background: #e8eef5; color: #334e68; }
    .badge.person { background: #e0e8ff; } .badge.place { background: #dcf2e3; } .badge.org { background: #fbe8d3; }
    .variant { display: inline-block; margin: 1px 4px 1px 0; padding: 0 6px; border: 1px solid var(--line); border-radius: 4px; background: #fff; white-space: nowrap; }
    .variant small { color: var(--muted); }
    .controls { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 6px 0 10px; }
    .controls input[type=search] { padding: 6px 10px; border: 1px solid #cbd2d9; border-radius: 4px; min-width: 260px; font: inherit; }
    .controls select, .controls input { font: inherit; }
    .controls .count { color: var(--muted); font-size: 12px; }
    .side { width: 40%; }
    td.evidence { min-width: 170px; }
    .score { font-weight: 600; }
    .evidence { color: var(--muted); font-size: 12px; }
    mark { border-radius: 3px; padding: 0 1px; color: inherit; }
    mark.name { background: #fff4c2; } mark.term { background: #e3f4ea; } mark.number { background: #e5ebff; }
    mark.match { box-shadow: inset 0 -2px 0 var(--match); }
    mark.name.match { background: var(--name); } mark.term.match { background: var(--term); } mark.number.match { background: var(--num); }
    .legend mark { margin-right: 8px; }
    .note { color: var(--muted); font-size: 12px; }
    .hidden { display: none; }
    footer { color: var(--muted); font-size: 12px; padding: 0 32px 24px; }
    """

    static let script = """
    (function () {
      "use strict";
      function text(el) { return (el.textContent || "").toLowerCase(); }
      function bind(ids, apply) {
        ids.forEach(function (id) {
          var el = document.getElementById(id);
          if (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); }
        });
        apply();
      }
      function setCount(id, shown, total) {
        var el = document.getElementById(id);
        if (el) { el.textContent = shown + " of " + total + " shown"; }
      }
      function rows(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }

      var nameRows = rows("#names-table tbody tr");
      bind(["names-search", "names-type"], function () {
        var q = document.getElementById("names-search").value.trim().toLowerCase();
        var type = document.getElementById("names-type").value;
        var shown = 0;
        nameRows.forEach(function (row) {
          var ok = (!q || text(row).indexOf(q) >= 0) && (!type || row.getAttribute("data-type") === type);
          row.classList.toggle("hidden", !ok);
          if (ok) { shown++; }
        });
        setCount("names-count", shown, nameRows.length);
      });

      var linkRows = rows(".pair tbody tr");
      var pairs = rows(".pair");
      bind(["links-search", "links-pair", "links-score"], function () {
        var q = document.getElementById("links-search").value.trim().toLowerCase();
        var pair = document.getElementById("links-pair").value;
        var minimum = parseFloat(document.getElementById("links-score").value) || 0;
        document.getElementById("links-score-value").textContent = minimum.toFixed(2);
        var shown = 0;
        linkRows.forEach(function (row) {
          var section = row.closest(".pair");
          var ok = (!pair || section.getAttribute("data-pair") === pair) &&
                   parseFloat(row.getAttribute("data-score")) >= minimum &&
                   (!q || text(row).indexOf(q) >= 0);
          row.classList.toggle("hidden", !ok);
          if (ok) { shown++; }
        });
        pairs.forEach(function (section) {
          var visible = section.querySelectorAll("tbody tr:not(.hidden)").length;
          section.classList.toggle("hidden", visible === 0);
        });
        setCount("links-count", shown, linkRows.length);
      });

      var documentRows = rows("#documents-table tbody tr");
      bind(["documents-search"], function () {
        var q = document.getElementById("documents-search").value.trim().toLowerCase();
        var shown = 0;
        documentRows.forEach(function (row) {
          var ok = !q || text(row).indexOf(q) >= 0;
          row.classList.toggle("hidden", !ok);
          if (ok) { shown++; }
        });
        setCount("documents-count", shown, documentRows.length);
      });
      document.documentElement.setAttribute("data-report-ready", "1");
    })();
    """

    /// `'sha256-…'` source expression for the Content-Security-Policy (CSP Level 2, "hash-source").
    static var scriptHashSource: String {
        "'sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString() + "'"
    }

    /// Only the report's own script may run, nothing may be fetched: defence in depth behind the escaping.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src \(scriptHashSource); base-uri 'none'; form-action 'none'"
    }
}
