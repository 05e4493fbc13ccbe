/* bilat page: timeline, map and network over /api, the event panel with its quotes, the source view, review.
 *
 * Every piece of data (titles, quotes, document text, names) reaches the DOM through textContent or
 * setAttribute on fixed attribute names, never through innerHTML; the page's CSP allows scripts from
 * 'self' only. The state (filters, view, open event, open source) lives in the URL hash, so a view
 * can be shared by its link.
 */
(function () {
  "use strict";

  const FILTERS = ["from", "to", "type", "country", "place", "person", "org", "lang", "q"];
  const VIEWS = ["timeline", "map", "network"];
  const UI_LANGS = ["en", "az", "ru"];
  const RTL = new Set(["fa", "ar", "he", "ur"]);
  const LIMIT = 2000; // events drawn at once; the count says when the filters match more
  const LIST_MAX = 300; // rows in the event list
  const NET_NODES = 150; // the busiest actors drawn in the network

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  /** el("tag", {class, text, attr: value, onclick: fn}, child...) — children are nodes or strings (text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = String(v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  // ---- interface language ------------------------------------------------------------------------

  let strings = {};
  let english = {};

  function t(key, vars) {
    let s = strings[key] !== undefined ? strings[key] : english[key] !== undefined ? english[key] : key;
    for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }

  function typeLabel(type) {
    const k = "type_" + type;
    return strings[k] || english[k] || type;
  }

  async function loadStrings(lang) {
    if (!UI_LANGS.includes(lang)) lang = "en";
    if (!Object.keys(english).length) english = await getJSON("/static/i18n/en.json");
    strings = lang === "en" ? english : await getJSON("/static/i18n/" + lang + ".json");
    document.documentElement.lang = lang;
    for (const e of $$("[data-i18n]")) e.textContent = t(e.dataset.i18n);
    for (const e of $$("[data-i18n-placeholder]")) e.placeholder = t(e.dataset.i18nPlaceholder);
    for (const e of $$("[data-i18n-title]")) e.title = t(e.dataset.i18nTitle);
    $("#ui-lang").value = lang;
  }

  // ---- state in the URL ----------------------------------------------------------------------------

  const state = { view: "timeline", event: null, doc: null, span: null, ui: null };
  for (const f of FILTERS) state[f] = "";

  function readHash() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ""));
    for (const f of FILTERS) state[f] = p.get(f) || "";
    state.view = VIEWS.includes(p.get("view")) ? p.get("view") : "timeline";
    state.event = p.get("event") || null;
    state.doc = p.get("doc") || null;
    state.span = p.get("span") || null;
    state.ui = p.get("ui") || localStorage.getItem("bilat.ui") || "en";
  }

  function hashOf() {
    const p = new URLSearchParams();
    for (const f of FILTERS) if (state[f]) p.set(f, state[f]);
    if (state.view !== "timeline") p.set("view", state.view);
    if (state.event) p.set("event", state.event);
    if (state.doc) p.set("doc", state.doc);
    if (state.span) p.set("span", state.span);
    if (state.ui && state.ui !== "en") p.set("ui", state.ui);
    return "#" + p.toString();
  }

  function writeHash() {
    const h = hashOf();
    if (h !== location.hash && !(h === "#" && !location.hash)) history.pushState(null, "", h === "#" ? location.pathname : h);
    $("#share").setAttribute("href", h);
  }

  function filterQuery(extra) {
    const p = new URLSearchParams();
    for (const f of FILTERS) if (state[f]) p.set(f === "q" ? "text" : f, state[f]);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p.toString();
  }

  // ---- API -----------------------------------------------------------------------------------------------

  function token() {
    return localStorage.getItem("bilat.token") || "";
  }

  async function api(path, opts) {
    opts = opts || {};
    const headers = { Accept: "application/json" };
    if (token()) headers.Authorization = "Bearer " + token();
    let body;
    if (opts.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    const r = await fetch(path, { method: opts.method || "GET", headers, body });
    const data = await r.json().catch(() => null);
    if (!r.ok) {
      const detail = data && data.detail;
      const msg = typeof detail === "string" ? detail : detail ? JSON.stringify(detail) : r.statusText;
      const err = new Error(msg);
      err.status = r.status;
      throw err;
    }
    return data;
  }

  async function getJSON(path) {
    const r = await fetch(path);
    if (!r.ok) throw new Error(path + ": " + r.status);
    return r.json();
  }

  // ---- dates ---------------------------------------------------------------------------------------------

  function day(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    const date = new Date(2000, m - 1, d);
    date.setFullYear(y);
    return date;
  }

  function nextDay(iso) {
    const d = day(iso);
    d.setDate(d.getDate() + 1);
    return d;
  }

  function dateText(ev) {
    if (!ev.date) return t("undated");
    const b = ev.bounds || [];
    if (b[0] && b[1] && b[0] !== b[1] && b[0] + "/" + b[1] !== ev.date) return ev.date + " (" + b[0] + " – " + b[1] + ")";
    return ev.date;
  }

  function safeType(type) {
    return /^[a-z_]{1,32}$/.test(type || "") ? type : "other";
  }

  function isRtl(lang) {
    return RTL.has(lang || "");
  }

  // ---- loading events ----------------------------------------------------------------------------------

  let events = [];
  let meta = { types: [], languages: [] };
  let loadSeq = 0;
  let networkStale = true;

  async function load() {
    const seq = ++loadSeq;
    syncForm();
    $("#count").textContent = t("loading");
    let data;
    try {
      data = await api("/api/events?" + filterQuery({ limit: LIMIT }));
    } catch (e) {
      if (seq === loadSeq) $("#count").textContent = t("error") + ": " + e.message;
      return;
    }
    if (seq !== loadSeq) return;
    events = data.events;
    const shown = Math.min(events.length, data.total);
    $("#count").textContent = data.total > shown ? t("count_some", { shown, total: data.total }) : t("count", { total: data.total });
    renderList();
    renderTimeline();
    renderMap();
    networkStale = true;
    if (state.view === "network") renderNetwork();
    renderDocHits(seq);
  }

  /** Full-text search over the documents themselves (FTS), beside the events whose title or quote match. */
  async function renderDocHits(seq) {
    const section = $("#doc-hits");
    if (!state.q) {
      section.hidden = true;
      return;
    }
    let hits = [];
    try {
      hits = await api("/api/search?" + new URLSearchParams({ q: state.q, limit: 20 }).toString());
    } catch (e) {
      hits = [];
    }
    if (seq !== loadSeq) return;
    const list = clear($("#doc-list"));
    for (const h of hits) {
      list.append(el("li", {},
        el("button", { type: "button", class: "doc-link", onclick: () => openSource(h.id, null, null) },
          el("strong", { dir: "auto", text: h.title || h.name }), " ",
          el("span", { class: "muted", text: h.name })),
        el("div", { class: "snippet", dir: "auto", text: h.snippet || "" })));
    }
    section.hidden = hits.length === 0;
  }

  function renderList() {
    const list = clear($("#event-list"));
    for (const ev of events.slice(0, LIST_MAX)) {
      const type = safeType(ev.type);
      list.append(el("li", { "data-id": ev.id, class: ev.id === state.event ? "selected" : null },
        el("button", { type: "button", class: "event-link", onclick: () => openEvent(ev.id) },
          el("span", { class: "date", text: ev.date || t("undated") }),
          el("span", { class: "badge type-" + type, text: typeLabel(ev.type) }),
          el("span", { class: "title", text: ev.title || "", dir: "auto" }))));
    }
    if (events.length > LIST_MAX) list.append(el("li", { class: "muted", text: t("list_more", { n: events.length - LIST_MAX }) }));
  }

  function renderLegend() {
    const legend = clear($("#legend"));
    for (const type of meta.types) legend.append(el("span", { class: "badge type-" + safeType(type), text: typeLabel(type) }));
  }

  // ---- timeline (vis-timeline) -----------------------------------------------------------------------

  let timeline = null;
  let timelineItems = null;

  function ensureTimeline() {
    if (timeline || !window.vis) return;
    timelineItems = new vis.DataSet();
    timeline = new vis.Timeline($("#timeline"), timelineItems, {
      stack: true,
      zoomMin: 864e5, // a day
      zoomMax: 864e5 * 365.25 * 300, // three centuries
      minHeight: "320px",
      maxHeight: "420px",
      orientation: "top",
      showCurrentTime: false,
      selectable: true,
      // Item text is built as a DOM node: vis-timeline never parses it as HTML.
      template: (item) => el("span", { text: item.label, dir: "auto" }),
    });
    timeline.on("select", (props) => {
      if (props.items && props.items.length) openEvent(String(props.items[0]));
    });
  }

  function renderTimeline() {
    ensureTimeline();
    if (!timeline) return;
    const items = [];
    for (const ev of events) {
      const b = ev.bounds || [];
      if (!b[0] || !b[1]) continue;
      const type = safeType(ev.type);
      const title = ev.title || "";
      const label = title.length > 80 ? title.slice(0, 79) + "…" : title;
      if (b[0] === b[1]) {
        items.push({ id: ev.id, start: day(b[0]), type: "point", label, className: "type-" + type });
      } else {
        items.push({ id: ev.id, start: day(b[0]), end: nextDay(b[1]), type: "range", label,
                     className: "type-" + type + " imprecise" });
      }
    }
    timelineItems.clear();
    timelineItems.add(items);
    if (items.length) timeline.fit({ animation: false });
    if (state.event && timelineItems.get(state.event)) timeline.setSelection([state.event]);
  }

  // ---- map (Leaflet over the shipped country outlines) ----------------------------------------------

  let map = null;
  let cluster = null;

  function ensureMap() {
    if (map || !window.L) return;
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5 }).setView([41, 45], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    getJSON("/static/vendor/world-atlas/countries-110m.geojson").then((geo) => {
      L.geoJSON(geo, {
        interactive: false,
        style: { color: "#9a9a8e", weight: 0.7, fillColor: "#f5f2e9", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    }).catch(() => {});
    cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    map.addLayer(cluster);
  }

  function renderMap() {
    ensureMap();
    if (!map) return;
    cluster.clearLayers();
    const markers = [];
    for (const ev of events) {
      for (const p of ev.places || []) {
        const lat = Number(p.lat), lon = Number(p.lon);
        if (!Number.isFinite(lat) || !Number.isFinite(lon) || p.lat === null || p.lon === null) continue;
        const m = L.marker([lat, lon], { title: (p.name || "") + " — " + ev.title });
        m.bindPopup(() => el("div", { class: "popup" },
          el("strong", { text: ev.title, dir: "auto" }),
          el("div", { text: (ev.date || t("undated")) + " · " + typeLabel(ev.type) + " · " + (p.name || "") }),
          el("button", { type: "button", text: t("open_event"), onclick: () => openEvent(ev.id) })));
        m.on("click", () => openEvent(ev.id, { keepPopup: true }));
        markers.push(m);
      }
    }
    cluster.addLayers(markers);
  }

  // ---- network (cytoscape.js) -------------------------------------------------------------------------

  let cy = null;

  async function renderNetwork() {
    if (!window.cytoscape) return;
    networkStale = false;
    let data;
    try {
      data = await api("/api/network?" + filterQuery({ limit: LIMIT }));
    } catch (e) {
      return;
    }
    const degree = {};
    for (const e of data.edges) {
      degree[e.source] = (degree[e.source] || 0) + e.events;
      degree[e.target] = (degree[e.target] || 0) + e.events;
    }
    const nodes = data.nodes.slice().sort((a, b) => (degree[b.id] || 0) - (degree[a.id] || 0)).slice(0, NET_NODES);
    const keep = new Set(nodes.map((n) => n.id));
    const elements = nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, weight: degree[n.id] || 0 } }))
      .concat(data.edges.filter((e) => keep.has(e.source) && keep.has(e.target))
        .map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, events: e.events } })));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $("#network"),
      elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
          width: "mapData(weight, 0, 50, 12, 40)", height: "mapData(weight, 0, 50, 12, 40)", "background-color": "#888" } },
        { selector: "node[kind = 'person']", style: { "background-color": "#d9822b", shape: "ellipse" } },
        { selector: "node[kind = 'org']", style: { "background-color": "#2b8cbe", shape: "round-rectangle" } },
        { selector: "node[kind = 'country']", style: { "background-color": "#4daf4a", shape: "diamond" } },
        { selector: "edge", style: { width: "mapData(events, 1, 10, 1, 6)", "line-color": "#bbb", "curve-style": "haystack", opacity: 0.7 } },
      ],
      maxZoom: 2.5,
      layout: { name: elements.length > 1 ? "cose" : "grid", animate: false, randomize: false, nodeRepulsion: 8000, padding: 30 },
    });
    cy.on("tap", "node", (evt) => {
      const n = evt.target.data();
      const key = { person: "person", org: "org", country: "country" }[n.kind];
      if (!key) return;
      state[key] = n.label;
      writeHash();
      load();
    });
  }

  // ---- views -------------------------------------------------------------------------------------------------

  function showView() {
    for (const v of VIEWS) {
      $("#" + v).hidden = v !== state.view;
      const tab = $('#tabs [data-view="' + v + '"]');
      tab.setAttribute("aria-selected", v === state.view ? "true" : "false");
    }
    if (state.view === "map" && map) setTimeout(() => map.invalidateSize(), 0);
    if (state.view === "timeline" && timeline) timeline.redraw();
    if (state.view === "network" && networkStale) renderNetwork();
    else if (state.view === "network" && cy) cy.resize();
  }

  // ---- the event panel --------------------------------------------------------------------------------------

  let current = null;

  async function openEvent(id, opts) {
    state.event = id;
    if (!(opts && opts.keepDoc)) {
      state.doc = null;
      state.span = null;
      $("#source").hidden = true;
    }
    writeHash();
    for (const li of $$("#event-list li")) li.classList.toggle("selected", li.dataset.id === id);
    let ev;
    try {
      ev = await api("/api/events/" + encodeURIComponent(id));
    } catch (e) {
      $("#panel").hidden = false;
      clear($("#event")).append(el("p", { class: "error", text: t("error") + ": " + e.message }));
      return;
    }
    current = ev;
    renderEvent(ev);
    if (timeline && timelineItems.get(id)) timeline.setSelection([id]);
  }

  function field(label, values) {
    if (!values || !values.length) return null;
    return el("div", { class: "field" }, el("dt", { text: label }), el("dd", { dir: "auto", text: values.join("; ") }));
  }

  function renderEvent(ev) {
    $("#panel").hidden = false;
    const box = clear($("#event"));
    const type = safeType(ev.type);
    box.append(el("h2", { dir: "auto", text: ev.title, id: "event-title" }));
    const metaLine = el("p", { class: "meta" },
      el("span", { class: "badge type-" + type, text: typeLabel(ev.type) }), " ",
      el("span", { class: "date", text: dateText(ev) }), " · ",
      el("span", { text: t("confidence") + " " + ev.confidence }));
    if (ev.wrong) metaLine.append(" ", el("span", { class: "badge wrong", text: t("marked_wrong") }));
    box.append(metaLine);
    if (ev.conflict_dates && ev.conflict_dates.length)
      box.append(el("p", { class: "warning", text: t("conflicting_dates") + ": " + ev.conflict_dates.join(", ") }));
    if (ev.name) box.append(el("p", { class: "name", dir: "auto", text: "«" + ev.name + "»" }));
    const dl = el("dl", {},
      field(t("places"), (ev.places || []).map((p) => p.name + (p.country ? " (" + p.country + ")" : ""))),
      field(t("participants"), (ev.participants || []).map((p) => p.name + (p.role ? " — " + p.role : ""))),
      field(t("organizations"), (ev.organizations || []).map((o) => o.name)),
      field(t("countries"), ev.countries || []));
    box.append(dl, el("p", { class: "muted small", text: ev.id }));
    box.append(el("h3", { text: t("sources") + " (" + (ev.sources || []).length + ")" }));
    const list = el("ol", { class: "sources" });
    for (const s of ev.sources || []) {
      const rtl = isRtl(s.language);
      list.append(el("li", {},
        el("blockquote", { class: rtl ? "quote rtl" : "quote", lang: s.language || null, dir: rtl ? "rtl" : "auto", text: s.quote }),
        el("div", { class: "cite" },
          el("span", { text: s.document + " [" + s.start + "–" + s.end + "]" + (s.language ? " · " + s.language : "") }), " ",
          el("button", { type: "button", class: "open-source", text: t("show_in_document"),
                         onclick: () => openSource(s.document_id, s.start, s.end) }))));
    }
    box.append(list);
    renderReview(ev);
    renderAudit(ev.audit || []);
  }

  // ---- the source document with the evidence in place ------------------------------------------------------

  async function openSource(docId, start, end) {
    const hasFocus = start !== null && start !== undefined && end !== null && end !== undefined;
    state.doc = String(docId);
    state.span = hasFocus ? start + "-" + end : null;
    writeHash();
    let doc;
    try {
      doc = await api("/api/documents/" + encodeURIComponent(docId));
    } catch (e) {
      $("#source").hidden = false;
      clear($("#source-text")).append(el("p", { class: "error", text: t("error") + ": " + e.message }));
      return;
    }
    const focus = hasFocus ? [Number(start), Number(end)] : null;
    const focusSpan = focus && doc.spans.find((s) => s.start === focus[0] && s.end === focus[1]);
    const lang = (focusSpan && focusSpan.language) || doc.language || "";
    $("#source-title").textContent = doc.title || doc.name;
    $("#source-title").setAttribute("dir", "auto");
    $("#source-meta").textContent = [doc.name, doc.format, doc.published, doc.language].filter(Boolean).join(" · ");
    const box = clear($("#source-text"));
    box.setAttribute("dir", isRtl(lang) ? "rtl" : "auto");
    if (lang) box.setAttribute("lang", lang); else box.removeAttribute("lang");
    box.classList.toggle("rtl", isRtl(lang));
    // The spans of the open event, and the clicked one, marked in the text: text nodes and <mark>s only.
    const ranges = doc.spans.filter((s) => current && s.event_id === current.id).map((s) => [s.start, s.end, "evidence"]);
    if (focus) ranges.push([focus[0], focus[1], "evidence focus"]);
    ranges.sort((a, b) => a[0] - b[0] || (b[2].length - a[2].length));
    const text = doc.text;
    let pos = 0;
    let focusNode = null;
    for (const [s, e, cls] of ranges) {
      if (e <= pos || s >= text.length) {
        if (cls.includes("focus") && focusNode === null) focusNode = box.lastChild;
        continue;
      }
      const from = Math.max(s, pos);
      if (from > pos) box.append(document.createTextNode(text.slice(pos, from)));
      const mark = el("mark", { class: cls, text: text.slice(from, Math.min(e, text.length)) });
      if (cls.includes("focus")) {
        mark.id = "focus";
        focusNode = mark;
      }
      box.append(mark);
      pos = Math.min(e, text.length);
    }
    if (pos < text.length) box.append(document.createTextNode(text.slice(pos)));
    $("#source").hidden = false;
    // Scroll the text (not the page) so that the evidence sits in the middle of the view.
    if (focusNode && focusNode.nodeType === 1) box.scrollTop = Math.max(0, focusNode.offsetTop - box.clientHeight / 2);
    else box.scrollTop = 0;
  }

  function closeSource() {
    $("#source").hidden = true;
    state.doc = null;
    state.span = null;
    writeHash();
  }

  // ---- review ------------------------------------------------------------------------------------------------

  let reviewer = null;

  async function checkToken() {
    reviewer = null;
    if (token()) {
      try {
        reviewer = (await api("/api/me")).user;
      } catch (e) {
        reviewer = null;
      }
    }
    $("#whoami").textContent = reviewer ? t("signed_in_as", { user: reviewer }) : token() ? t("token_invalid") : "";
    $("#token-button").textContent = reviewer ? t("change_token") : t("sign_in");
    if (current) renderEvent(current);
  }

  function say(msg, isError) {
    const p = $("#review-message");
    p.textContent = msg;
    p.classList.toggle("error", !!isError);
  }

  function lines(value) {
    return value.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => l.split("|").map((x) => x.trim()));
  }

  function placesText(places) {
    return (places || []).map((p) => [p.name, p.country || "", p.lat ?? "", p.lon ?? ""].join(" | ").replace(/( \| )+$/, "")).join("\n");
  }

  function renderReview(ev) {
    const section = $("#review");
    section.hidden = !reviewer;
    if (!reviewer) return;
    const f = $("#edit-form");
    const sel = f.elements.type;
    clear(sel);
    for (const type of meta.types) sel.append(el("option", { value: type, text: typeLabel(type) }));
    sel.value = ev.type;
    f.elements.date.value = ev.date || "";
    f.elements.title.value = ev.title || "";
    f.elements.places.value = placesText(ev.places);
    f.elements.participants.value = (ev.participants || []).map((p) => p.role ? p.name + " | " + p.role : p.name).join("\n");
    f.elements.organizations.value = (ev.organizations || []).map((o) => o.name).join("\n");
    const picked = sessionStorage.getItem("bilat.pick");
    $("#merge-form").elements.ids.value = picked && picked !== ev.id ? picked : "";
    const split = clear($("#split-list"));
    for (const x of ev.extractions || []) {
      split.append(el("li", {}, el("label", {},
        el("input", { type: "checkbox", value: x.id }), " ",
        el("span", { text: x.document + " · " + typeLabel(x.type) + " · " + (x.date || t("undated")) + " · " + x.id }))));
    }
    $("#split-form").hidden = (ev.extractions || []).length < 2;
    $("#mark-wrong").textContent = ev.wrong ? t("marked_wrong") : t("mark_wrong");
    $("#mark-wrong").disabled = !!ev.wrong;
  }

  function editChanges() {
    const f = $("#edit-form").elements;
    const ev = current;
    const changes = {};
    if (f.type.value !== ev.type) changes.type = f.type.value;
    if (f.date.value.trim() !== (ev.date || "")) changes.date = f.date.value.trim() || null;
    if (f.title.value.trim() !== ev.title) changes.title = f.title.value.trim();
    if (f.places.value.trim() !== placesText(ev.places).trim()) {
      changes.places = lines(f.places.value).map(([name, country, lat, lon]) => {
        const p = { name };
        if (country) p.country = country;
        if (lat !== undefined && lat !== "" && Number.isFinite(Number(lat))) p.lat = Number(lat);
        if (lon !== undefined && lon !== "" && Number.isFinite(Number(lon))) p.lon = Number(lon);
        return p;
      });
    }
    const parts = (ev.participants || []).map((p) => p.role ? p.name + " | " + p.role : p.name).join("\n");
    if (f.participants.value.trim() !== parts.trim()) {
      changes.participants = lines(f.participants.value).map(([name, role]) => role ? { name, role, kind: "person" } : { name, kind: "person" });
    }
    const orgs = (ev.organizations || []).map((o) => o.name).join("\n");
    if (f.organizations.value.trim() !== orgs.trim()) changes.organizations = lines(f.organizations.value).map(([name]) => ({ name }));
    return changes;
  }

  async function act(fn, done) {
    try {
      const r = await fn();
      say(done(r));
      await load();
      if (state.event) await openEvent(state.event, { keepDoc: true });
    } catch (e) {
      say(t("error") + ": " + e.message, true);
      if (e.status === 401) checkToken();
    }
  }

  function renderAudit(entries) {
    const list = clear($("#audit-list"));
    if (!entries.length) list.append(el("li", { class: "muted", text: t("no_history") }));
    for (const a of entries.slice().reverse()) {
      const li = el("li", { "data-audit": a.id, class: a.undone_at ? "undone" : null },
        el("span", { class: "action", text: t("action_" + a.action) }), " ",
        el("span", { class: "muted", text: "#" + a.id + " · " + a.user + " · " + String(a.at || "").slice(0, 19).replace("T", " ") }));
      const detail = auditDetail(a);
      if (detail) li.append(el("div", { class: "detail", dir: "auto", text: detail }));
      if (a.undone_at) li.append(el("div", { class: "muted", text: t("undone_at", { at: String(a.undone_at).slice(0, 19).replace("T", " ") }) }));
      else if (reviewer && a.action !== "undo")
        li.append(el("button", { type: "button", class: "undo", text: t("undo"),
          onclick: () => act(() => api("/api/audit/" + a.id + "/undo", { method: "POST" }), () => t("undone")) }));
      list.append(li);
    }
  }

  function auditDetail(a) {
    if (a.action === "edit" && a.after && a.after.corrected) {
      const before = (a.before && a.before.corrected) || {};
      return Object.entries(a.after.corrected)
        .filter(([k, v]) => JSON.stringify(before[k]) !== JSON.stringify(v))
        .map(([k, v]) => k + ": " + (typeof v === "string" ? v : Array.isArray(v) ? v.map((x) => x.name).join("; ") : JSON.stringify(v)))
        .join(" · ");
    }
    if (a.action === "merge" && a.before && a.before.events) return t("merged") + ": " + Object.keys(a.before.events).join(", ");
    if (a.action === "split" && a.after) return t("split_into") + ": " + a.after.new;
    if (a.action === "undo" && a.before) return "#" + a.before.audit_id;
    return "";
  }

  // ---- wiring ------------------------------------------------------------------------------------------------

  function syncForm() {
    const f = $("#filters").elements;
    for (const name of FILTERS) if (f[name]) f[name].value = state[name];
    $("#q").value = state.q;
  }

  function readForm() {
    const f = $("#filters").elements;
    for (const name of FILTERS) if (f[name]) state[name] = f[name].value.trim();
    state.q = $("#q").value.trim();
  }

  function fillSelects() {
    const typeSel = $("#filters").elements.type;
    for (const type of meta.types) typeSel.append(el("option", { value: type, "data-type": type, text: typeLabel(type) }));
    const langSel = $("#filters").elements.lang;
    for (const lang of meta.languages) langSel.append(el("option", { value: lang, "data-lang": lang, text: t("lang_" + lang) }));
  }

  function relabel() {
    for (const o of $$("#filters option[data-type]")) o.textContent = typeLabel(o.dataset.type);
    for (const o of $$("#filters option[data-lang]")) o.textContent = t("lang_" + o.dataset.lang);
    renderLegend();
    renderList();
    checkToken();
  }

  function wire() {
    $("#filters").addEventListener("submit", (e) => {
      e.preventDefault();
      readForm();
      writeHash();
      load();
    });
    for (const sel of $$("#filters select")) sel.addEventListener("change", () => $("#filters").requestSubmit());
    $("#search").addEventListener("submit", (e) => {
      e.preventDefault();
      readForm();
      writeHash();
      load();
    });
    $("#clear").addEventListener("click", () => {
      for (const f of FILTERS) state[f] = "";
      writeHash();
      load();
    });
    $("#share").addEventListener("click", (e) => {
      e.preventDefault();
      const url = location.href;
      if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => {});
    });
    for (const tab of $$("#tabs [data-view]")) {
      tab.addEventListener("click", () => {
        state.view = tab.dataset.view;
        writeHash();
        showView();
      });
    }
    $("#ui-lang").addEventListener("change", async () => {
      state.ui = $("#ui-lang").value;
      localStorage.setItem("bilat.ui", state.ui);
      writeHash();
      await loadStrings(state.ui);
      relabel();
    });
    $("#panel-close").addEventListener("click", () => {
      $("#panel").hidden = true;
      state.event = null;
      current = null;
      closeSource();
    });
    $("#source-close").addEventListener("click", closeSource);

    const dialog = $("#token-dialog");
    $("#token-button").addEventListener("click", () => {
      $("#token-form").elements.token.value = "";
      $("#token-message").textContent = "";
      if (dialog.showModal) dialog.showModal(); else dialog.setAttribute("open", "");
    });
    $("#token-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const action = e.submitter ? e.submitter.value : "save";
      if (action === "save") {
        const value = $("#token-form").elements.token.value.trim();
        if (value) localStorage.setItem("bilat.token", value);
        await checkToken();
        if (!reviewer) {
          $("#token-message").textContent = t("token_invalid");
          return;
        }
        dialog.close();
        if (!meta.types.length) await loadMeta(); // a private server: nothing could be read before the token
        await load();
        return;
      }
      dialog.close();
    });
    $("#token-forget").addEventListener("click", async () => {
      localStorage.removeItem("bilat.token");
      await checkToken();
      dialog.close();
    });

    $("#edit-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const changes = editChanges();
      if (!Object.keys(changes).length) return say(t("nothing_changed"));
      act(() => api("/api/events/" + encodeURIComponent(current.id), { method: "PATCH", body: changes }), () => t("saved"));
    });
    $("#mark-wrong").addEventListener("click", () =>
      act(() => api("/api/events/" + encodeURIComponent(current.id) + "/wrong", { method: "POST" }), () => t("marked_wrong")));
    $("#pick-merge").addEventListener("click", () => {
      sessionStorage.setItem("bilat.pick", current.id);
      say(t("picked", { id: current.id }));
    });
    $("#merge-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const others = $("#merge-form").elements.ids.value.split(/[\s,]+/).filter(Boolean);
      if (!others.length) return;
      act(() => api("/api/events/merge", { method: "POST", body: { ids: [current.id, ...others] } }), (r) => {
        sessionStorage.removeItem("bilat.pick");
        return t("merged") + ": " + r.id;
      });
    });
    $("#split-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const ids = $$("#split-list input:checked").map((i) => i.value);
      if (!ids.length) return;
      act(() => api("/api/events/" + encodeURIComponent(current.id) + "/split", { method: "POST", body: { extraction_ids: ids } }),
        (r) => t("split_into") + ": " + r.id);
    });

    window.addEventListener("popstate", async () => {
      const before = JSON.stringify(FILTERS.map((f) => state[f]));
      readHash();
      showView();
      if (JSON.stringify(FILTERS.map((f) => state[f])) !== before) await load();
      await restoreSelection();
    });
  }

  async function restoreSelection() {
    const doc = state.doc, span = state.span;
    if (state.event) await openEvent(state.event, { keepDoc: true });
    if (doc && span && /^\d+-\d+$/.test(span)) {
      const [s, e] = span.split("-").map(Number);
      await openSource(doc, s, e);
    } else if (doc) {
      await openSource(doc, null, null);
    }
  }

  async function loadMeta() {
    try {
      meta = await api("/api/meta");
    } catch (e) {
      $("#count").textContent = t("error") + ": " + e.message;
      return;
    }
    fillSelects();
    renderLegend();
  }

  async function start() {
    readHash();
    await loadStrings(state.ui);
    await loadMeta();
    wire();
    syncForm();
    $("#share").setAttribute("href", hashOf());
    showView();
    await checkToken();
    await load();
    await restoreSelection();
    document.body.dataset.ready = "1";
  }

  start();
})();
