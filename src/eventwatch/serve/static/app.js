// eventwatch dashboard: plain JS, no dependencies. Every piece of data is inserted as text (textContent),
// never as HTML. The state lives in the URL's query string, so a link reproduces the view.
"use strict";

const API = "/api/v1";
const FILTERS = ["date_from", "date_to", "event_type", "sub_event_type", "country", "admin1", "actor",
  "min_fatalities", "q", "airport", "radius_km", "background"];
const COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const OTHER_COLOR = "#7f7f7f";
const SVGNS = "http://www.w3.org/2000/svg";
const W = 360, H = 180;  // the map's user units: one per degree (equirectangular)

const state = { sort: "-event_date", next: null, view: { x: 0, y: 0, w: W, h: H }, bucket: "day", outlines: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "color") node.style.backgroundColor = v;  // CSSOM: allowed by the CSP, unlike style=""
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

function colorOf(type) { return COLORS[type] || OTHER_COLOR; }

// ---------------------------------------------------------------------------------------------- state <-> URL

function readUrl() {
  const p = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const input = document.getElementById("f-" + name);
    if (!input) continue;
    const value = p.get(name) || "";
    if (input.type === "checkbox") input.checked = value === "false";
    else if (input.tagName === "SELECT" && value && ![...input.options].some((o) => o.value === value)) {
      input.append(el("option", { value, text: value }));
      input.value = value;
    } else input.value = value;
  }
  state.sort = p.get("_sort") || "-event_date";
  state.bucket = p.get("bucket") === "week" ? "week" : "day";
  document.getElementById("bucket").value = state.bucket;
  const v = (p.get("view") || "").split(",").map(Number);
  if (v.length === 4 && v.every(Number.isFinite) && v[2] > 0 && v[3] > 0) {
    state.view = clampView({ x: v[0], y: v[1], w: Math.min(v[2], W), h: Math.min(v[3], H) });
    state.fitted = true;
  }
  return p.get("event");
}

function filterParams() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const input = document.getElementById("f-" + name);
    if (!input) continue;
    if (input.type === "checkbox") { if (input.checked) p.set(name, "false"); }
    else if (input.value.trim() !== "") p.set(name, input.value.trim());
  }
  if (!p.get("airport")) p.delete("radius_km");
  return p;
}

function writeUrl(eventId) {
  const p = filterParams();
  if (state.sort !== "-event_date") p.set("_sort", state.sort);
  if (state.bucket !== "day") p.set("bucket", state.bucket);
  const v = state.view;
  if (v.w !== W || v.x !== 0 || v.y !== 0) p.set("view", [v.x, v.y, v.w, v.h].map((n) => n.toFixed(2)).join(","));
  if (eventId) p.set("event", eventId);
  const qs = p.toString();
  history.replaceState(null, "", qs ? "?" + qs : location.pathname);
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

// Filters can change while earlier requests are still in flight, and answers may come back in any order:
// each view keeps only the answer to its latest request, so a slow stale answer never overwrites a newer one.
const latestTicket = {};
async function getLatest(view, url) {
  const ticket = (latestTicket[view] = (latestTicket[view] || 0) + 1);
  const data = await getJson(url);
  return ticket === latestTicket[view] ? data : null;
}

function showError(err) {
  const s = document.getElementById("summary");
  s.textContent = "Error: " + err.message;
  s.classList.add("error");
}

// ---------------------------------------------------------------------------------------------- loading

async function loadAll() {
  document.getElementById("summary").classList.remove("error");
  writeUrl(currentEvent);
  const p = filterParams();
  const qs = p.toString();
  document.getElementById("csv-link").href = `${API}/events?${qs}&format=csv&_stream=1`;
  document.getElementById("geojson-link").href = `${API}/events?${qs}&format=geojson&_stream=1`;
  try {
    await Promise.all([loadTable(false), loadMap(), loadTimeline(), loadFacets()]);
  } catch (err) { showError(err); }
}

async function loadFacets() {
  const p = filterParams();
  p.set("fields", "event_type,sub_event_type,country,actor");
  p.set("limit", "50");
  const data = await getLatest("facets", `${API}/events/facets?${p}`);
  if (!data) return;
  document.getElementById("summary").textContent = `${data.total.toLocaleString()} events match`;
  fillSelect("f-event_type", data.facets.event_type);
  fillSelect("f-sub_event_type", data.facets.sub_event_type);
  fillSelect("f-country", data.facets.country);
  const box = document.getElementById("facets");
  box.replaceChildren(el("h2", { text: "Top actors" }));
  const list = el("ol");
  for (const f of data.facets.actor.slice(0, 8)) {
    list.append(el("li", {}, el("button", {
      type: "button", class: "link", text: `${f.value} (${f.count})`,
      onclick: () => { document.getElementById("f-actor").value = f.value; loadAll(); },
    })));
  }
  box.append(list);
}

function fillSelect(id, facet) {
  const select = document.getElementById(id);
  const current = select.value || new URLSearchParams(location.search).get(id.slice(2)) || "";
  const values = facet.map((f) => f.value);
  if (current && !values.includes(current)) values.unshift(current);
  select.replaceChildren(el("option", { value: "", text: "All" }));
  for (const v of values) {
    const f = facet.find((x) => x.value === v);
    select.append(el("option", { value: v, text: f ? `${v} (${f.count})` : v }));
  }
  select.value = current;
}

// ---------------------------------------------------------------------------------------------- table

async function loadTable(more) {
  const p = filterParams();
  p.set("_sort", state.sort);
  p.set("_size", "50");
  if (more && state.next) p.set("_next", state.next);
  const data = await getLatest("table", `${API}/events?${p}`);
  if (!data) return;
  state.next = data.next;
  const tbody = document.getElementById("rows");
  if (!more) tbody.replaceChildren();
  for (const e of data.events) tbody.append(row(e));
  document.getElementById("more").hidden = !data.next;
  for (const b of document.querySelectorAll("th button[data-sort]")) {
    const name = b.dataset.sort;
    const th = b.parentElement;
    th.removeAttribute("aria-sort");
    if (state.sort === name) th.setAttribute("aria-sort", "ascending");
    if (state.sort === "-" + name) th.setAttribute("aria-sort", "descending");
  }
}

function row(e) {
  const actors = [e.actor1, e.actor2].filter(Boolean).join(" — ");
  const tr = el("tr", { tabindex: "0", "data-event": e.event_id, class: e.is_background ? "background" : null },
    el("td", { text: e.event_date || "" }),
    el("td", {}, el("span", { class: "swatch", color: colorOf(e.event_type) }), e.event_type),
    el("td", { text: e.sub_event_type }),
    el("td", { text: e.country }),
    el("td", { text: e.location }),
    el("td", { text: actors }),
    el("td", { class: "num", text: e.fatalities }));
  tr.addEventListener("click", () => openEvent(e.event_id));
  tr.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openEvent(e.event_id); }
    if (ev.key === "ArrowDown" && tr.nextElementSibling) tr.nextElementSibling.focus();
    if (ev.key === "ArrowUp" && tr.previousElementSibling) tr.previousElementSibling.focus();
  });
  return tr;
}

// ---------------------------------------------------------------------------------------------- event panel

let currentEvent = null;

async function openEvent(id) {
  let data;
  try { data = await getLatest("event", `${API}/events/${encodeURIComponent(id)}`); } catch (err) { showError(err); return; }
  if (!data) return;  // another event was opened meanwhile
  currentEvent = id;
  writeUrl(id);
  const e = data.event;
  const panel = document.getElementById("panel");
  document.getElementById("panel-title").textContent = `${e.event_type}: ${e.location || e.country}`;
  const dl = document.getElementById("panel-fields");
  dl.replaceChildren();
  const fields = [["Date", e.event_date], ["Event type", e.event_type], ["Sub-event type", e.sub_event_type],
    ["Actor 1", e.actor1], ["Assoc. actor 1", e.assoc_actor_1], ["Actor 2", e.actor2],
    ["Assoc. actor 2", e.assoc_actor_2], ["Interaction", e.interaction || ""], ["Country", e.country],
    ["Admin 1", e.admin1], ["Location", e.location],
    ["Coordinates", e.latitude === null ? "" : `${e.latitude}, ${e.longitude}`], ["Geo precision", e.geo_precision],
    ["Fatalities", e.fatalities_high > e.fatalities ? `${e.fatalities} (reports up to ${e.fatalities_high})` : e.fatalities],
    ["Injured", e.injured], ["Crowd size", e.crowd_size], ["Weapons", (e.weapons || []).map((w) => w.name).join(", ")],
    ["Targets", (e.targets || []).join(", ")], ["CAMEO / PLOVER", [e.cameo_code, e.plover_type].filter(Boolean).join(" / ")],
    ["Background", e.is_background ? "yes" : "no"], ["Confidence", e.confidence], ["Notes", e.notes],
    ["Event id", e.event_id]];
  for (const [k, v] of fields) {
    if (v === "" || v === null || v === undefined) continue;
    dl.append(el("dt", { text: k }), el("dd", { text: v }));
  }
  const docs = document.getElementById("panel-docs");
  docs.replaceChildren();
  for (const d of data.documents) {
    const head = el("h3", { text: d.title || d.id });
    const meta = el("p", { class: "meta", text: [d.source, d.published, d.url].filter(Boolean).join(" · ") });
    docs.append(head, meta, highlighted(d.text, d.evidence));
  }
  panel.hidden = false;
  panel.focus();
  const first = docs.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}

function highlighted(text, spans) {
  // The report's text with the evidence spans wrapped in <mark>, built from text nodes only.
  const box = el("div", { class: "doc-text" });
  const cuts = (spans || []).filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const s of cuts) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    if (start > pos) box.append(document.createTextNode(text.slice(pos, start)));
    box.append(el("mark", { title: s.role, "data-role": s.role, text: text.slice(start, s.end) }));
    pos = s.end;
  }
  box.append(document.createTextNode(text.slice(pos)));
  return box;
}

function closePanel() {
  document.getElementById("panel").hidden = true;
  currentEvent = null;
  writeUrl(null);
  const row = document.querySelector("#rows tr");
  if (row) row.focus();
}

// ---------------------------------------------------------------------------------------------- map

function project(lon, lat) { return [lon + 180, 90 - lat]; }

function ringPath(ring) {
  let d = "";
  ring.forEach((pt, i) => { const [x, y] = project(pt[0], pt[1]); d += (i ? "L" : "M") + x.toFixed(2) + " " + y.toFixed(2); });
  return d + "Z";
}

async function loadOutlines() {
  const g = layer("land");
  try {
    const data = await getJson(`${API}/meta/outlines`);
    for (const f of data.features) {
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      let d = "";
      for (const poly of polys) for (const ring of poly) d += ringPath(ring);
      const path = svg("path", { d });
      const title = svg("title", {});
      title.textContent = f.properties.name;
      path.append(title);
      g.append(path);
    }
  } catch (err) { /* the map still shows events without outlines */ }
}

function cellSize() {
  const target = state.view.w / 45;
  for (const s of [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10]) if (s >= target) return s;
  return 10;
}

async function loadMap() {
  const p = filterParams();
  p.set("cell", String(cellSize()));
  const data = await getLatest("grid", `${API}/events/grid?${p}`);
  if (!data) return;
  state.cells = data.cells;
  if (!state.fitted) { state.fitted = true; fitEvents(); return; }  // first view: where the events are
  drawMarkers();
}

function drawMarkers() {
  const g = layer("markers");
  g.replaceChildren();
  const scale = unitsPerPixel();
  for (const c of (state.cells || []).slice().sort((a, b) => b.count - a.count)) {
    const [x, y] = project(c.lon, c.lat);
    let best = "", bestN = -1;
    for (const [t, n] of Object.entries(c.by_type)) if (n > bestN) { best = t; bestN = n; }
    // sized by fatalities (area grows with deaths), a little by the number of events; in pixels, capped
    const r = Math.min(34, 5 + 1.1 * Math.sqrt(c.fatalities) + 1.2 * Math.log2(1 + c.count)) * scale;
    const circle = svg("circle", { cx: x, cy: y, r: r.toFixed(3), fill: colorOf(best), class: "marker",
      tabindex: "0", "data-type": best, "data-count": c.count });
    const title = svg("title", {});
    const types = Object.entries(c.by_type).map(([t, n]) => `${t}: ${n}`).join("\n");
    title.textContent = `${c.count} events, ${c.fatalities} fatalities\n${types}`;
    circle.append(title);
    const zoomTo = () => zoom(0.33, x, y);
    circle.addEventListener("click", zoomTo);
    circle.addEventListener("keydown", (ev) => { if (ev.key === "Enter") zoomTo(); });
    g.append(circle);
    if (c.count > 1) {
      const label = svg("text", { x, y, "font-size": (10 * scale).toFixed(4), class: "count" });
      label.textContent = c.count > 999 ? Math.round(c.count / 1000) + "k" : String(c.count);
      g.append(label);
    }
  }
}

function unitsPerPixel() {
  const rect = document.getElementById("map").getBoundingClientRect();
  return Math.max(state.view.w / (rect.width || 800), state.view.h / (rect.height || 400));
}

// the map's layers, bottom to top: land, threat areas, event markers, airports
const LAYERS = ["land", "threats", "markers", "airports"];
function layer(name) {
  const map = document.getElementById("map");
  let g = map.querySelector("g." + name);
  if (!g) {
    for (const n of LAYERS) if (!map.querySelector("g." + n)) map.append(svg("g", { class: n }));
    g = map.querySelector("g." + name);
  }
  return g;
}

// ---------------------------------------------------------------------------------------------- airspace threats

function geometryPath(geometry) {
  if (!geometry) return "";
  const polys = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const poly of polys) for (const ring of poly) d += ringPath(ring);
  return d;
}

function validity(t) {
  const until = t.valid_until ? t.valid_until : (t.until_further_notice ? "until further notice" : "no end given");
  return `${t.valid_from || "?"} → ${until}`;
}

async function loadThreats() {
  const [areas, airports] = await Promise.all([getJson(`${API}/threats.geojson`), getJson(`${API}/airports/status`)]);
  state.threats = areas.features;
  state.airports = airports.features;
  const g = layer("threats");
  g.replaceChildren();
  const list = document.getElementById("threat-list");
  list.replaceChildren();
  for (const f of state.threats) {
    const t = f.properties;
    const d = geometryPath(f.geometry);
    const label = `${t.kind || "threat"} by ${t.issuer || "unknown issuer"}`;
    if (d) {
      const path = svg("path", { d, class: "threat", tabindex: "0", "data-threat": f.id, role: "button",
        "aria-label": `Airspace threat: ${label}, ${validity(t)}` });
      const title = svg("title", {});
      title.textContent = `${label}\n${validity(t)}`;
      path.append(title);
      path.addEventListener("click", () => showThreat(f, false));
      path.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showThreat(f, false); } });
      g.append(path);
    }
    list.append(el("li", {}, el("button", { type: "button", "data-threat": f.id, "aria-pressed": "false",
      text: `${t.country || ""} — ${label} (${validity(t)})`, onclick: () => showThreat(f, true) })));
  }
  if (!state.threats.length) list.append(el("li", { class: "none", text: "No airspace threats stored." }));
  drawAirports();
}

function showThreat(f, zoomTo) {
  const t = f.properties;
  for (const n of document.querySelectorAll("[data-threat]")) {
    const on = n.dataset.threat === f.id;
    if (n.tagName === "BUTTON") n.setAttribute("aria-pressed", on ? "true" : "false");
    else n.classList.toggle("selected", on);
  }
  const box = document.getElementById("threat-info");
  const dl = el("dl");
  const rows = [["Issuer", t.issuer], ["Kind", t.kind], ["Applies to", t.applies_to], ["Valid from", t.valid_from || "?"],
    ["Until", t.valid_until || (t.until_further_notice ? "until further notice" : "no end given")],
    ["Country", t.country], ["Severity", t.severity], ["Airports inside", (t.airports_inside || []).join(", ")],
    ["Airports near", (t.airports_near || []).join(", ")]];
  for (const [k, v] of rows) if (v !== "" && v !== null && v !== undefined) dl.append(el("dt", { text: k }), el("dd", { text: v }));
  const close = el("button", { type: "button", "aria-label": "Close the threat details", text: "×", onclick: closeThreat });
  box.replaceChildren(el("div", { class: "info-head" }, el("strong", { text: "Airspace threat area" }), close), dl);
  box.hidden = false;
  if (zoomTo && f.geometry) {
    const pts = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
    const xs = pts.map((p) => p[0] + 180), ys = pts.map((p) => 90 - p[1]);
    const w0 = Math.max(Math.max(...xs) - Math.min(...xs), (Math.max(...ys) - Math.min(...ys)) * W / H) * 3 + 1;
    const w = Math.min(W, w0), h = w * H / W;
    state.view = clampView({ x: (Math.max(...xs) + Math.min(...xs)) / 2 - w / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 - h / 2, w, h });
    viewChanged();
  }
}

function closeThreat() {
  document.getElementById("threat-info").hidden = true;
  for (const n of document.querySelectorAll("[data-threat]")) {
    if (n.tagName === "BUTTON") n.setAttribute("aria-pressed", "false"); else n.classList.remove("selected");
  }
}

function drawAirports() {
  const g = layer("airports");
  g.replaceChildren();
  const scale = unitsPerPixel();
  for (const f of state.airports || []) {
    const a = f.properties;
    const [x, y] = project(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    const s = 5 * scale;
    const mark = svg("rect", { x: x - s, y: y - s, width: 2 * s, height: 2 * s, class: `airport ${a.status}`,
      "data-icao": a.icao, "data-status": a.status });
    const title = svg("title", {});
    title.textContent = `${a.icao} ${a.name || ""}: ${a.status === "inside" ? "inside" : "near"} a threat area`;
    mark.append(title);
    const label = svg("text", { x: x + 7 * scale, y: y + 4 * scale, "font-size": (12 * scale).toFixed(4), class: "icao" });
    label.textContent = a.icao;
    g.append(mark, label);
  }
}

// ---------------------------------------------------------------------------------------------- truces

async function loadTruces() {
  const data = await getJson(`${API}/truces`);
  const box = document.getElementById("truce-list");
  box.replaceChildren();
  if (!data.truces.length) { box.append(el("p", { class: "none", text: "No truces stored." })); return; }
  // truces with incidents first, then by start
  const truces = data.truces.slice().sort((a, b) => (b.violations || []).length - (a.violations || []).length
    || String(a.start || "").localeCompare(String(b.start || "")));
  for (const t of truces) {
    const item = el("article", { class: "truce", "data-truce": t.truce_id });
    const kind = t.kind || "truce";
    item.append(el("h3", { text: `${kind[0].toUpperCase()}${kind.slice(1)}${t.country ? " — " + t.country : ""}` }));
    const dl = el("dl");
    const rows = [["Parties", (t.parties || []).join("; ") || "not named"], ["Brokers", (t.brokers || []).join("; ") || "none named"],
      ["Start", t.start || "?"], ["End", t.end || "open"]];
    for (const [k, v] of rows) dl.append(el("dt", { text: k }), el("dd", { text: v }));
    item.append(dl);
    for (const [kind, head] of [["alleged", "Alleged violations"], ["possible", "Possible violations"]]) {
      const vs = t[kind] || [];
      item.append(el("h4", { text: `${head} (${vs.length})` }));
      if (!vs.length) continue;
      const ul = el("ul");
      for (const v of vs) {
        const e = v.event;
        const what = e ? `${e.event_date || ""} ${e.sub_event_type || e.event_type}${e.location ? " at " + e.location : ""}${e.fatalities ? `, ${e.fatalities} killed` : ""}` : v.event_id;
        const li = el("li", { "data-kind": kind });
        li.append(e ? el("button", { type: "button", class: "incident", "data-event": v.event_id, text: what,
          onclick: () => openEvent(v.event_id) }) : el("span", { text: what }));
        if (kind === "alleged") li.append(el("span", { class: "by", text: `alleged by ${v.alleged_by || "unnamed source"}` }));
        ul.append(li);
      }
      item.append(ul);
    }
    box.append(item);
  }
}

function applyView() {
  const v = state.view;
  document.getElementById("map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
}

let mapTimer = null;
function viewChanged() {
  applyView();
  drawMarkers();
  drawAirports();
  writeUrl(currentEvent);
  clearTimeout(mapTimer);
  mapTimer = setTimeout(() => loadMap().catch(showError), 200);
}

function zoom(factor, cx, cy) {
  const v = state.view;
  const w = Math.min(W, Math.max(0.5, v.w * factor));
  const h = w * H / W;
  cx = cx === undefined ? v.x + v.w / 2 : cx;
  cy = cy === undefined ? v.y + v.h / 2 : cy;
  state.view = clampView({ x: cx - w / 2, y: cy - h / 2, w, h });
  viewChanged();
}

function clampView(v) {
  v.x = Math.min(Math.max(v.x, 0), W - v.w);
  v.y = Math.min(Math.max(v.y, 0), H - v.h);
  return v;
}

function pan(dx, dy) {
  const v = state.view;
  state.view = clampView({ ...v, x: v.x + dx * v.w, y: v.y + dy * v.h });
  viewChanged();
}

function fitEvents() {
  const cells = state.cells || [];
  if (!cells.length) { state.view = { x: 0, y: 0, w: W, h: H }; viewChanged(); return; }
  const xs = cells.map((c) => c.lon + 180), ys = cells.map((c) => 90 - c.lat);
  const pad = 3;
  let w = Math.max(...xs) - Math.min(...xs) + 2 * pad, h = Math.max(...ys) - Math.min(...ys) + 2 * pad;
  w = Math.max(w, h * W / H); h = w * H / W;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  state.view = clampView({ x: cx - w / 2, y: cy - h / 2, w: Math.min(w, W), h: Math.min(h, H) });
  viewChanged();
}

function setUpMap() {
  const map = document.getElementById("map");
  layer("land");
  applyView();
  document.getElementById("zoom-in").addEventListener("click", () => zoom(0.5));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(2));
  document.getElementById("zoom-fit").addEventListener("click", fitEvents);
  map.addEventListener("keydown", (ev) => {
    const keys = { ArrowLeft: [-0.2, 0], ArrowRight: [0.2, 0], ArrowUp: [0, -0.2], ArrowDown: [0, 0.2] };
    if (keys[ev.key]) { ev.preventDefault(); pan(...keys[ev.key]); }
    if (ev.key === "+" || ev.key === "=") zoom(0.5);
    if (ev.key === "-") zoom(2);
  });
  map.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const pt = toMap(map, ev.clientX, ev.clientY);
    zoom(ev.deltaY < 0 ? 0.7 : 1 / 0.7, pt[0], pt[1]);
  }, { passive: false });
  let drag = null;
  map.addEventListener("pointerdown", (ev) => {
    if (ev.target.classList.contains("marker") || ev.target.classList.contains("threat")) return;
    drag = { x: ev.clientX, y: ev.clientY, view: { ...state.view } };
    map.setPointerCapture(ev.pointerId);
  });
  map.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const rect = map.getBoundingClientRect();
    const k = Math.max(drag.view.w / rect.width, drag.view.h / rect.height);
    state.view = clampView({ ...drag.view, x: drag.view.x - (ev.clientX - drag.x) * k, y: drag.view.y - (ev.clientY - drag.y) * k });
    applyView();
  });
  map.addEventListener("pointerup", () => { if (drag) { drag = null; viewChanged(); } });
  const legend = document.getElementById("legend");
  for (const [t, c] of Object.entries(COLORS)) {
    legend.append(el("span", { class: "key" }, el("span", { class: "swatch", color: c }), t));
  }
}

function toMap(map, clientX, clientY) {
  const pt = new DOMPoint(clientX, clientY).matrixTransform(map.getScreenCTM().inverse());
  return [pt.x, pt.y];
}

// ---------------------------------------------------------------------------------------------- timeline

async function loadTimeline() {
  const p = filterParams();
  // the timeline shows the whole period of the other filters, so a brush can be widened again
  p.delete("date_from"); p.delete("date_to");
  p.set("bucket", state.bucket);
  const data = await getLatest("timeline", `${API}/events/timeline?${p}`);
  if (!data) return;
  state.buckets = data.buckets;
  drawTimeline();
}

function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

function drawTimeline() {
  const tl = document.getElementById("timeline");
  const width = tl.clientWidth || 800, height = 90, pad = 20;
  tl.setAttribute("viewBox", `0 0 ${width} ${height}`);
  tl.replaceChildren();
  const b = state.buckets || [];
  if (!b.length) { state.tl = null; return; }
  const step = state.bucket === "week" ? 7 : 1;
  const d0 = dayNumber(b[0].date), d1 = dayNumber(b[b.length - 1].date) + step;
  const max = Math.max(...b.map((x) => x.count));
  const xOf = (d) => pad + (d - d0) / Math.max(1, d1 - d0) * (width - 2 * pad);
  state.tl = { d0, d1, xOf, dayOf: (x) => d0 + (x - pad) / (width - 2 * pad) * (d1 - d0), width, pad };
  const from = document.getElementById("f-date_from").value, to = document.getElementById("f-date_to").value;
  if (from || to) {
    const a = xOf(from ? dayNumber(from) : d0), z = xOf(to ? dayNumber(to) + 1 : d1);
    tl.append(svg("rect", { x: a, y: 0, width: Math.max(1, z - a), height: height - 14, class: "brush" }));
  }
  for (const x of b) {
    const d = dayNumber(x.date);
    const bh = (height - 18) * x.count / max;
    const bar = svg("rect", { x: xOf(d), y: height - 14 - bh, width: Math.max(1, xOf(d + step) - xOf(d) - 0.5), height: bh, class: "bar" });
    const t = svg("title", {}); t.textContent = `${x.date}: ${x.count}`; bar.append(t);
    tl.append(bar);
  }
  const l1 = svg("text", { x: pad, y: height - 2, class: "axis" }); l1.textContent = isoOf(d0);
  const l2 = svg("text", { x: width - pad, y: height - 2, class: "axis end" }); l2.textContent = isoOf(d1 - 1);
  tl.append(l1, l2);
}

function setUpTimeline() {
  const tl = document.getElementById("timeline");
  let start = null, box = null;
  const xAt = (ev) => { const r = tl.getBoundingClientRect(); return (ev.clientX - r.left) * (state.tl ? state.tl.width : r.width) / r.width; };
  tl.addEventListener("pointerdown", (ev) => {
    if (!state.tl) return;
    start = xAt(ev);
    box = svg("rect", { x: start, y: 0, width: 1, height: 76, class: "brush live" });
    tl.append(box);
    tl.setPointerCapture(ev.pointerId);
  });
  tl.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const x = xAt(ev);
    box.setAttribute("x", Math.min(x, start)); box.setAttribute("width", Math.max(1, Math.abs(x - start)));
  });
  tl.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const x = xAt(ev), a = Math.min(x, start), z = Math.max(x, start);
    start = null;
    if (z - a < 3) { box.remove(); return; }
    const s = state.tl;
    const dFrom = Math.max(s.d0, Math.floor(s.dayOf(a))), dTo = Math.min(s.d1 - 1, Math.ceil(s.dayOf(z)) - 1);
    document.getElementById("f-date_from").value = isoOf(dFrom);
    document.getElementById("f-date_to").value = isoOf(Math.max(dFrom, dTo));
    loadAll();
  });
  document.getElementById("clear-brush").addEventListener("click", () => {
    document.getElementById("f-date_from").value = ""; document.getElementById("f-date_to").value = ""; loadAll();
  });
  document.getElementById("bucket").addEventListener("change", (ev) => { state.bucket = ev.target.value; loadAll(); });
  window.addEventListener("resize", drawTimeline);
}

// ---------------------------------------------------------------------------------------------- start

function start() {
  const eventId = readUrl();
  setUpMap();
  setUpTimeline();
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadAll(); });
  for (const id of ["f-event_type", "f-sub_event_type", "f-country", "f-background"]) {
    document.getElementById(id).addEventListener("change", loadAll);
  }
  document.getElementById("reset").addEventListener("click", () => {
    for (const name of FILTERS) {
      const input = document.getElementById("f-" + name);
      if (input.type === "checkbox") input.checked = false; else input.value = "";
    }
    loadAll();
  });
  for (const b of document.querySelectorAll("th button[data-sort]")) {
    b.addEventListener("click", () => {
      const name = b.dataset.sort;
      state.sort = state.sort === "-" + name ? name : "-" + name;
      writeUrl(currentEvent);
      loadTable(false).catch(showError);
    });
  }
  document.getElementById("more").addEventListener("click", () => loadTable(true).catch(showError));
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape") return;
    if (!document.getElementById("panel").hidden) closePanel();
    else if (!document.getElementById("threat-info").hidden) closeThreat();
  });
  document.getElementById("copy-link").addEventListener("click", async () => {
    const button = document.getElementById("copy-link");
    try { await navigator.clipboard.writeText(location.href); button.textContent = "Link copied"; }
    catch (err) { window.prompt("Copy this link:", location.href); }
    setTimeout(() => { button.textContent = "Copy link"; }, 2000);
  });
  loadOutlines();
  const overlays = Promise.all([loadThreats(), loadTruces()]).catch(showError);
  Promise.all([loadAll(), overlays]).then(() => { if (eventId) openEvent(eventId); document.body.dataset.ready = "1"; });
}

document.addEventListener("DOMContentLoaded", start);
