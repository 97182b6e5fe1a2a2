/**
 * The public site's one stylesheet, inlined in every page (a few kilobytes: no extra request on a
 * phone). Mobile first; nothing wider than the screen at 390 px; system fonts that carry Vietnamese.
 */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:#1f2933;background:#f5f7fa}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:10}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
header.site{background:#0b3d6e;color:#fff}
header.site .top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;padding:12px 16px}
header.site .brand{color:#fff;text-decoration:none;display:block;min-width:0}
header.site .brand strong{display:block;font-size:1.05rem;line-height:1.3}
header.site .brand span{display:block;font-size:.85rem;opacity:.85}
header.site .tools{display:flex;gap:12px;align-items:center;font-size:.9rem}
header.site .tools a{color:#fff;display:inline-block;padding:4px 2px;min-height:24px}
nav.main{background:#0e4a85}
nav.main ul{list-style:none;margin:0 auto;padding:0 16px;display:flex;flex-wrap:wrap;gap:0 4px}
nav.main a{display:block;padding:10px 12px;color:#fff;text-decoration:none;font-weight:500;min-height:44px}
nav.main a[aria-current=page]{background:#fff;color:#0b3d6e;border-radius:6px 6px 0 0}
main{padding:20px 0 40px}
h1{font-size:1.6rem;line-height:1.25;margin:.2em 0 .5em}
h2{font-size:1.25rem;margin:1.6em 0 .6em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
.lead{font-size:1.05rem;color:#3e4c59;max-width:70ch}
.muted{color:#52606d;font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:16px;padding:0;list-style:none}
.card{background:#fff;border:1px solid #d9e2ec;border-radius:10px;padding:16px}
.card h3{margin-top:0}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px 16px;margin:0}
.facts div{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:10px 12px}
.facts dt{font-size:.85rem;color:#52606d}
.facts dd{margin:0;font-weight:600;font-size:1.05rem;overflow-wrap:anywhere}
.card .facts div{border:0;padding:0;background:none}
.facts.prose dd{font-weight:400;font-size:1rem}
.table-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
th,td{border:1px solid #d9e2ec;padding:8px 10px;text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:600;background:#f7f9fb}
.suppressed{color:#7b8794;font-style:italic}
figure.map{margin:0 0 8px;background:#fff;border:1px solid #d9e2ec;border-radius:10px;overflow:hidden}
.map-canvas{position:relative;width:100%}
.map-canvas svg{display:block;width:100%;height:auto;background:#e8f1f8}
.map-canvas.tiled{height:420px}
.map-canvas.tiled svg{display:none}
.zone-shape{fill:#2f80ed;fill-opacity:.35;stroke:#0b3d6e;stroke-width:1.5}
.zone-point{fill:#d64545;stroke:#fff;stroke-width:2}
a:hover .zone-shape,a:focus .zone-shape{fill-opacity:.6}
.zone-label{font-size:13px;fill:#102a43;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
figure.map figcaption{padding:8px 12px;font-size:.85rem;color:#52606d}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin:0;padding:0;list-style:none}
.photos img{width:100%;height:auto;border-radius:8px;display:block}
.photos figcaption{font-size:.85rem;color:#52606d}
.button,button{display:inline-block;background:#0b5cad;color:#fff;border:0;border-radius:8px;padding:10px 18px;font:inherit;font-weight:600;text-decoration:none;cursor:pointer;min-height:44px}
.button.secondary{background:#fff;color:#0b5cad;border:1px solid #0b5cad}
form.stack{display:grid;gap:14px;max-width:640px}
form.inline{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}
label{display:block;font-weight:600;margin-bottom:4px}
label .hint{font-weight:400;color:#52606d;font-size:.85rem}
input,select,textarea{width:100%;font:inherit;padding:10px 12px;border:1px solid #9aa5b1;border-radius:8px;background:#fff;min-height:44px}
form.inline input,form.inline select{width:auto;min-width:12rem;max-width:100%}
textarea{min-height:9rem;resize:vertical}
.field-error{color:#b42318;font-size:.9rem;margin-top:4px}
[aria-invalid=true]{border-color:#b42318}
.alert{border-radius:8px;padding:12px 14px;margin:12px 0;border:1px solid}
.alert.error{background:#fdecea;border-color:#f5b4ae;color:#7a1d12}
.alert.ok{background:#e8f6ee;border-color:#a6dcbc;color:#14532d}
.trap{position:absolute!important;left:-10000px;width:1px;height:1px;overflow:hidden}
details{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:8px 12px;margin:8px 0}
summary{cursor:pointer;font-weight:600;min-height:32px}
.procedure{background:#fff;border:1px solid #d9e2ec;border-radius:10px;padding:16px;margin:0 0 16px}
.procedure h2{margin-top:0;font-size:1.1rem}
.tags{display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:0;list-style:none}
.tags li{background:#e6f0fa;color:#0b3d6e;border-radius:999px;padding:2px 10px;font-size:.85rem}
footer.site{background:#102a43;color:#d9e2ec;padding:20px 0;font-size:.9rem}
footer.site a{color:#fff}
footer.site .muted{color:#bcccdc}
@media (min-width:768px){h1{font-size:2rem}header.site .brand strong{font-size:1.2rem}}
@media (max-width:600px){.zone-label{font-size:28px;stroke-width:6px}.zone-point{r:14px}
table.stack thead{position:absolute;left:-10000px}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack{background:none}
table.stack tr{background:#fff;border:1px solid #d9e2ec;border-radius:8px;margin-bottom:8px;padding:6px 0}
table.stack td{border:0;text-align:left;padding:4px 12px;white-space:normal}
table.stack td::before{content:attr(data-label);display:block;font-size:.8rem;color:#52606d}}
`;
