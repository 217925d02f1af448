/// The frame every HTML page shares: a self-contained document with inline CSS, a
/// Content-Security-Policy that forbids any network access, and print rules for A4.
enum HTMLPage {
    /// A complete document. `title` is plain text (escaped here); `body` is HTML already escaped
    /// by its builder; `script`, when given, is our own inline script (never input-derived).
    static func document(title: String, body: String, script: String? = nil) -> String {
        let scriptPolicy = script == nil ? "'none'" : "'unsafe-inline'"
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            img-src data:; script-src \(scriptPolicy)">
            <meta name="generator" content="hipbalance">
            <title>\(Escape.html(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(body)
            """
        if let script { page += "<script>\n\(script)\n</script>\n" }
        page += "</body>\n</html>\n"
        return page
    }

    /// A `<span>` badge for a risk band.
    static func badge(_ text: String, band: String) -> String {
        "<span class=\"badge \(band)\">\(Escape.html(text))</span>"
    }

    static let css = """
        :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#2f6fd0;
        --low:#1a7f37;--moderate:#9a6700;--high:#bc4c00;--very-high:#cf222e;--none:#6e7781}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
        "Helvetica Neue",Arial,sans-serif}
        main{max-width:980px;margin:0 auto;padding:20px 16px 40px}
        main.wide{max-width:1240px}
        h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .1rem;overflow-wrap:anywhere}
        h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
        h3{font-size:1rem;margin:1.2rem 0 .4rem}
        p{margin:.4rem 0}
        a{color:var(--accent)}
        code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);\
        padding:.1em .35em;border-radius:4px;overflow-wrap:anywhere}
        .eyebrow{color:var(--muted);font-size:.85rem;letter-spacing:.04em;text-transform:uppercase;margin:0}
        .meta{color:var(--muted);margin:0;overflow-wrap:anywhere}
        .badge{display:inline-block;padding:.2em .7em;border-radius:999px;color:#fff;font-weight:650;\
        white-space:nowrap;background:var(--none)}
        .badge.band-low{background:var(--low)}.badge.band-moderate{background:var(--moderate)}
        .badge.band-high{background:var(--high)}.badge.band-very-high{background:var(--very-high)}
        .verdict{margin-top:14px;border:1px solid var(--line);border-radius:12px;padding:16px;\
        border-left:8px solid var(--none)}
        .verdict.band-low{border-left-color:var(--low)}.verdict.band-moderate{border-left-color:var(--moderate)}
        .verdict.band-high{border-left-color:var(--high)}.verdict.band-very-high{border-left-color:var(--very-high)}
        .verdict .badge{font-size:1.05rem}
        .figures{display:flex;flex-wrap:wrap;gap:10px 28px;align-items:flex-end;margin:.2rem 0 .6rem}
        .figure .label{display:block;color:var(--muted);font-size:.8rem}
        .figure .value{font-size:1.7rem;font-weight:700;line-height:1.1}
        .figure .value small{font-size:.9rem;font-weight:500;color:var(--muted)}
        .provisional{display:inline-block;margin-left:.3rem;padding:0 .45em;border:1px dashed var(--moderate);\
        color:var(--moderate);border-radius:6px;font-size:.8rem;font-weight:600;vertical-align:middle}
        .reasons{margin:.4rem 0 0;padding-left:1.4rem}
        .reasons li{margin:.15rem 0}
        .callout{margin:.7rem 0 0;padding:.55rem .8rem;border-radius:8px;background:var(--soft)}
        .callout.warn{background:#fff1e5;border:1px solid #f5c99b}
        .notice{margin:14px 0 0;padding:.6rem .85rem;border-radius:8px;background:#ddf4ff;border:1px solid #a6d4fa;\
        font-size:.92rem}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,340px),1fr));gap:16px}
        figure.chart{margin:0;border:1px solid var(--line);border-radius:10px;padding:10px 10px 6px;break-inside:avoid}
        figure.chart figcaption{font-weight:600;margin:0 0 4px}
        figure.chart svg{display:block;width:100%;max-width:640px;height:auto;margin:0 auto}
        .legend{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 14px;font-size:.8rem;\
        color:var(--muted)}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px;\
        background:var(--c)}
        .swatch.line{height:3px;vertical-align:3px}
        .swatch.dash{height:0;border-top:3px dashed var(--c);background:none;vertical-align:3px}
        .swatch.band{opacity:.9;border:1px solid #d0d7de}
        .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-size:.92rem}
        th,td{text-align:left;padding:.45rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
        th{font-size:.78rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);font-weight:600}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,200px),1fr));gap:12px}
        .card{border:1px solid var(--line);border-radius:10px;padding:10px 12px}
        .card .label{color:var(--muted);font-size:.8rem}
        .card .big{font-size:1.5rem;font-weight:700}
        .card .sub{color:var(--muted);font-size:.85rem}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.4rem 0}
        dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
        ul.plain{margin:.3rem 0;padding-left:1.2rem}
        ul.plain li{overflow-wrap:anywhere}
        .muted{color:var(--muted)}
        .flag{color:var(--high);font-size:.82rem;font-weight:600}
        footer{margin-top:2.4rem;color:var(--muted);font-size:.82rem;border-top:1px solid var(--line);padding-top:.6rem}
        .filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:12px 0}
        .filters input[type=search],.filters select{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);\
        border-radius:6px;min-width:0}
        .filters label{color:var(--muted);font-size:.9rem}
        .summary{display:flex;flex-wrap:wrap;gap:6px 8px;margin:.6rem 0 0}
        .trend{font-size:1.15rem;font-weight:700}
        .trend.rising{color:var(--very-high)}.trend.falling{color:var(--low)}.trend.steady{color:var(--muted)}
        tr.athlete a{font-weight:600;text-decoration:none}
        td.date{white-space:nowrap}
        tr.athlete a:hover{text-decoration:underline}
        svg.spark{display:block}
        @media (max-width:600px){body{font-size:14px}main{padding:14px 10px 30px}h1{font-size:1.35rem}\
        .figure .value{font-size:1.4rem}th,td{padding:.4rem .35rem}\
        table.team thead{display:none}table.team,table.team tbody{display:block}\
        table.team tr.athlete{display:grid;grid-template-columns:1fr 1fr;gap:6px 12px;padding:10px 4px;\
        border-bottom:1px solid var(--line)}table.team tr.athlete[hidden]{display:none}\
        table.team td{display:block;border:0;padding:0;text-align:left}table.team td.who{grid-column:1/-1}\
        table.team td[data-label]::before{content:attr(data-label);display:block;color:var(--muted);\
        font-size:.72rem;text-transform:uppercase;letter-spacing:.03em}}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{font-size:11pt}main{max-width:none;padding:0}.filters{display:none}\
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}\
        .charts{grid-template-columns:1fr 1fr}h2,h3{break-after:avoid}.verdict,figure,tr,.card{break-inside:avoid}\
        .table-wrap{overflow:visible}}
        """
}
