/* kroniek web page: event list with filters, offline map, timeline, event evidence, and the routing
 * between the views (the quotes, conflicts and article views are in items.js, shared helpers in common.js).
 *
 * Security rule of the page's scripts: every string that comes from an article (or the API) is put in
 * the page with textContent / createTextNode / setAttribute on safe attributes, never innerHTML.
 * Leaflet popups and tooltips are given DOM elements, never HTML strings.
 */
(function () {
  "use strict";

  var K = window.kroniek, $ = K.$, el = K.el, clear = K.clear, chip = K.chip, colorOf = K.colorOf, fact = K.fact;
  var getJSON = K.getJSON, eventHref = K.eventHref, renderHighlighted = K.renderHighlighted, showView = K.showView;
  var TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DISPLACE"];
  var MODALITIES = ["asserted", "negated", "possible", "future", "hypothetical"];
  var FILTER_KEYS = ["text", "type", "mode", "modality", "actor", "actor_type", "role", "country", "admin1",
    "date_from", "date_to", "min_confidence"];
  var PAGE = K.PAGE, MAP_POINTS = 2000;

  var state = { offset: 0, bucket: "week", filters: {} };
  var map = null, markerLayer = null;

  // ------------------------------------------------------------------ URL state (#/?k=v, #/event/KEY)
  function parseHash() {
    var h = location.hash.replace(/^#/, "");
    if (h.indexOf("/event/") === 0) return { view: "event", key: decodeURIComponent(h.slice(7)) };
    if (h.indexOf("/article/") === 0) return { view: "article", id: decodeURIComponent(h.slice(9)) };
    if (h.indexOf("/incident/") === 0) return { view: "incident", id: decodeURIComponent(h.slice(10)) };
    var q = h.indexOf("?") >= 0 ? h.slice(h.indexOf("?") + 1) : "";
    var path = h.indexOf("?") >= 0 ? h.slice(0, h.indexOf("?")) : h;
    var params = new URLSearchParams(q), filters = {};
    if (path === "/quotes" || path === "/conflicts") return K.itemsRoute(path.slice(1), params);
    FILTER_KEYS.forEach(function (k) { var v = params.get(k); if (v) filters[k] = v; });
    return { view: "list", filters: filters, offset: parseInt(params.get("offset") || "0", 10) || 0,
      bucket: params.get("bucket") === "day" ? "day" : "week" };
  }
  function listHash() {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) { if (state.filters[k]) p.set(k, state.filters[k]); });
    if (state.offset) p.set("offset", String(state.offset));
    if (state.bucket !== "week") p.set("bucket", state.bucket);
    var s = p.toString();
    return "#/" + (s ? "?" + s : "");
  }
  function query(extra) {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) {
      if (!state.filters[k]) return;
      if (k === "min_confidence" && parseFloat(state.filters[k]) === 0) return;
      p.set(k, state.filters[k]);
    });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }

  // ------------------------------------------------------------------ filters
  function setupFilters() {
    var form = $("filters");
    var typeSel = form.elements.type, modSel = form.elements.modality;
    TYPES.forEach(function (t) { var o = el("option", null, t); o.value = t; typeSel.appendChild(o); });
    MODALITIES.forEach(function (m) { var o = el("option", null, m); o.value = m; modSel.appendChild(o); });
    // The actor categories and sectors come from the API (/types), the one place that lists them.
    getJSON("types").then(function (t) {
      [["ACLED actor type", t.actor_types || []], ["sector", t.sectors || []]].forEach(function (g) {
        var group = el("optgroup"); group.label = g[0];
        g[1].forEach(function (v) { var o = el("option", null, v); o.value = v; group.appendChild(o); });
        form.elements.actor_type.appendChild(group);
      });
      form.elements.actor_type.value = state.filters.actor_type || "";
      form.elements.actor_type.setAttribute("data-loaded", "1");
    }).catch(function () { /* the filter stays "any" */ });
    form.elements.min_confidence.addEventListener("input", function () {
      $("conf-value").textContent = parseFloat(this.value).toFixed(2);
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var f = {};
      FILTER_KEYS.forEach(function (k) {
        var v = (form.elements[k].value || "").trim();
        if (k === "country") v = v.toUpperCase();
        if (v && !(k === "min_confidence" && parseFloat(v) === 0)) f[k] = v;
      });
      state.filters = f; state.offset = 0;
      location.hash = listHash();
    });
    $("reset").addEventListener("click", function () {
      state.filters = {}; state.offset = 0;
      location.hash = listHash();
    });
    $("prev").addEventListener("click", function () {
      state.offset = Math.max(0, state.offset - PAGE); location.hash = listHash();
    });
    $("next").addEventListener("click", function () { state.offset += PAGE; location.hash = listHash(); });
    Array.prototype.forEach.call(document.querySelectorAll(".bucket-toggle button"), function (b) {
      b.addEventListener("click", function () { state.bucket = b.getAttribute("data-bucket"); location.hash = listHash(); });
    });
  }
  function fillForm() {
    var form = $("filters");
    var sel = form.elements.type, several = sel.querySelector("option.several");
    if (several) sel.removeChild(several);
    var types = selectedTypes();
    if (types.length > 1) {  // several types (from the legend): one extra option shows them
      several = el("option", "several", "several: " + types.join(", "));
      several.value = types.join(",");
      sel.appendChild(several);
    }
    FILTER_KEYS.forEach(function (k) {
      form.elements[k].value = state.filters[k] || (k === "min_confidence" ? "0" : "");
    });
    $("conf-value").textContent = parseFloat(form.elements.min_confidence.value || "0").toFixed(2);
    Array.prototype.forEach.call(document.querySelectorAll(".bucket-toggle button"), function (b) {
      b.classList.toggle("active", b.getAttribute("data-bucket") === state.bucket);
    });
  }
  function showError(msg) {
    var p = $("filter-error");
    if (msg) { p.textContent = msg; p.hidden = false; } else { p.textContent = ""; p.hidden = true; }
  }

  function selectedTypes() {
    return (state.filters.type || "").split(",").filter(function (t) { return TYPES.indexOf(t) >= 0; });
  }

  // ------------------------------------------------------------------ legend
  function drawLegend() {
    var box = $("legend"); clear(box);
    box.appendChild(el("span", "muted", "Event types (click to filter):"));
    TYPES.forEach(function (t) {
      var chosen = selectedTypes();
      var item = el("span", "item" + (chosen.length && chosen.indexOf(t) < 0 ? " off" : ""));
      var sw = el("span", "swatch"); sw.style.background = colorOf(t);
      item.appendChild(sw); item.appendChild(document.createTextNode(t));
      item.title = "add or remove " + t + " in the type filter";
      item.addEventListener("click", function () {
        var now = selectedTypes(), i = now.indexOf(t);
        if (i >= 0) now.splice(i, 1); else now.push(t);
        now = TYPES.filter(function (x) { return now.indexOf(x) >= 0; });
        if (now.length) state.filters.type = now.join(","); else delete state.filters.type;
        state.offset = 0; location.hash = listHash();
      });
      box.appendChild(item);
    });
  }

  // ------------------------------------------------------------------ event table
  function actorHref(name) {  // the list filtered on one actor (as actor or target)
    var p = new URLSearchParams(); p.set("actor", name);
    return "#/?" + p.toString();
  }
  function partyList(list, role) {
    var box = el("span", "parties");
    (list || []).forEach(function (p, i) {
      if (i) box.appendChild(document.createTextNode(", "));
      box.appendChild(K.party(p, role, actorHref));
    });
    return (list || []).length ? box : null;
  }
  function placeName(e) {
    if (e.places && e.places.length) {
      var p = e.places[0];
      return p.name + (p.country ? " (" + p.country + ")" : "");
    }
    return (e.where || []).map(function (w) { return w.text; }).join(", ");
  }
  function clip(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function drawTable(page) {
    var tbody = document.querySelector("#events tbody"); clear(tbody);
    if (!page.items.length) {
      var tr = el("tr"), td = el("td", "empty", "No events match these filters.");
      td.colSpan = 8; tr.appendChild(td); tbody.appendChild(tr);
    }
    page.items.forEach(function (e) {
      var tr = el("tr");
      tr.setAttribute("data-key", e.key);
      tr.appendChild(el("td", "date", e.date || "—"));
      var tdType = el("td"); tdType.appendChild(chip(e.type));
      if (e.mode) { tdType.appendChild(el("div", "muted small", e.mode)); }
      tr.appendChild(tdType);
      var tdWhat = el("td"); var a = el("a", "trigger", e.trigger.text); a.href = eventHref(e.key);
      tdWhat.appendChild(a);
      if (e.evidence) tdWhat.appendChild(el("div", "snippet", clip(e.evidence, 160)));
      tr.appendChild(tdWhat);
      var tdWho = el("td", "who"), parties = K.parties(e, actorHref);
      if (parties) tdWho.appendChild(parties); else tdWho.textContent = "—";
      tr.appendChild(tdWho);
      tr.appendChild(el("td", null, placeName(e) || "—"));
      tr.appendChild(el("td", "modality " + e.modality, e.modality));
      tr.appendChild(el("td", "num", e.confidence.toFixed(2)));
      var tdArt = el("td", "article"); tdArt.appendChild(K.articleLink(e.document)); tr.appendChild(tdArt);
      tr.addEventListener("click", function (ev) {
        if (ev.target.tagName !== "A") location.hash = eventHref(e.key);
      });
      tbody.appendChild(tr);
    });
    var end = page.offset + page.items.length;
    $("count").textContent = page.total + " event" + (page.total === 1 ? "" : "s");
    $("page-info").textContent = page.total ? (page.offset + 1) + "–" + end + " of " + page.total : "";
    $("prev").disabled = page.offset <= 0;
    $("next").disabled = end >= page.total;
  }

  // ------------------------------------------------------------------ map
  var basemapData = null;
  function basemap() {
    if (!basemapData) basemapData = getJSON("static/basemap.geojson");
    return basemapData;
  }
  function newMap(id, layer) {
    var m = L.map(id, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.25, attributionControl: true })
      .setView([30, 15], 2);
    m.attributionControl.setPrefix(false);
    m.attributionControl.addAttribution("Natural Earth");
    layer.addTo(m);
    basemap().then(function (geo) {
      L.geoJSON(geo, {
        interactive: false,
        style: function () { return { color: "#b9b4a6", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 }; }
      }).addTo(m);
      layer.bringToFront();
      document.body.setAttribute("data-basemap", "loaded");
    }).catch(function () { $("map-note").textContent = "base map missing"; });
    return m;
  }
  function ensureMap() {
    if (map || typeof L === "undefined") return;
    markerLayer = L.featureGroup();
    map = newMap("map", markerLayer);
  }
  var evMap = null, evLayer = null;
  function drawEventMap(e) {
    var box = $("ev-map"), located = (e.places || []).filter(function (p) { return p.lat !== null && p.lon !== null; });
    box.hidden = !located.length;
    if (!located.length || typeof L === "undefined") return;
    if (!evMap) { evLayer = L.featureGroup(); evMap = newMap("ev-map", evLayer); }
    evLayer.clearLayers();
    located.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], { radius: 7, color: "#222", weight: 1, fillColor: colorOf(e.type), fillOpacity: 0.9,
        className: "event-marker marker-" + e.type }).bindTooltip(el("span", null, p.name)).addTo(evLayer);
    });
    var zoom = { point: 6, city: 5, admin2: 5, admin1: 4, country: 2, region: 2 };
    setTimeout(function () {
      evMap.invalidateSize();
      if (located.length === 1) evMap.setView([located[0].lat, located[0].lon], zoom[located[0].precision] || 4);
      else evMap.fitBounds(evLayer.getBounds().pad(0.5), { maxZoom: 5 });
    }, 0);
  }
  function popupFor(g) {
    var box = el("div", "popup");
    box.appendChild(el("strong", null, g.place));
    box.appendChild(el("div", "muted", g.events.length + " event" + (g.events.length === 1 ? "" : "s") + " here"));
    var types = el("div", "popup-types");
    g.types.forEach(function (t) {
      types.appendChild(chip(t));
      types.appendChild(document.createTextNode(" " + g.byType[t].length + "  "));
    });
    box.appendChild(types);
    var list = el("ul", "popup-list");
    g.events.slice(0, 8).forEach(function (p) {
      var li = el("li"), a = el("a", null, p.trigger);
      a.href = eventHref(p.key);
      li.appendChild(el("span", "muted", (p.date || "undated") + " · " + p.type + " · "));
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(list);
    if (g.events.length > 8) box.appendChild(el("div", "muted", "… and " + (g.events.length - 8) + " more in the list"));
    return box;
  }
  // Symbol area grows with the number of events (square-root scale, relative to the busiest place).
  function radius(n, most) { return 5 + 23 * Math.sqrt(n / Math.max(most, 50)); }
  function drawMap(geo) {
    ensureMap();
    if (!map) return;
    markerLayer.clearLayers();
    // One proportional symbol per place: nested rings, one per event type, ring area ~ its events.
    var groups = {}, order = [];
    geo.features.forEach(function (f) {
      var c = f.geometry.coordinates, p = f.properties, k = c[1].toFixed(3) + "," + c[0].toFixed(3);
      var g = groups[k];
      if (!g) { g = groups[k] = { lat: c[1], lon: c[0], place: p.place, byType: {}, events: [] }; order.push(g); }
      (g.byType[p.type] = g.byType[p.type] || []).push(p);
      g.events.push(p);
    });
    order.sort(function (a, b) { return b.events.length - a.events.length; });  // small symbols on top
    var most = order.length ? order[0].events.length : 1;
    order.forEach(function (g) {
      g.types = Object.keys(g.byType).sort(function (a, b) { return g.byType[b].length - g.byType[a].length; });
      var remaining = g.events.length, popup = popupFor(g);
      g.types.forEach(function (type) {
        var n = g.byType[type].length;
        var m = L.circleMarker([g.lat, g.lon], {
          radius: radius(remaining, most), color: "#222", weight: 1, fillColor: colorOf(type), fillOpacity: 0.9,
          className: "event-marker marker-" + type
        });
        remaining -= n;
        m.bindPopup(popup);
        m.bindTooltip(el("span", null, g.place + ": " + n + " " + type + (g.types.length > 1 ? " (" + g.events.length + " in all)" : "")));
        m.addTo(markerLayer);
      });
    });
    var n = geo.features.length;
    $("map-note").textContent = n + " located event" + (n === 1 ? "" : "s") + " at " + order.length + " place" +
      (order.length === 1 ? "" : "s") + (geo.truncated ? " (latest " + n + " only)" : "");
    document.getElementById("map").setAttribute("data-markers", String(n));
    setTimeout(function () {
      map.invalidateSize();
      if (n) {
        map.fitBounds(markerLayer.getBounds().pad(0.3), { maxZoom: 6 });
      } else {
        map.setView([30, 15], 2);
      }
    }, 0);
  }

  // ------------------------------------------------------------------ timeline (SVG)
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function drawTimeline(tl) {
    var box = $("timeline"); clear(box);
    var W = box.clientWidth || 500, H = box.clientHeight || 300;
    var m = { l: 34, r: 8, t: 10, b: 40 };
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" });
    root.setAttribute("data-buckets", String(tl.buckets.length));
    box.appendChild(root);
    if (!tl.buckets.length) {
      var t = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "axis" });
      t.textContent = "no dated events"; root.appendChild(t); return;
    }
    // Fill the gaps so that time runs evenly along the axis.
    var step = tl.bucket === "week" ? 7 : 1, byPeriod = {}, periods = [];
    tl.buckets.forEach(function (b) { byPeriod[b.period] = b.counts; });
    var first = tl.buckets[0].period, last = tl.buckets[tl.buckets.length - 1].period;
    for (var d = first, guard = 0; d <= last && guard < 2000; d = addDays(d, step), guard++) periods.push(d);
    var max = 1;
    periods.forEach(function (p) {
      var c = byPeriod[p] || {}, s = 0; Object.keys(c).forEach(function (k) { s += c[k]; }); max = Math.max(max, s);
    });
    var iw = W - m.l - m.r, ih = H - m.t - m.b, bw = iw / periods.length;
    var ticks = Math.min(max, 4);
    for (var i = 0; i <= ticks; i++) {
      var v = Math.round(max * i / ticks), y = m.t + ih - ih * v / max;
      root.appendChild(svg("line", { x1: m.l, x2: W - m.r, y1: y, y2: y, "class": "grid" }));
      var lab = svg("text", { x: m.l - 5, y: y + 3, "text-anchor": "end", "class": "axis" });
      lab.textContent = String(v); root.appendChild(lab);
    }
    var every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(iw / 75))));
    var longRange = periods.length * step > 400;
    periods.forEach(function (p, idx) {
      var c = byPeriod[p] || {}, y0 = m.t + ih, x = m.l + idx * bw;
      TYPES.forEach(function (type) {
        var n = c[type]; if (!n) return;
        var h = ih * n / max;
        var r = svg("rect", { x: x + Math.min(1, bw * 0.1), y: y0 - h, width: Math.max(1, bw - Math.min(2, bw * 0.2)),
          height: h, fill: colorOf(type), "class": "bar" });
        var title = svg("title");
        title.textContent = (tl.bucket === "week" ? "week of " : "") + p + ": " + n + " " + type;
        r.appendChild(title);
        r.addEventListener("click", function () {
          state.filters.date_from = p; state.filters.date_to = addDays(p, step - 1);
          state.offset = 0; location.hash = listHash();
        });
        root.appendChild(r);
        y0 -= h;
      });
      if (idx % every === 0) {
        var tx = svg("text", { x: x + bw / 2, y: H - m.b + 14, "text-anchor": "middle", "class": "axis" });
        tx.textContent = longRange ? p.slice(0, 7) : (idx === 0 || p.slice(0, 4) !== periods[idx - every].slice(0, 4) ? p : p.slice(5));
        root.appendChild(tx);
      }
    });
    var note = svg("text", { x: m.l, y: H - 6, "class": "axis" });
    note.textContent = "events per " + tl.bucket + (tl.undated ? " · " + tl.undated + " undated" : "") +
      (tl.truncated ? " · first events only" : "");
    root.appendChild(note);
  }

  // ------------------------------------------------------------------ list view
  function loadList() {
    showError("");
    var q = query();
    getJSON("events?" + query({ limit: PAGE, offset: state.offset })).then(drawTable).catch(function (err) {
      showError(err.message); drawTable({ items: [], total: 0, offset: 0 });
    });
    $("dl-json").href = "events?" + query({ limit: PAGE, offset: state.offset });
    $("dl-geojson").href = "map?" + q;
    getJSON(K.levelPath("map") + "?" + query({ limit: MAP_POINTS })).then(drawMap).catch(function () { drawMap({ features: [] }); });
    getJSON(K.levelPath("timeline") + "?" + query({ bucket: state.bucket })).then(drawTimeline)
      .catch(function () { drawTimeline({ buckets: [], bucket: state.bucket }); });
  }
  function fillList(id, values) {
    var dl = $(id); clear(dl);
    values.forEach(function (v) {
      var o = el("option", null, v[1]); o.value = v[0]; dl.appendChild(o);
    });
  }
  function loadStats() {
    getJSON("stats").then(function (s) {
      $("stats").textContent = s.documents + " articles · " + s.events + " events" +
        (s.actors ? " · " + s.actors + " actors" : "") +
        (s.first_date ? " · " + s.first_date + " – " + s.last_date : "");
      fillList("countries", Object.keys(s.events_by_country || {}).filter(Boolean).map(function (c) {
        return [c, c + " (" + s.events_by_country[c] + " events)"];
      }));
    }).catch(function () { /* stats are decoration */ });
    getJSON("places?limit=500").then(function (page) {
      var seen = {};
      page.items.forEach(function (p) { if (p.admin1 && p.events) seen[p.admin1] = (seen[p.admin1] || 0) + p.events; });
      fillList("regions", Object.keys(seen).sort().map(function (a) { return [a, a + " (" + seen[a] + ")"]; }));
    }).catch(function () { /* suggestions only */ });
  }

  // ------------------------------------------------------------------ event view
  function sizeText(size) {
    return Object.keys(size || {}).map(function (k) {
      var s = size[k], v = s.low === s.high || s.high === null ? s.low : s.low + "–" + s.high;
      return k + ": " + (v === null ? "?" : v);
    }).join(", ");
  }
  function showEvent(key) {
    showView("event-view", null);
    var dl = $("ev-facts"); clear(dl); $("ev-title").textContent = "loading…";
    $("art-title").textContent = ""; $("art-meta").textContent = ""; clear($("art-text"));
    clear($("ev-quotes")); clear($("ev-conflicts"));
    var docId = key.split(":")[0], eventId = key.slice(docId.length + 1);
    var found = K.articleItems(docId);
    found.catch(function () { /* reported with the event below */ });
    getJSON("events/" + encodeURIComponent(key)).then(function (e) {
      var h = $("ev-title"); clear(h); h.appendChild(chip(e.type));
      h.appendChild(document.createTextNode(" " + e.trigger.text));
      fact(dl, "mode", e.mode);
      fact(dl, "ACLED", e.acled.event_type + " / " + e.acled.sub_event_type);
      fact(dl, "actors", partyList(e.actors, "actor"));
      fact(dl, "targets", partyList(e.targets, "target"));
      fact(dl, "where", (e.places || []).map(function (p) {
        return p.name + (p.admin1 ? ", " + p.admin1 : "") + (p.country ? " (" + p.country + ")" : "") + " · " + p.precision;
      }).join("; ") || (e.where || []).map(function (w) { return w.text; }).join(", "));
      fact(dl, "when", e.when ? e.when.value + " (" + e.when.precision + ", from " + e.when.source + ")" : e.date);
      fact(dl, "size", sizeText(e.size));
      fact(dl, "modality", e.modality);
      fact(dl, "claimed by", e.claimed_by_text || e.claimed_by);
      fact(dl, "confidence", e.confidence.toFixed(2));
      fact(dl, "contexts", (e.contexts || []).join(", "));
      fact(dl, "rule", e.rule);
      fact(dl, "evidence", e.evidence);
      fact(dl, "event key", e.key);
      $("art-title").textContent = e.document.title || "(untitled article)";
      $("art-title").href = K.articleHref(e.document.id);
      var meta = [e.document.source, e.document.published, e.document.language].filter(Boolean).join(" · ");
      $("art-meta").textContent = meta;
      if (e.document.url && /^https?:\/\//i.test(e.document.url)) {
        var a = el("a", null, "original article"); a.href = e.document.url; a.rel = "noopener noreferrer";
        a.target = "_blank";
        $("art-meta").appendChild(document.createTextNode(meta ? " · " : ""));
        $("art-meta").appendChild(a);
      }
      drawEventMap(e);
      var first = renderHighlighted($("art-text"), e.text, e.highlights);
      if (first && first.scrollIntoView) first.scrollIntoView({ block: "center" });
      document.title = "kroniek — " + e.type + " " + e.trigger.text;
      return found.then(function (got) {
        K.drawItemLists(got, docId, eventId, $("ev-quotes"), $("ev-conflicts"));
        renderHighlighted($("art-text"), e.text, e.highlights.concat(K.quoteHighlights(got.quotes)));
      });
    }).catch(function (err) {
      $("ev-title").textContent = "Event not found";
      fact(dl, "error", err.message);
    });
  }

  // ------------------------------------------------------------------ routing
  function route() {
    var r = parseHash();
    if (r.view === "event") { showEvent(r.key); return; }
    if (r.view === "article") { K.showArticle(r.id); return; }
    if (r.view === "incident") { K.showIncident(r.id); return; }
    if (r.view === "items") { K.showItems(r.kind, r.filters, r.offset); return; }
    document.title = "kroniek — events";
    showView("list-view", "events");
    state.filters = r.filters; state.offset = r.offset; state.bucket = r.bucket;
    fillForm(); drawLegend(); loadList();
  }

  setupFilters();
  K.setupItemFilters();
  loadStats();
  window.addEventListener("hashchange", route);
  route();
})();
